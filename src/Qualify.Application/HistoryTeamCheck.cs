using Qualify.Domain.Competitions;
using Qualify.Domain.History;
using Qualify.Domain.Teams;

namespace Qualify.Application;

/// <summary>
/// Where a definition that reads its matches from the history store meets the store: every team it names (in its groups
/// and as its play-off opponent) must be a team of the store, spelt as <c>results.csv</c> spells it. A misspelt team
/// would otherwise select none of its matches and show a table of zeros.
/// </summary>
internal static class HistoryTeamCheck
{
    /// <summary>Checks the teams of <paramref name="competition"/>, read from <paramref name="file"/>, against <paramref name="history"/>.</summary>
    /// <exception cref="CompetitionDefinitionException">
    /// A team is not in the store: the message names the file, the JSON path of the name and the closest store names.
    /// </exception>
    public static void EnsureKnown(CompetitionDefinition competition, string file, IHistorySource history)
    {
        var directory = new TeamDirectory(history.LoadTeams(), history.LoadFormerNames());
        var known = directory.Teams.ToHashSet(StringComparer.Ordinal);
        var unknown = NamedTeams(competition).FirstOrDefault(n => !known.Contains(n.Team));
        if (unknown.Team is null)
        {
            return;
        }

        // A former name or an alias ("USA") resolves to one store name; otherwise the closest spellings.
        var suggestions = directory.Meanings(unknown.Team) is { Count: > 0 } meanings ? meanings : directory.Suggest(unknown.Team);
        var hint = suggestions.Count > 0
            ? $" (did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?)"
            : string.Empty;
        throw new CompetitionDefinitionException(Path.GetFileName(file), unknown.At,
            $"'{unknown.Team}' is not a team of the history store at {history.Location}{hint}; write the name as results.csv does (qualify teams --search <part of the name>)");
    }

    /// <summary>Every team name the definition gives, with its JSON path, in the file's order.</summary>
    private static IEnumerable<(string Team, string At)> NamedTeams(CompetitionDefinition competition)
    {
        for (var s = 0; s < competition.Stages.Length; s++)
        {
            var groups = competition.Stages[s].Groups;
            for (var g = 0; g < groups.Length; g++)
            {
                var at = $"stages[{s}].groups[{g}]";
                for (var t = 0; t < groups[g].Teams.Length; t++)
                {
                    yield return (groups[g].Teams[t], $"{at}.teams[{t}]");
                }

                for (var i = 0; i < groups[g].Slots.Length; i++)
                {
                    if (groups[g].Slots[i].Playoff is { } playoff)
                    {
                        yield return (playoff.Opponent, $"{at}.slots[{i}].playoff.opponent");
                    }
                }
            }
        }
    }
}
