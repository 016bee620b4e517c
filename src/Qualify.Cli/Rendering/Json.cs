using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Qualify.Cli.Rendering;

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

        // The history documents' contracts are generated at compile time (HistoryJsonContext): a history command is a
        // short process, and building them by reflection costs it about 80 ms of start-up. Other documents (some
        // anonymous) are described by reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(HistoryJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>Writes <paramref name="document"/> and a final newline to <paramref name="output"/>.</summary>
    public static void Write<T>(TextWriter output, T document)
    {
        output.Write(JsonSerializer.Serialize(document, Options));
        output.Write('\n');
        output.Flush();
    }
}

/// <summary>
/// The contracts of the history commands' JSON documents, generated at compile time with the names of
/// <see cref="Json.Options"/> (camelCase); the converters of <see cref="Json.Options"/> still apply.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HeadToHeadDocument))]
[JsonSerializable(typeof(TeamDocument))]
[JsonSerializable(typeof(RecordsDocument))]
internal sealed partial class HistoryJsonContext : JsonSerializerContext;

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
