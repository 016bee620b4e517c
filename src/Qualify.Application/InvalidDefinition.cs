using System.Text.Json;
using Qualify.Domain.Competitions;

namespace Qualify.Application;

/// <summary>A definition file that cannot be used: the id it claims (or its file name), where it is, and what is wrong.</summary>
/// <param name="Id">The file's <c>id</c> when it can be read, otherwise the file name without <c>.json</c>.</param>
/// <param name="File">The file's full path.</param>
/// <param name="Location">Where in the file: a JSON path such as <c>stages[0].groups[0].slots[1].positions</c>, or "line 3, column 5".</param>
/// <param name="Reason">What is wrong, and how to fix it.</param>
public sealed record InvalidDefinition(string Id, string File, string Location, string Reason)
{
    /// <summary>One line: the file's name, the place and the reason, as <see cref="CompetitionDefinitionException"/> words it.</summary>
    public string Message => ToException().Message;

    /// <summary>The error to raise when this definition is named.</summary>
    public CompetitionDefinitionException ToException() => new(Path.GetFileName(File), Location, Reason);

    /// <summary>
    /// The <c>id</c> written in <paramref name="file"/> when the file is JSON with a top-level string <c>id</c>
    /// (comments and trailing commas allowed, as the reader allows them), otherwise its name without extension.
    /// </summary>
    public static string IdOf(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (string.Equals(property.Name, "id", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String
                        && !string.IsNullOrWhiteSpace(property.Value.GetString()))
                    {
                        return property.Value.GetString()!;
                    }
                }
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // Not JSON, or not readable: the file name is the only name it has.
        }

        return Path.GetFileNameWithoutExtension(file);
    }
}
