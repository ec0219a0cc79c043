namespace ShopperSpectrum;

/// <summary>How an error is told to a person: one line, without the plumbing .NET adds.</summary>
public static class UserMessage
{
    /// <summary>The first line of the message, without the "(Parameter 'x')" argument checks add.</summary>
    public static string OneLine(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message.Split('\n')[0].TrimEnd();
        return exception is ArgumentException { ParamName: { } name }
            ? message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal)
            : message;
    }
}
