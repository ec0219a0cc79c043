using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Models;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>Turns the failures a user can cause into one-line messages and exit codes; never a stack trace.</summary>
internal static class CommandErrors
{
    public const int UserError = 1;
    public const int UnexpectedError = 70;

    public static int Guard(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IngestionException or ModelException or FormatException or ArgumentException)
        {
            error.WriteLine($"error: {UserMessage.OneLine(e)}");
            return UserError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message} Check the path and its permissions.");
            return UserError;
        }
        catch (Exception e)
        {
            error.WriteLine($"error: unexpected failure ({e.GetType().Name}: {e.Message.Split('\n')[0]}). Please report it with the command you ran.");
            return UnexpectedError;
        }
    }
}
