using System.Collections.Immutable;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Domain.Competitions;

// Stages: groups, rankings across groups, allocations, draws, slots and destinations (ties and entrants: .Ties.cs).
public static partial class CompetitionDefinitionReader
{
    private sealed partial class Mapper
    {
        /// <summary>The places that earlier stages, and the stage being read, define: for checking references.</summary>
        private readonly List<(string Stage, string Group, int Size)> _groups = [];
        private readonly Dictionary<string, (int Count, AllocationTable? Allocation)> _rankings = new(StringComparer.Ordinal);
        private HashSet<string> _destinations = new(StringComparer.Ordinal);
        private readonly HashSet<string> _ties = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PriorityList> _lists = new(StringComparer.Ordinal);

        /// <summary>The priority lists (<see cref="PriorityList"/>), each checked; their stage is checked where a place uses them.</summary>
        private void MapPriorityLists(List<PriorityListDto>? lists)
        {
            for (var i = 0; i < (lists?.Count ?? 0); i++)
            {
                var at = $"priorityLists[{i}]";
                var dto = lists![i];
                var name = Required(dto.Name, at + ".name");
                var stage = Required(dto.Stage, at + ".stage");
                var outside = dto.Outside ?? throw Error(at + ".outside", "a value is required: the last group position that passes a team over");
                var teams = (dto.Teams ?? []).Select((t, k) => Required(t, $"{at}.teams[{k}]")).ToImmutableArray();
                if (outside < 0)
                {
                    throw Error(at + ".outside", $"expected 0 or more, not {outside}");
                }

                if (teams.IsEmpty)
                {
                    throw Error(at + ".teams", "a list needs at least one team");
                }

                CheckUnique(teams, at + ".teams", "team");
                if (!_lists.TryAdd(name, new PriorityList(name, stage, outside, teams) { Source = dto.Source }))
                {
                    throw Error(at + ".name", $"another list is called '{name}'");
                }
            }
        }

        private ImmutableArray<StageDefinition> MapStages(List<StageDto> stages, MatchSource source)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var mapped = ImmutableArray.CreateBuilder<StageDefinition>(stages.Count);
            for (var i = 0; i < stages.Count; i++)
            {
                var at = $"stages[{i}]";
                var stage = MapStage(stages[i], at, source);
                if (!names.Add(stage.Name))
                {
                    throw Error(at + ".name", $"another stage is called '{stage.Name}'");
                }

                mapped.Add(stage);
            }

            return mapped.MoveToImmutable();
        }

