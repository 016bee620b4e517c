using System.Globalization;

namespace Qualify.Domain.History;

/// <summary>A data row the importer read but did not store, and why.</summary>
/// <param name="File">The file name, for example <c>results.csv</c>.</param>
/// <param name="Line">The 1-based physical line number; the header is line 1.</param>
/// <param name="Reason">Why it was skipped, on one line.</param>
public sealed record SkippedRow(string File, int Line, string Reason)
{
    /// <summary><c>file:line: reason</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Reason}");
}
