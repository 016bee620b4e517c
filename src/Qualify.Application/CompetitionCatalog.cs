using System.Collections.Immutable;
using Qualify.Domain;
using Qualify.Domain.Competitions;
using Qualify.Domain.Text;

namespace Qualify.Application;

/// <summary>
/// The competition definitions a user can name: the built-in ones shipped in <c>competitions/</c> beside the
/// executable, plus any folder listed in the <c>QUALIFY_COMPETITIONS</c> environment variable (separated by the
/// platform's path separator). A later folder's definition replaces a built-in one with the same id.
/// </summary>
public sealed class CompetitionCatalog
{
    /// <summary>The environment variable naming extra definition folders.</summary>
    public const string FoldersEnvironmentVariable = "QUALIFY_COMPETITIONS";

    private readonly ImmutableDictionary<string, (CompetitionDefinition Definition, string File)> _byId;

    private CompetitionCatalog(ImmutableDictionary<string, (CompetitionDefinition, string)> byId) => _byId = byId;

    /// <summary>The built-in folder: <c>competitions/</c> beside the executable.</summary>
    public static string BuiltInFolder => Path.Combine(AppContext.BaseDirectory, "competitions");

    /// <summary>Loads every <c>*.json</c> in the built-in folder and the folders named by <paramref name="environment"/>.</summary>
    /// <exception cref="CompetitionDefinitionException">A definition is invalid; the message names its file.</exception>
    public static CompetitionCatalog Load(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var folders = new List<string> { BuiltInFolder };
        var extra = environment(FoldersEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(extra))
        {
            folders.AddRange(extra.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return FromFolders(folders);
    }

    /// <summary>Loads every <c>*.json</c> in <paramref name="folders"/>, in order.</summary>
    /// <exception cref="UserInputException">A folder does not exist, or two files in one folder share an id.</exception>
    /// <exception cref="CompetitionDefinitionException">A definition is invalid.</exception>
    public static CompetitionCatalog FromFolders(IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var byId = new Dictionary<string, (CompetitionDefinition, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                throw new UserInputException($"competition folder '{folder}' does not exist");
            }

            var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                var definition = CompetitionDefinitionReader.ReadFile(file);
                if (seen.TryGetValue(definition.Id, out var other))
                {
                    throw new UserInputException($"{Path.GetFileName(file)}: id '{definition.Id}' is already used by {other}");
                }

                seen[definition.Id] = Path.GetFileName(file);
                byId[definition.Id] = (definition, file);
            }
        }

        return new CompetitionCatalog(byId.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Every definition, by id.</summary>
    public IReadOnlyList<CompetitionDefinition> All => [.. _byId.Values.Select(v => v.Definition).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>The definition with this id (case-insensitive).</summary>
    /// <exception cref="UnknownNameException">No definition has this id; the message suggests close ids.</exception>
    public CompetitionDefinition Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_byId.TryGetValue(id, out var entry))
        {
            return entry.Definition;
        }

        // With no close id, a short catalogue is offered whole, so that the error always shows a way forward.
        var ids = _byId.Values.Select(v => v.Definition.Id).Order(StringComparer.Ordinal).ToList();
        var suggestions = NameSuggester.Suggest(id, ids);
        throw new UnknownNameException("competition", id, suggestions.Count > 0 ? suggestions : ids.Take(5).ToList());
    }

    /// <summary>The file a definition was read from.</summary>
    public string FileOf(string id) => _byId[id].File;
}
