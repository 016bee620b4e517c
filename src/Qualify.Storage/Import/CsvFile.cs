using Qualify.Domain.History;
using System.Buffers;
using System.Globalization;
using nietras.SeparatedValues;

namespace Qualify.Storage.Import;

/// <summary>
/// Reads one dataset file with Sep (unescaping quoted fields such as <c>"Washington, D.C."</c>) and hands each
/// data row to a handler as a <see cref="CsvRow"/>, whose accessors validate the fields. Any malformed line
/// throws an <see cref="ImportFormatException"/> naming the file and the line.
/// </summary>
internal static class CsvFile
{
    public delegate void RowHandler(CsvRow row);

    /// <summary>Reads every data row of <paramref name="path"/> and returns how many there were.</summary>
    /// <param name="path">The file.</param>
    /// <param name="columns">The required header columns; <see cref="CsvRow"/> accessors take positions in this list.</param>
    /// <param name="pool">Shares string instances between rows and files.</param>
    /// <param name="handler">Called for each data row, in file order.</param>
    /// <param name="cancellationToken">Checked every 1,024 rows.</param>
    public static int Read(string path, IReadOnlyList<string> columns, StringPool pool, RowHandler handler, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"dataset file not found: {path}", path);
        }

        SepReader reader;
        try
        {
            reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        }
        catch (ArgumentException e)
        {
            // Sep rejects a header that names a column twice.
            throw new ImportFormatException(fileName, 1, e.Message);
        }

        using (reader)
        {
            var layout = ReadHeader(reader, fileName, columns);
            var rows = 0;
            var nextLine = 2;
            try
            {
                foreach (var row in reader)
                {
                    if ((rows & 1023) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    if (row.ColCount != layout.ColumnCount)
                    {
                        throw new ImportFormatException(
                            fileName,
                            row.LineNumberFrom,
                            string.Create(CultureInfo.InvariantCulture, $"expected {layout.ColumnCount} columns, found {row.ColCount}"));
                    }

                    handler(new CsvRow(row, layout, pool));
                    rows++;
                    nextLine = row.LineNumberToExcl;
                }
            }
            catch (InvalidDataException e)
            {
                throw new ImportFormatException(fileName, nextLine, e.Message);
            }

            return rows;
        }
    }

    private static CsvLayout ReadHeader(SepReader reader, string fileName, IReadOnlyList<string> columns)
    {
        if (reader.Header.IsEmpty)
        {
            throw new ImportFormatException(fileName, 1, "the file is empty: expected a header row");
        }

        var indices = new int[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            if (!reader.Header.TryIndexOf(columns[i], out indices[i]))
            {
                throw new ImportFormatException(fileName, 1, $"missing column '{columns[i]}' in the header");
            }
        }

        return new CsvLayout(fileName, columns, indices, reader.Header.ColNames.Count);
    }
}

/// <summary>Where the required columns of one file are.</summary>
internal sealed record CsvLayout(string FileName, IReadOnlyList<string> Columns, int[] Indices, int ColumnCount);

