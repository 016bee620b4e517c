using System.Collections.Immutable;
using System.Text.Json;
using Qualify.Domain.Matches;

namespace Qualify.Domain.Competitions;

// Knockout ties (one match or two legs, their outcomes and walkovers) and the entrants that earlier stages feed
// (a team, a group position, a ranking's rank, a tie's winner or loser).
public static partial class CompetitionDefinitionReader
{
    private sealed partial class Mapper
    {
        private TieDefinition MapTie(TieDto dto, string at, MatchSource source)
        {
            var name = Required(dto.Name, at + ".name");
            var home = MapEntrant(dto.Home ?? throw Error(at + ".home", "a value is required"), at + ".home", inGroup: false);
            var away = MapEntrant(dto.Away ?? throw Error(at + ".away", "a value is required"), at + ".away", inGroup: false);
            var format = dto.Format switch
            {
                "single-match" or null => PlayoffFormat.SingleMatch,
                "two-legs" => PlayoffFormat.TwoLegs,
                _ => throw Error(at + ".format", $"expected single-match or two-legs, got \"{dto.Format}\""),
            };
            if (dto.AwayGoals is not null && format != PlayoffFormat.TwoLegs)
            {
                throw Error(at + ".awayGoals", "away goals apply to two legs only");
            }

            if (dto.Neutral is not null && format != PlayoffFormat.SingleMatch)
            {
                throw Error(at + ".neutral", "two legs are played at each team's home; \"neutral\" applies to one match only");
            }

            var fixtures = MapTieFixtures(dto, at, source, home, away, format);
            return new TieDefinition(name, home, away, format)
            {
                Neutral = dto.Neutral ?? false,
                AwayGoals = dto.AwayGoals ?? false,
                ExtraTime = dto.ExtraTime ?? true,
                Winner = MapOutcome(dto.Winner, at + ".winner", TieOutcome.Advanced),
                Loser = MapOutcome(dto.Loser, at + ".loser", TieOutcome.Eliminated),
                Fixtures = fixtures,
                Walkover = dto.Walkover is null ? null : MapWalkover(dto.Walkover, at + ".walkover", home, away),
                Source = dto.Source,
            };
        }

        private string MapWalkover(string team, string at, Entrant home, Entrant away) =>
            home.Team is null || away.Team is null || string.Equals(team, home.Team, StringComparison.Ordinal) || string.Equals(team, away.Team, StringComparison.Ordinal)
                ? team
                : throw Error(at, $"'{team}' is neither team of this tie ({home.Team} v {away.Team})");

        private ImmutableArray<Match> MapTieFixtures(TieDto dto, string at, MatchSource source, Entrant home, Entrant away, PlayoffFormat format)
        {
            if (dto.Fixtures is not { Count: > 0 })
            {
                return [];
            }

            if (source is HistoryFilterSource)
            {
                throw Error(at + ".fixtures", "a tie whose matches come from the history store lists no fixtures");
            }

            if (home.Team is null || away.Team is null)
            {
                throw Error(at + ".fixtures", $"fixtures need both teams known: give \"team\" for {(home.Team is null ? home : away).Describe()}");
            }

            var teams = new HashSet<string>([home.Team, away.Team], StringComparer.Ordinal);
            var legs = dto.Fixtures.Select((f, i) => MapFixture(f, $"{at}.fixtures[{i}]", teams, dto.Tournament, "a team of this tie")).ToImmutableArray();
            var expected = format == PlayoffFormat.TwoLegs ? 2 : 1;
            if (legs.Length != expected)
            {
                throw Error(at + ".fixtures", $"a {(expected == 2 ? "two-legged tie" : "one-match tie")} lists {expected} fixture{(expected == 2 ? "s" : string.Empty)}, got {legs.Length}");
            }

            if (!string.Equals(legs[0].Home, home.Team, StringComparison.Ordinal) || (expected == 2 && !string.Equals(legs[1].Home, away.Team, StringComparison.Ordinal)))
            {
                throw Error(at + ".fixtures", $"the first {(expected == 2 ? "leg" : "match")} is hosted by \"home\" ({home.Team})" + (expected == 2 ? $" and the second by \"away\" ({away.Team})" : string.Empty));
            }

            return legs;
        }

        private TieOutcome MapOutcome(OutcomeDto? dto, string at, TieOutcome fallback) => dto is null
            ? fallback
            : new TieOutcome(SlotKindOf(dto.Slot, at + ".slot"), dto.Label)
            {
                Destination = MapDestination(dto.Destination, at + ".destination"),
                LeadsTo = dto.To,
            };

        /// <summary>
        /// A team name, or a reference to a place an earlier stage fills. In a group, a reference must carry the team
        /// that filled it (forecasting a group whose entrants are still open is not supported).
        /// </summary>
        private Entrant MapEntrant(JsonElement element, string at, bool inGroup)
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                return new TeamEntrant(Required(element.GetString(), at));
            }

