namespace ShopperSpectrum.Synthetic;

/// <summary>A char buffer lines are formatted into without allocating, flushed to the writer in large blocks.</summary>
internal sealed class CsvBuffer(TextWriter writer)
{
    private const int Capacity = 1 << 16;
    private const int FlushThreshold = Capacity - 2048;
    private readonly char[] buffer = new char[Capacity];
    private int length;

    public void Append(char value) => buffer[length++] = value;

    public void Append(ReadOnlySpan<char> value)
    {
        value.CopyTo(buffer.AsSpan(length));
        length += value.Length;
    }

    public void AppendComma() => buffer[length++] = ',';

    public void Append(long value)
    {
        value.TryFormat(buffer.AsSpan(length), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        length += written;
    }

    /// <summary>Writes an amount in cents with exactly two decimals, e.g. "-12.50".</summary>
    public void AppendMoney(long cents)
    {
        if (cents < 0)
        {
            buffer[length++] = '-';
            cents = -cents;
        }

        Append(cents / 100);
        var rest = (int)(cents % 100);
        buffer[length++] = '.';
        buffer[length++] = (char)('0' + (rest / 10));
        buffer[length++] = (char)('0' + (rest % 10));
    }

    /// <summary>Writes an amount in cents the way a float prints it in the UCI export: "2.55", "2.1", "15.0".</summary>
    public void AppendFloatMoney(long cents)
    {
        AppendMoney(cents);
        if (buffer[length - 1] == '0' && buffer[length - 2] != '.')
        {
            length--;
        }
    }

    /// <summary>Writes a time of day as HH:mm:ss.</summary>
    public void AppendTime(int secondOfDay)
    {
        AppendTwoDigits(secondOfDay / 3600);
        buffer[length++] = ':';
        AppendTwoDigits(secondOfDay / 60 % 60);
        buffer[length++] = ':';
        AppendTwoDigits(secondOfDay % 60);
    }

    public void EndLine()
    {
        buffer[length++] = '\n';
        if (length >= FlushThreshold)
        {
            Flush();
        }
    }

    public void Flush()
    {
        writer.Write(buffer, 0, length);
        length = 0;
    }

    private void AppendTwoDigits(int value)
    {
        buffer[length++] = (char)('0' + (value / 10));
        buffer[length++] = (char)('0' + (value % 10));
    }
}
