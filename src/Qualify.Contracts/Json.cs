using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qualify.Contracts;

/// <summary>
/// The one JSON style of every command: camelCase, indented, UTF-8 text unescaped, enums as camelCase strings, and
/// numbers rounded to 10 decimal places (<see cref="RoundedDoubleConverter"/>).
/// </summary>
internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new RoundedDoubleConverter() },

        // Every document's contract is generated at compile time (QualifyJsonContext), with no reflection fallback: a
        // command is a short process, building contracts by reflection costs it about 80 ms of start-up, and a document
        // missing from the context fails its snapshot test instead of being described silently.
        TypeInfoResolver = QualifyJsonContext.Default,
    };

    /// <summary>Writes <paramref name="document"/> and a final newline to <paramref name="output"/>.</summary>
    public static void Write<T>(TextWriter output, T document)
    {
        output.Write(Text(document));
        output.Flush();
    }

    /// <summary>The text of <paramref name="document"/> as every front end writes it: the JSON and a final newline.</summary>
    public static string Text<T>(T document) => JsonSerializer.Serialize(document, Options) + "\n";
}

/// <summary>
/// The contracts of every command's JSON document, generated at compile time with the names of
/// <see cref="Json.Options"/> (camelCase); the converters of <see cref="Json.Options"/> still apply.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TableDocument))]
[JsonSerializable(typeof(ForecastDocument))]
[JsonSerializable(typeof(ForecastTimelineDocument))]
[JsonSerializable(typeof(ScenariosDocument))]
[JsonSerializable(typeof(NextMatchdayDocument))]
[JsonSerializable(typeof(RatingsDocument))]
[JsonSerializable(typeof(TeamsDocument))]
[JsonSerializable(typeof(EvaluationDocument))]
[JsonSerializable(typeof(CompetitionsDocument))]
[JsonSerializable(typeof(HeadToHeadDocument))]
[JsonSerializable(typeof(TeamDocument))]
[JsonSerializable(typeof(RecordsDocument))]
[JsonSerializable(typeof(WrittenResultDocument))]
[JsonSerializable(typeof(ResultWriteBody))]
internal sealed partial class QualifyJsonContext : JsonSerializerContext;

/// <summary>
/// Writes doubles rounded to 10 decimal places, so that a sum of exact fractions such as 940,816 / 1,000,000 prints as
/// 0.940816 rather than 0.9408160000000001. Every figure Qualify prints is far coarser than 10⁻¹⁰ (Monte Carlo
/// standard errors are above 10⁻⁵ at a million simulations), so nothing meaningful is lost.
/// </summary>
internal sealed class RoundedDoubleConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(Math.Round(value, 10));
    }
}
