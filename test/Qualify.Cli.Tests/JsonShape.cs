using System.Text.Json;

namespace Qualify.Cli.Tests;

/// <summary>
/// The shape of a JSON document, one line per value: its path, then its kind (object, array, string, number, true,
/// false, null). An array's elements share one path (<c>[*]</c>): their shapes are merged in order of first
/// appearance, so an empty or partly null first element hides nothing. Values themselves are left out, so the shape
/// changes only when a property is added, removed, renamed, reordered or changes kind.
/// </summary>
internal static class JsonShape
{
    public static string Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        return string.Concat(Describe(document.RootElement, "$").Select(line => line + "\n"));
    }

    private static List<string> Describe(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return [$"{path}: object", .. element.EnumerateObject().SelectMany(p => Describe(p.Value, path + "." + p.Name))];
            case JsonValueKind.Array when element.GetArrayLength() == 0:
                return [$"{path}: array (empty)"];
            case JsonValueKind.Array:
                var lines = new List<string> { $"{path}: array" };
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var line in element.EnumerateArray().SelectMany(e => Describe(e, path + "[*]")))
                {
                    if (seen.Add(line))
                    {
                        lines.Add(line);
                    }
                }

                return lines;
            default:
                return [$"{path}: {element.ValueKind.ToString().ToLowerInvariant()}"];
        }
    }
}
