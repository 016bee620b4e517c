using System.Collections.Immutable;
using Qualify.Domain;
using Qualify.Domain.Competitions;
using Qualify.Domain.Text;

namespace Qualify.Application;

/// <summary>
/// The competition definitions a user can name: the built-in ones shipped in <c>competitions/</c> beside the
/// executable, plus any folder listed in the <c>QUALIFY_COMPETITIONS</c> environment variable (separated by the
/// platform's path separator). A definition that cannot be used (invalid JSON, a broken rule, or an id already taken by
/// an earlier file, built-ins first) is kept aside as an <see cref="InvalidDefinition"/>: it is listed with its reason,
/// naming it gives its error, and every other definition keeps working.
/// </summary>
public sealed class CompetitionCatalog
{
    /// <summary>The environment variable naming extra definition folders.</summary>
    public const string FoldersEnvironmentVariable = "QUALIFY_COMPETITIONS";

    private readonly ImmutableDictionary<string, (CompetitionDefinition Definition, string File)> _byId;

    private CompetitionCatalog(ImmutableDictionary<string, (CompetitionDefinition, string)> byId, ImmutableArray<InvalidDefinition> invalid)
    {
        _byId = byId;
        Invalid = invalid;
    }

    /// <summary>The built-in folder: <c>competitions/</c> beside the executable.</summary>
    public static string BuiltInFolder => Path.Combine(AppContext.BaseDirectory, "competitions");

    /// <summary>Loads every <c>*.json</c> in the built-in folder and the folders named by <paramref name="environment"/>.</summary>
    /// <exception cref="UserInputException">A folder named in <c>QUALIFY_COMPETITIONS</c> does not exist.</exception>
    public static CompetitionCatalog Load(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var folders = new List<string> { BuiltInFolder };
        var extra = environment(FoldersEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(extra))
        {
            var named = extra.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var missing = named.FirstOrDefault(f => !Directory.Exists(f));
            if (missing is not null)
            {
                throw new UserInputException($"competition folder '{missing}' (named in {FoldersEnvironmentVariable}) does not exist: create it or correct the variable");
            }

            folders.AddRange(named);
        }

        return FromFolders(folders);
    }

    /// <summary>
    /// Loads every <c>*.json</c> in <paramref name="folders"/>, in order (files by name within a folder); the first file
    /// to use an id keeps it.
    /// </summary>
    /// <exception cref="UserInputException">A folder does not exist.</exception>
    public static CompetitionCatalog FromFolders(IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var byId = new Dictionary<string, (CompetitionDefinition, string)>(StringComparer.OrdinalIgnoreCase);
        var invalid = new List<InvalidDefinition>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                throw new UserInputException($"competition folder '{folder}' does not exist");
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                var read = TryRead(file);
                if (read.Definition is not { } definition)
                {
                    invalid.Add(read.Invalid!);
                }
                else if (byId.TryGetValue(definition.Id, out var first))
                {
                    invalid.Add(new InvalidDefinition(definition.Id, file, "id",
                        $"'{definition.Id}' is already the id of {Describe(first.Item2)}: give this definition an id of its own"));
                }
                else
                {
                    byId[definition.Id] = (definition, file);
                }
            }
        }

        return new CompetitionCatalog(byId.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase),
            [.. invalid.OrderBy(i => i.Id, StringComparer.Ordinal).ThenBy(i => i.File, StringComparer.Ordinal)]);
    }

    private static (CompetitionDefinition? Definition, InvalidDefinition? Invalid) TryRead(string file)
    {
        try
        {
            return (CompetitionDefinitionReader.ReadFile(file), null);
        }
        catch (CompetitionDefinitionException e)
        {
            return (null, new InvalidDefinition(InvalidDefinition.IdOf(file), file, e.Location, e.Reason));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new InvalidDefinition(InvalidDefinition.IdOf(file), file, "$", "the file cannot be read: " + e.Message));
        }
    }

    private static string Describe(string file) =>
        string.Equals(Path.GetFullPath(Path.GetDirectoryName(file)!), Path.GetFullPath(BuiltInFolder), StringComparison.Ordinal)
            ? $"the built-in {Path.GetFileName(file)}"
            : file;

    /// <summary>The definition files that cannot be used, by id, each with its reason.</summary>
    public ImmutableArray<InvalidDefinition> Invalid { get; }

    /// <summary>Every definition, by id.</summary>
    public IReadOnlyList<CompetitionDefinition> All => [.. _byId.Values.Select(v => v.Definition).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>The definition with this id (case-insensitive).</summary>
    /// <exception cref="CompetitionDefinitionException">The id (or file name) is that of an invalid definition: the message names its file, the place and the reason.</exception>
    /// <exception cref="UnknownNameException">No definition has this id; the message suggests close ids.</exception>
    public CompetitionDefinition Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_byId.TryGetValue(id, out var entry))
        {
            return entry.Definition;
        }

        var invalid = Invalid.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? Invalid.FirstOrDefault(i => string.Equals(Path.GetFileNameWithoutExtension(i.File), id, StringComparison.OrdinalIgnoreCase));
        if (invalid is not null)
        {
            throw invalid.ToException();
        }

        // With no close id, a short catalogue is offered whole, so that the error always shows a way forward.
        var ids = _byId.Values.Select(v => v.Definition.Id).Order(StringComparer.Ordinal).ToList();
        var suggestions = NameSuggester.Suggest(id, ids);
        throw new UnknownNameException("competition", id, suggestions.Count > 0 ? suggestions : ids.Take(5).ToList());
    }

    /// <summary>The file a definition was read from.</summary>
    public string FileOf(string id) => _byId[id].File;
}