            EntrantDto dto;
            try
            {
                dto = element.ValueKind == JsonValueKind.Object
                    ? element.Deserialize(DefinitionJson.Default.EntrantDto)!
                    : throw new JsonException();
            }
            catch (JsonException)
            {
                throw Error(at, "expected a team name or a place: {\"group\", \"position\"}, {\"ranking\", \"rank\"}, {\"allocation\", \"against\"}, {\"list\", \"pick\"}, {\"winner\"} or {\"loser\"} (each with an optional \"team\")");
            }

            var entrant = ReferenceOf(dto, at);
            return inGroup && entrant.Team is null
                ? throw Error(at + ".team", $"a group's place filled by an earlier stage ({entrant.Describe()}) must name the team that filled it: forecasting a group whose teams are still open is not supported")
                : entrant;
        }

        private Entrant ReferenceOf(EntrantDto dto, string at)
        {
            var kinds = new[] { dto.Group is not null, dto.Ranking is not null, dto.Winner is not null, dto.Loser is not null, dto.Allocation is not null, dto.List is not null }.Count(k => k);
            if (kinds != 1)
            {
                throw Error(at, "a place names exactly one of \"group\" (with \"position\"), \"ranking\" (with \"rank\"), \"allocation\" (with \"against\"), \"list\" (with \"pick\"), \"winner\" or \"loser\"");
            }

            if (dto.List is not null)
            {
                var list = _lists.TryGetValue(dto.List, out var l) ? l : throw Error(at + ".list", $"no priority list is called '{dto.List}'");
                if (!_groups.Any(g => string.Equals(g.Stage, list.Stage, StringComparison.Ordinal)))
                {
                    throw Error(at + ".list", $"list '{list.Name}' names stage '{list.Stage}', which is not an earlier stage with groups");
                }

                var pick = dto.Pick ?? throw Error(at + ".pick", "a list's place needs a pick");
                return pick < 1 || pick > list.Teams.Length
                    ? throw Error(at + ".pick", $"list '{list.Name}' has {list.Teams.Length} teams, not a pick {pick}")
                    : new ListEntrant(list, pick, dto.Team);
            }

            if (dto.Allocation is not null)
            {
                var allocation = _rankings.TryGetValue(dto.Allocation, out var a) ? a.Allocation : throw Error(at + ".allocation", $"no earlier stage has a ranking '{dto.Allocation}'");
                var against = dto.Against ?? throw Error(at + ".against", "an allocated place needs \"against\"");
                return allocation is null
                    ? throw Error(at + ".allocation", $"ranking '{dto.Allocation}' has no allocation table")
                    : allocation.Against.Contains(against, StringComparer.Ordinal)
                        ? new AllocatedEntrant(dto.Allocation, against, dto.Team)
                        : throw Error(at + ".against", $"'{against}' is not a column of the allocation table: {string.Join(", ", allocation.Against)}");
            }

            if (dto.Group is not null)
            {
                var matches = _groups.Where(g => string.Equals(g.Group, dto.Group, StringComparison.Ordinal)
                    && (dto.Stage is null || string.Equals(g.Stage, dto.Stage, StringComparison.Ordinal))).ToList();
                var position = dto.Position ?? throw Error(at + ".position", "a group's place needs a position");
                return matches switch
                {
                    [] => throw Error(at + ".group", $"no earlier stage has a group '{dto.Group}'" + (dto.Stage is null ? string.Empty : $" in stage '{dto.Stage}'")),
                    [var g] when position < 1 || position > g.Size => throw Error(at + ".position", $"group '{g.Group}' has {g.Size} teams, not a position {position}"),
                    [var g] => new GroupPositionEntrant(dto.Stage, g.Group, position, dto.Team),
                    _ => throw Error(at + ".stage", $"groups called '{dto.Group}' are in several stages: name the stage"),
                };
            }

            if (dto.Ranking is not null)
            {
                var count = _rankings.TryGetValue(dto.Ranking, out var c) ? c.Count : throw Error(at + ".ranking", $"no earlier stage has a ranking '{dto.Ranking}'");
                var rank = dto.Rank ?? throw Error(at + ".rank", "a ranking's place needs a rank");
                return rank < 1 || rank > count
                    ? throw Error(at + ".rank", $"ranking '{dto.Ranking}' orders {count} teams, not a rank {rank}")
                    : new RankingEntrant(dto.Ranking, rank, dto.Team);
            }

            var tie = (dto.Winner ?? dto.Loser)!;
            return _ties.Contains(tie)
                ? new TieEntrant(tie, dto.Winner is not null, dto.Team)
                : throw Error(at + (dto.Winner is not null ? ".winner" : ".loser"), $"no earlier tie is called '{tie}'");
        }
    }
}
