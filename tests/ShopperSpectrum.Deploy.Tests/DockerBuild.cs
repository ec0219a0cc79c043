namespace ShopperSpectrum.Deploy.Tests;

/// <summary>deploy/Dockerfile's build stage as it is written: the files it copies and the publish command it runs.</summary>
internal static class DockerBuild
{
    private static readonly string[] Lines = [.. File.ReadAllLines(Repository.Deploy("Dockerfile")).Select(l => l.Trim())];

    /// <summary>The build stage's <c>RUN dotnet publish ...</c> arguments, split on spaces, without <c>RUN</c>.</summary>
    public static IReadOnlyList<string> PublishCommand() =>
        Lines.Single(l => l.StartsWith("RUN dotnet publish ", StringComparison.Ordinal))["RUN ".Length..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Copies what the build stage's COPY lines take from the context into <paramref name="context"/>, without build output.</summary>
    public static void CopyContext(string context)
    {
        var stage = Lines.SkipWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal));
        foreach (var copy in stage.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal)))
        {
            var parts = copy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var source in parts[1..^1])
            {
                var from = Path.Combine(Repository.Root, source);
                var to = Path.Combine(context, source);
                if (Directory.Exists(from))
                {
                    CopyTree(from, to);
                }
                else
                {
                    Directory.CreateDirectory(context);
                    File.Copy(from, to);
                }
            }
        }
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var folder in Directory.EnumerateDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj" or "workspace")))
        {
            CopyTree(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
