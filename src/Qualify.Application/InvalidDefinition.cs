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
    /// The <c>id</c> written at the top of <paramref name="file"/> (read token by token, so that a file broken after its
    /// id still gives it; comments and trailing commas allowed, as the reader allows them), otherwise its name without
    /// extension.
    /// </summary>
    public static string IdOf(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            var bytes = System.IO.File.ReadAllBytes(file).AsSpan();
            var reader = new Utf8JsonReader(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1
                    && string.Equals(reader.GetString(), "id", StringComparison.OrdinalIgnoreCase)
                    && reader.Read() && reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } id
                    && !string.IsNullOrWhiteSpace(id))
                {
                    return id;
                }
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Not JSON up to its id, or not readable: the file name is the only name it has.
        }

        return Path.GetFileNameWithoutExtension(file);
    }
}