/// <summary>
/// One data row, with validating accessors. Each accessor takes the column's position in the file's list of
/// required columns and throws an <see cref="ImportFormatException"/> for this row when the field is invalid.
/// </summary>
internal readonly ref struct CsvRow
{
    private const string NotAvailable = "NA";
    private const int MaxQuotedLength = 40;

    // Control characters (a line break here means an unterminated quote) and U+FFFD (bytes that are not UTF-8).
    private static readonly SearchValues<char> s_forbidden = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\uFFFD");

    private readonly SepReader.Row _row;
    private readonly CsvLayout _layout;
    private readonly StringPool _pool;

    public CsvRow(SepReader.Row row, CsvLayout layout, StringPool pool)
    {
        _row = row;
        _layout = layout;
        _pool = pool;
    }

    /// <summary>The 1-based physical line the row starts on.</summary>
    public int Line => _row.LineNumberFrom;

    /// <summary>
    /// A <c>yyyy-MM-dd</c> date that exists in the calendar, from <see cref="DatasetLimits.EarliestDate"/> to
    /// <paramref name="latest"/>.
    /// </summary>
    public DateOnly Date(int column, DateOnly latest)
    {
        var text = Field(column);
        if (text.Length != 10 || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Error($"{Name(column)} {Quote(text)} is not a valid date (yyyy-MM-dd)");
        }

        if (date < DatasetLimits.EarliestDate)
        {
            throw Error(Invariant($"{Name(column)} {date:yyyy-MM-dd} is before the first international match ({DatasetLimits.EarliestDate:yyyy-MM-dd})"));
        }

        if (date > latest)
        {
            throw Error(Invariant($"{Name(column)} {date:yyyy-MM-dd} is in the future (after {latest:yyyy-MM-dd})"));
        }

        return date;
    }

    /// <summary>A whole number from zero to <paramref name="max"/>, digits only.</summary>
    public int Count(int column, int max) =>
        CountOrNotAvailable(column, max, allowNotAvailable: false) ?? throw new InvalidOperationException("unreachable: NA not allowed");

    /// <summary>A whole number from zero to <paramref name="max"/>, or <c>NA</c> (→ <see langword="null"/>).</summary>
    public int? CountOrNotAvailable(int column, int max) => CountOrNotAvailable(column, max, allowNotAvailable: true);

    private int? CountOrNotAvailable(int column, int max, bool allowNotAvailable)
    {
        var text = Field(column);
        if (allowNotAvailable && text.SequenceEqual(NotAvailable))
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(text.Length > 1 && text[0] == '-' && AllDigits(text[1..])
                ? $"{Name(column)} {Quote(text)} is negative"
                : !text.IsEmpty && AllDigits(text)
                    ? $"{Name(column)} {Quote(text)} is implausible (more than {max.ToString(CultureInfo.InvariantCulture)})"
                    : $"{Name(column)} {Quote(text)} is not {(allowNotAvailable ? "a non-negative integer or NA" : "a non-negative integer")}");
        }

        if (value > max)
        {
            throw Error(Invariant($"{Name(column)} {value} is implausible (more than {max})"));
        }

        return value;
    }

    /// <summary><c>TRUE</c> or <c>FALSE</c>, in capitals, as the dataset writes them.</summary>
    public bool Boolean(int column)
    {
        var text = Field(column);
        if (text.SequenceEqual("TRUE"))
        {
            return true;
        }

        if (text.SequenceEqual("FALSE"))
        {
            return false;
        }

        throw Error($"{Name(column)} {Quote(text)} is not TRUE or FALSE");
    }

    /// <summary>Non-empty text without leading or trailing spaces or control characters.</summary>
    public string Text(int column)
    {
        var text = Field(column);
        if (text.IsEmpty)
        {
            throw Error($"{Name(column)} is empty");
        }

        return CheckedText(column, text);
    }

    /// <summary>Like <see cref="Text"/>, but <c>NA</c> means unknown (→ <see langword="null"/>).</summary>
    public string? TextOrNotAvailable(int column)
    {
        var text = Text(column);
        return string.Equals(text, NotAvailable, StringComparison.Ordinal) ? null : text;
    }

    /// <summary>Like <see cref="Text"/>, but an empty field means not recorded (→ <see langword="null"/>).</summary>
    public string? OptionalText(int column)
    {
        var text = Field(column);
        return text.IsEmpty ? null : CheckedText(column, text);
    }

    /// <summary>An error for this row.</summary>
    public ImportFormatException Error(string reason) => new(_layout.FileName, Line, reason);

    /// <summary>The column's name in the header.</summary>
    public string Name(int column) => _layout.Columns[column];

    private ReadOnlySpan<char> Field(int column) => _row[_layout.Indices[column]].Span;

    private string CheckedText(int column, ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(s_forbidden))
        {
            throw Error($"{Name(column)} {Quote(text)} contains a line break, a control character or bytes that are not UTF-8");
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            throw Error($"{Name(column)} {Quote(text)} has leading or trailing spaces");
        }

        return _pool.Get(text);
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Quote(ReadOnlySpan<char> text)
    {
        var shown = text.Length <= MaxQuotedLength ? text.ToString() : string.Concat(text[..MaxQuotedLength], "…");
        return "'" + shown.ReplaceLineEndings(" ") + "'";
    }
}
