using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qualify.Cli.Rendering;

/// <summary>The one JSON style of every command: camelCase, indented, UTF-8 text unescaped, enums as camelCase strings.</summary>
internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Writes <paramref name="document"/> and a final newline to <paramref name="output"/>.</summary>
    public static void Write<T>(TextWriter output, T document)
    {
        output.Write(JsonSerializer.Serialize(document, Options));
        output.Write('\n');
        output.Flush();
    }
}
