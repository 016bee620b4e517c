using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Qualify.Domain.Text;

namespace Qualify.Domain.Competitions;

/// <summary>
/// Turns what System.Text.Json reports about a definition file into a <see cref="CompetitionDefinitionException"/> a
/// user can act on: a value of the wrong kind or an unknown property is placed at its JSON path
/// (<c>stages[0].groups[0].teams</c>) and described without .NET type names; a syntax error is placed at its line and
/// column.
/// </summary>
internal static partial class DefinitionJsonErrors
{
    /// <summary>The exception for <paramref name="error"/>, raised while reading <paramref name="file"/>.</summary>
    public static CompetitionDefinitionException Describe(string file, JsonException error)
    {
        var path = PathOf(error.Path);
        var unmapped = UnmappedProperty().Match(error.Message);
        if (unmapped.Success)
        {
            var property = unmapped.Groups["property"].Value;
            var known = KnownProperties(unmapped.Groups["type"].Value);
            var suggestions = NameSuggester.Suggest(property, known);
            return new CompetitionDefinitionException(file, Join(path, property), $"unknown property '{property}'"
                + (suggestions.Count > 0 ? $" (did you mean '{suggestions[0]}'?)" : string.Empty)
                + (known.Count > 0 ? "; known here: " + string.Join(", ", known) : string.Empty));
        }

        var converted = NotConverted().Match(error.Message);
        if (converted.Success)
        {
            return new CompetitionDefinitionException(file, path ?? "$", $"expected {Expected(converted.Groups["type"].Value)}");
        }

        var line = error.LineNumber is { } l ? $"line {l + 1}" + (error.BytePositionInLine is { } c ? $", column {c + 1}" : string.Empty) : "$";
        return new CompetitionDefinitionException(file, line, SyntaxReason(error.Message));
    }

    /// <summary><c>$.stages[0].name</c> becomes <c>stages[0].name</c>; the root is <see langword="null"/>.</summary>
    private static string? PathOf(string? path) => path switch
    {
        null or "" or "$" => null,
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ when path.StartsWith('$') => path[1..],
        _ => path,
    };

    private static string Join(string? path, string property) =>
        path is null || path.EndsWith("." + property, StringComparison.Ordinal) || path == property ? path ?? property : $"{path}.{property}";

    private static string SyntaxReason(string message)
    {
        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "the file is empty";
        }

        if (message.Contains("Expected depth to be zero", StringComparison.Ordinal))
        {
            return "the file ends before every object and array is closed: a '}' or ']' is missing";
        }

        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        var sentence = (end > 0 ? message[..end] : message).ReplaceLineEndings(" ").Trim();
        return sentence.TrimEnd('.');
    }

    /// <summary>What a value of the .NET type <paramref name="type"/> looks like in JSON.</summary>
    private static string Expected(string type) => type switch
    {
        _ when type.Contains("Dictionary", StringComparison.Ordinal) && type.Contains("Int32", StringComparison.Ordinal) => "an object of whole numbers by team, such as {\"Canada\": -3}",
        _ when type.Contains("Dictionary", StringComparison.Ordinal) => "an object of numbers by team, such as {\"Canada\": 1850.3}",
        _ when type.Contains("List`1[System.String]", StringComparison.Ordinal) => "an array of strings, such as [\"Canada\", \"Mexico\"]",
        _ when type.Contains("List`1[System.Text.Json.JsonElement]", StringComparison.Ordinal) => "an array of team names or places, such as [\"Canada\", {\"group\": \"A\", \"position\": 2, \"team\": \"Mexico\"}]",
        _ when type.Contains("List", StringComparison.Ordinal) => "an array of objects, [{...}, ...]",
        _ when type.Contains("Int32", StringComparison.Ordinal) => "a whole number, such as 2022",
        _ when type.Contains("Double", StringComparison.Ordinal) => "a number, such as 0.25",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("String", StringComparison.Ordinal) => "a string in double quotes",
        _ when type.Contains("JsonElement", StringComparison.Ordinal) => "a preset name or an object",
        _ => "an object {...}",
    };

    /// <summary>The property names of the contract named <paramref name="type"/> (a nested DTO of the reader), in order.</summary>
    private static IReadOnlyList<string> KnownProperties(string type)
    {
        var name = type[(type.LastIndexOf('+') + 1)..];
        JsonTypeInfo? info = Contracts.FirstOrDefault(c => c.Type.Name == name);
        return info is null ? [] : [.. info.Properties.Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])];
    }

    private static IEnumerable<JsonTypeInfo> Contracts
    {
        get
        {
            var json = CompetitionDefinitionReader.DefinitionJson.Default;
            return
            [
                json.DefinitionDto, json.FallbackDto, json.CoefficientsDto, json.SourceDto, json.StageDto, json.GroupDto,
                json.SlotDto, json.PlayoffDto, json.FixtureDto, json.RankingDto, json.DeductionDto, json.DecisionDto,
            ];
        }
    }

    [GeneratedRegex("The JSON property '(?<property>[^']*)' could not be mapped to any \\.NET member contained in type '(?<type>[^']*)'")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("The JSON value could not be converted to (?<type>\\S+?)\\.?(\\s|$)")]
    private static partial Regex NotConverted();
}