        private StageDefinition MapStage(StageDto dto, string at, MatchSource competitionSource)
        {
            var name = Required(dto.Name, at + ".name");
            if (dto.Groups is not { Count: > 0 } && dto.Ties is not { Count: > 0 })
            {
                throw Error(at + ".groups", "a stage needs at least one group or one tie");
            }

            var source = dto.Matches is null ? competitionSource : MapSource(dto.Matches, at + ".matches");
            var groups = (dto.Groups ?? []).Select((g, i) => MapGroup(g, $"{at}.groups[{i}]", source)).ToImmutableArray();
            CheckUnique(groups.Select(g => g.Name), at + ".groups", "group");
            var teamsTwice = groups.SelectMany(g => g.Teams).GroupBy(t => t, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (teamsTwice is not null)
            {
                throw Error(at + ".groups", $"'{teamsTwice.Key}' plays in two groups of this stage");
            }

            var rankings = (dto.CrossGroupRankings ?? []).Select((r, i) => MapRanking(r, $"{at}.crossGroupRankings[{i}]", groups)).ToImmutableArray();
            CheckUnique(rankings.Select(r => r.Name).Concat(_rankings.Keys), at + ".crossGroupRankings", "ranking");

            // The stage's groups and rankings are places its own ties may take entrants from.
            _groups.AddRange(groups.Select(g => (name, g.Name, g.Teams.Length)));
            foreach (var ranking in rankings)
            {
                _rankings[ranking.Name] = (groups.Count(g => ranking.Covers(g.Name) && g.Teams.Length >= ranking.Position), ranking.Allocation);
            }

            var ties = ImmutableArray.CreateBuilder<TieDefinition>();
            for (var i = 0; i < (dto.Ties?.Count ?? 0); i++)
            {
                var tie = MapTie(dto.Ties![i], $"{at}.ties[{i}]", source);
                if (!_ties.Add(tie.Name))
                {
                    throw Error($"{at}.ties[{i}].name", $"another tie is called '{tie.Name}'");
                }

                ties.Add(tie);
            }

            return new StageDefinition(name, groups, rankings)
            {
                Ties = ties.ToImmutable(),
                Draw = dto.Draw is null ? null : MapDraw(dto.Draw, at + ".draw"),
                Matches = dto.Matches is null ? null : source,
                Points = dto.Points is null ? null : MapPoints(dto.Points, at + ".points"),
                TieBreakers = dto.TieBreakers is null ? null : MapChain(dto.TieBreakers, at + ".tieBreakers"),
            };
        }

        private void CheckUnique(IEnumerable<string> names, string at, string what)
        {
            var twice = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
            {
                throw Error(at, $"two {what}s are called '{twice.Key}'");
            }
        }

        private CrossGroupRanking MapRanking(RankingDto r, string at, ImmutableArray<GroupDefinition> groups)
        {
            var covered = r.Groups is { Count: > 0 } names
                ? names.Select((n, i) => KnownTeam(n, groups.Select(g => g.Name).ToHashSet(StringComparer.Ordinal), $"{at}.groups[{i}]", "a group of this stage")).ToImmutableArray()
                : [];
            var ranked = groups.Where(g => covered.IsEmpty || covered.Contains(g.Name)).ToList();
            if (r.Position < 1 || ranked.All(g => g.Teams.Length < r.Position))
            {
                throw Error(at + ".position", $"no group has a position {r.Position}");
            }

            var chain = r.TieBreakers is null ? TieBreakerPresets.Overall3 : MapChain(r.TieBreakers, at + ".tieBreakers");
            if (chain.Blocks.Any(b => b.Scope == TieBreakScope.HeadToHead))
            {
                throw Error(at + ".tieBreakers", "a ranking across groups cannot use head-to-head criteria");
            }

            var discard = r.Discard switch
            {
                null or "none" => DiscardRule.None,
                "beyond-smallest-group" => DiscardRule.BeyondSmallestGroup,
                "last-placed" => DiscardRule.LastPlaced,
                _ => throw Error(at + ".discard", $"expected none, beyond-smallest-group or last-placed, got \"{r.Discard}\""),
            };
            var slots = MapSlots(r.Slots, at + ".slots", allowPlayoff: false);
            var count = ranked.Count(g => g.Teams.Length >= r.Position);
            SlotValidation.Check(file, at + ".slots", slots, count, $"the {count} teams this ranking orders (one per group with a position {r.Position})");
            return new CrossGroupRanking(Required(r.Name, at + ".name"), r.Position, chain, discard, slots)
            {
                Groups = covered,
                Source = r.Source,
                Allocation = r.Allocation is null ? null : MapAllocation(r.Allocation, at + ".allocation", ranked.Select(g => g.Name).ToList()),
            };
        }

        private GroupDefinition MapGroup(GroupDto dto, string at, MatchSource source)
        {
            var name = Required(dto.Name, at + ".name");
            var format = dto.Format switch
            {
                "single-round-robin" => GroupFormat.SingleRoundRobin,
                "double-round-robin" or null => GroupFormat.DoubleRoundRobin,
                "fixtures" => GroupFormat.Fixtures,
                _ => throw Error(at + ".format", $"expected single-round-robin, double-round-robin or fixtures, got \"{dto.Format}\""),
            };
            if (dto.Teams is not { Count: >= 2 })
            {
                throw Error(at + ".teams", "a group needs at least two teams");
            }

            var entrants = dto.Teams.Select((t, i) => MapEntrant(t, $"{at}.teams[{i}]", inGroup: true)).ToImmutableArray();
            var teams = entrants.Select(e => e.Team!).ToImmutableArray();
            var duplicate = teams.GroupBy(t => t, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw Error(at + ".teams", $"'{duplicate.Key}' is listed twice");
            }

            var teamSet = teams.ToHashSet(StringComparer.Ordinal);
            if (source is HistoryFilterSource && dto.Fixtures is { Count: > 0 })
            {
                throw Error(at + ".fixtures", "a group whose matches come from the history store lists no fixtures");
            }

            var fixtures = (dto.Fixtures ?? []).Select((f, i) => MapFixture(f, $"{at}.fixtures[{i}]", teamSet, dto.Tournament, "a team of this group")).ToImmutableArray();
            if (format != GroupFormat.Fixtures)
            {
                FixtureValidation.Check(file, at + ".fixtures", format, teams, fixtures, mustBeComplete: source is InlineFixturesSource);
            }

            var slots = MapSlots(dto.Slots, at + ".slots", allowPlayoff: true);
            SlotValidation.Check(file, at + ".slots", slots, teams.Length, $"the group's {teams.Length} teams");
            return new GroupDefinition(name, format, teams, slots, fixtures) { Entrants = entrants };
        }

        private Match MapFixture(FixtureDto f, string at, IReadOnlySet<string> teams, string? tournament, string what)
        {
            var home = KnownTeam(f.Home, teams, at + ".home", what);
            var away = KnownTeam(f.Away, teams, at + ".away", what);
            if (string.Equals(home, away, StringComparison.Ordinal))
            {
                throw Error(at, $"'{home}' cannot play itself");
            }

            Score? score = f.Score is null ? null : ParseScore(f.Score, at + ".score");
            if (f.Penalties is not null && (score is not { } s || s.Home != s.Away))
            {
                throw Error(at + ".penalties", "a shoot-out follows a level score only");
            }

            var penalties = f.Penalties is null ? null : KnownTeam(f.Penalties, new HashSet<string>([home, away], StringComparer.Ordinal), at + ".penalties", "a team of this match");
            return new Match(ParseDate(f.Date, at + ".date"), home, away, score, tournament ?? "FIFA World Cup qualification",
                f.City ?? string.Empty, f.Country ?? string.Empty, f.Neutral ?? false, penalties);
        }

        private AllocationTable MapAllocation(AllocationDto dto, string at, List<string> groups)
        {
            if (groups.Any(g => g.Length != 1))
            {
                throw Error(at, "an allocation table keys rows by one-letter group names");
            }

            var against = (dto.Against is { Count: > 0 } a ? a : throw Error(at + ".against", "a value is required")).ToImmutableArray();
            var rows = dto.Table is { Count: > 0 } t ? t : throw Error(at + ".table", "a value is required");
            foreach (var (key, row) in rows)
            {
                var sorted = string.Concat(key.Order());
                if (!string.Equals(sorted, key, StringComparison.Ordinal) || key.Any(c => !groups.Contains(c.ToString())) || key.Distinct().Count() != key.Length)
                {
                    throw Error($"{at}.table.{key}", "a row's key lists distinct groups of the ranking in alphabetical order");
                }

                if (row.Length != against.Length || row.Any(c => !key.Contains(c)))
                {
                    throw Error($"{at}.table.{key}", $"a row names, for each of the {against.Length} opponents, one of its key's groups");
                }
            }

            return new AllocationTable(against, rows.ToImmutableDictionary(StringComparer.Ordinal)) { Source = dto.Source };
        }

        private DrawDefinition MapDraw(DrawDto dto, string at)
        {
            var rule = dto.Rule switch
            {
                "fixed" or null => DrawRule.Fixed,
                "random" => DrawRule.Random,
                "seeded-pots" => DrawRule.SeededPots,
                "ranked-pots" => DrawRule.RankedPots,
                _ => throw Error(at + ".rule", $"expected fixed, random, seeded-pots or ranked-pots, got \"{dto.Rule}\""),
            };
            var pots = (dto.Pots ?? []).Select((pot, p) => pot.Select((e, i) => MapEntrant(e, $"{at}.pots[{p}][{i}]", inGroup: false)).ToImmutableArray()).ToImmutableArray();
            return new DrawDefinition(ParseDate(dto.Date, at + ".date"), rule, pots, dto.Source);
        }

        private SlotKind SlotKindOf(string? slot, string at) => slot switch
        {
            "qualified" => SlotKind.Qualified,
            "playoff" => SlotKind.Playoff,
            "advanced" => SlotKind.Advanced,
            "eliminated" => SlotKind.Eliminated,
            _ => throw Error(at, $"expected qualified, playoff, advanced or eliminated, got \"{slot}\""),
        };

        private string? MapDestination(string? id, string at) =>
            id is null || _destinations.Contains(id) ? id : throw Error(at, $"'{id}' is not one of the definition's destinations"
                + (_destinations.Count == 0 ? " (it declares none)" : ": " + string.Join(", ", _destinations)));

        /// <summary>Reads the definition's destinations before its stages, so that slots can name them.</summary>
        private ImmutableArray<DestinationDefinition> MapDestinations(List<DestinationDto>? destinations)
        {
            var mapped = (destinations ?? []).Select((d, i) => new DestinationDefinition(Required(d.Id, $"destinations[{i}].id"), Required(d.Label, $"destinations[{i}].label"))).ToImmutableArray();
            CheckUnique(mapped.Select(d => d.Id), "destinations", "destination");
            _destinations = mapped.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            return mapped;
        }

        private ImmutableArray<SlotRule> MapSlots(List<SlotDto>? slots, string at, bool allowPlayoff) =>
            (slots ?? []).Select((s, i) =>
            {
                var sat = $"{at}[{i}]";
                var (from, to) = ParsePositions(s.Positions, sat + ".positions");
                var kind = SlotKindOf(s.Slot, sat + ".slot");
                if (s.Playoff is not null && !allowPlayoff)
                {
                    throw Error(sat + ".playoff", "a play-off against a known opponent is described on a group's slot, not on a ranking across groups");
                }

                if (s.Playoff is not null && kind != SlotKind.Playoff)
                {
                    throw Error(sat + ".playoff", $"only a \"playoff\" slot leads to a play-off, not \"{s.Slot}\"");
                }

                return new SlotRule(from, to, kind, s.Label)
                {
                    Playoff = s.Playoff is null ? null : MapPlayoff(s.Playoff, sat + ".playoff"),
                    Destination = MapDestination(s.Destination, sat + ".destination"),
                    LeadsTo = s.To,
                };
            }).ToImmutableArray();

        private PlayoffDefinition MapPlayoff(PlayoffDto dto, string at)
        {
            var opponent = Required(dto.Opponent, at + ".opponent");
            var format = dto.Format switch
            {
                "single-match" or null => PlayoffFormat.SingleMatch,
                "two-legs" => PlayoffFormat.TwoLegs,
                _ => throw Error(at + ".format", $"expected single-match or two-legs, got \"{dto.Format}\""),
            };
            var venue = (format, dto.Venue) switch
            {
                (PlayoffFormat.SingleMatch, "neutral" or null) => PlayoffVenue.Neutral,
                (PlayoffFormat.SingleMatch, "home") => PlayoffVenue.Home,
                (PlayoffFormat.SingleMatch, "away") => PlayoffVenue.Away,
                (PlayoffFormat.SingleMatch, _) => throw Error(at + ".venue", $"a single match is played at a \"neutral\", \"home\" or \"away\" venue, got \"{dto.Venue}\""),
                (PlayoffFormat.TwoLegs, "home-first") => PlayoffVenue.HomeFirst,
                (PlayoffFormat.TwoLegs, "away-first") => PlayoffVenue.AwayFirst,
                _ => throw Error(at + ".venue", $"two legs need \"home-first\" or \"away-first\", got \"{dto.Venue}\""),
            };
            if (dto.AwayGoals is not null && format != PlayoffFormat.TwoLegs)
            {
                throw Error(at + ".awayGoals", "away goals apply to two legs only");
            }

            return new PlayoffDefinition(opponent, format, venue, dto.AwayGoals ?? false, dto.Label, dto.Source);
        }
    }
}
