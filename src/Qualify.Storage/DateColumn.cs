using System.Data.Common;
using System.Globalization;

namespace Qualify.Storage;

/// <summary>
/// Reads a date column: SQLite stores EF Core's <see cref="DateOnly"/> as <c>yyyy-MM-dd</c> text, parsed here by
/// position; a provider with a date type returns it as <see cref="DateOnly"/>.
/// </summary>
internal readonly struct DateColumn
{
    private readonly bool _isText;

    private DateColumn(bool isText) => _isText = isText;

    public static DateColumn Of(DbDataReader reader, int ordinal) => new(reader.GetFieldType(ordinal) == typeof(string));

    public DateOnly Read(DbDataReader reader, int ordinal) =>
        _isText ? ParseIsoDate(reader.GetString(ordinal)) : reader.GetFieldValue<DateOnly>(ordinal);

    private static DateOnly ParseIsoDate(string text)
    {
        return text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4, out var year) && Digits(text, 5, 2, out var month) && Digits(text, 8, 2, out var day)
            ? new DateOnly(year, month, day)
            : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static bool Digits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
