namespace Qualify.Domain.History;

/// <summary>
/// A malformed or implausible line in a dataset file, or a file that would remove most of the store's rows, which
/// aborts the whole import. The message is one line, <c>results.csv:128: expected 9 columns, found 6</c>, like a
/// compiler's.
/// </summary>
public sealed class ImportFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> at <paramref name="line"/>.</summary>
    /// <param name="file">The file name, for example <c>results.csv</c>.</param>
    /// <param name="line">The 1-based physical line number in the file; the header is line 1.</param>
    /// <param name="reason">What is wrong; line breaks are replaced by spaces to keep the message on one line.</param>
    public ImportFormatException(string file, int line, string reason)
        : base($"{file}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {OneLine(reason)}")
    {
        File = file;
        Line = line;
        Reason = OneLine(reason);
    }

    /// <summary>The file name, for example <c>results.csv</c>.</summary>
    public string File { get; }

    /// <summary>The 1-based physical line number; the header is line 1.</summary>
    public int Line { get; }

    /// <summary>What is wrong, on one line.</summary>
    public string Reason { get; }

    private static string OneLine(string text) =>
        text.ReplaceLineEndings(" ").Trim();
}
