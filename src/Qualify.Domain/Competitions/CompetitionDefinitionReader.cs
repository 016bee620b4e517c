using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;
using Qualify.Domain.Text;

namespace Qualify.Domain.Competitions;

/// <summary>
/// Reads a competition definition from JSON (the schema is documented in the README, section
/// "Competition definitions") and validates it: known presets and slots, real dates, scores such as "2-1",
/// fixtures only between the group's teams, every meeting of a round-robin listed exactly as often as the format
/// allows (<see cref="FixtureValidation"/>), and slots that neither overlap nor go beyond the teams ranked
/// (<see cref="SlotValidation"/>). Syntax errors and values of the wrong kind are described by
/// <see cref="DefinitionJsonErrors"/>.
/// </summary>
public static partial class CompetitionDefinitionReader
{

    /// <summary>Reads the definition in <paramref name="path"/>.</summary>
    /// <exception cref="CompetitionDefinitionException">The file is not valid JSON or breaks the schema.</exception>
    public static CompetitionDefinition ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Reads a definition from <paramref name="json"/>; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="CompetitionDefinitionException">The text is not valid JSON or breaks the schema.</exception>
    public static CompetitionDefinition Read(string json, string fileName)
    {
        DefinitionDto dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, DefinitionJson.Default.DefinitionDto)
                ?? throw new CompetitionDefinitionException(fileName, "$", "the file is empty");
        }
        catch (JsonException e)
        {
            throw DefinitionJsonErrors.Describe(fileName, e);
        }

        return new Mapper(fileName).Map(dto);
    }

    /// <summary>Parses a score written "2-1".</summary>
    public static bool TryParseScore(string text, out Score score)
    {
        ArgumentNullException.ThrowIfNull(text);
        score = default;
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var home)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var away))
        {
            score = new Score(home, away);
            return true;
        }

        return false;
    }

    /// <summary>Parses an ISO date (yyyy-MM-dd) that exists in the calendar.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// Parses a custom tie-breaker order: tokens such as <c>points</c>, <c>goal-difference</c>, <c>goals-scored</c>,
    /// <c>away-goals</c>, <c>wins</c>, <c>away-wins</c>, <c>fair-play</c>, <c>lots</c>; a <c>h2h-</c> prefix makes a
    /// criterion head-to-head, and a <c>:two-teams</c> suffix applies it only when exactly two teams are concerned.
    /// Consecutive criteria of the same scope form one block.
    /// </summary>
    /// <exception cref="FormatException">A token is unknown.</exception>
    public static TieBreakerChain ParseCustomChain(IEnumerable<string> tokens, bool reapplyHeadToHead)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var blocks = new List<TieBreakBlock>();
        foreach (var raw in tokens)
        {
            var token = raw.Trim().ToLowerInvariant();
            var twoTeams = token.EndsWith(":two-teams", StringComparison.Ordinal);
            if (twoTeams)
            {
                token = token[..^":two-teams".Length];
            }

            var scope = token.StartsWith("h2h-", StringComparison.Ordinal) ? TieBreakScope.HeadToHead : TieBreakScope.Overall;
            var name = scope == TieBreakScope.HeadToHead ? token[4..] : token;
            if (!CriterionNames.TryGetValue(name, out var criterion))
            {
                var suggestions = NameSuggester.Suggest(name, CriterionNames.Keys);
                throw new FormatException($"unknown tie-breaker '{raw}'" + (suggestions.Count > 0 ? $" (did you mean '{suggestions[0]}'?)" : string.Empty)
                    + "; known: " + string.Join(", ", CriterionNames.Keys) + ", each optionally prefixed h2h-");
            }

            var step = new TieBreakStep(criterion, twoTeams);
            var blockScope = criterion is TieBreakCriterion.Lots or TieBreakCriterion.FairPlay ? TieBreakScope.Overall : scope;
            if (blocks.Count > 0 && blocks[^1].Scope == blockScope && criterion != TieBreakCriterion.Lots
                && blocks[^1].Steps is not [{ Criterion: TieBreakCriterion.Lots }])
            {
                blocks[^1] = blocks[^1] with { Steps = blocks[^1].Steps.Add(step) };
            }
            else
            {
                blocks.Add(new TieBreakBlock(blockScope, [step], blockScope == TieBreakScope.HeadToHead && reapplyHeadToHead));
            }
        }

        return new TieBreakerChain("custom", blocks);
    }

    private static readonly ImmutableDictionary<string, TieBreakCriterion> CriterionNames = new Dictionary<string, TieBreakCriterion>
    {
        ["points"] = TieBreakCriterion.Points,
        ["goal-difference"] = TieBreakCriterion.GoalDifference,
        ["goals-scored"] = TieBreakCriterion.GoalsFor,
        ["away-goals"] = TieBreakCriterion.AwayGoalsFor,
        ["wins"] = TieBreakCriterion.Wins,
        ["away-wins"] = TieBreakCriterion.AwayWins,
        ["fair-play"] = TieBreakCriterion.FairPlay,
        ["lots"] = TieBreakCriterion.Lots,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    private sealed partial class Mapper(string file)
    {
        private CompetitionDefinitionException Error(string location, string reason) => new(file, location, reason);

        public CompetitionDefinition Map(DefinitionDto dto)
        {
            var id = Required(dto.Id, "id");
            var name = Required(dto.Name, "name");
            var points = MapPoints(dto.Points);
            // A definition of knockout ties only (a play-off tournament) ranks no group and needs no chain.
            var groupsWithoutChain = dto.Stages?.Any(s => s.Groups is { Count: > 0 } && s.TieBreakers is null) ?? true;
            var chain = dto.TieBreakers is null && !groupsWithoutChain ? TieBreakerPresets.Overall3 : MapChain(dto.TieBreakers, "tieBreakers");
            var source = MapSource(dto.Matches);
            if (dto.Stages is not { Count: > 0 })
            {
                throw Error("stages", "at least one stage is required");
            }

            var destinations = MapDestinations(dto.Destinations);
            MapPriorityLists(dto.PriorityLists);
            var stages = MapStages(dto.Stages, source);
            var allTeams = stages.SelectMany(s => s.Groups).SelectMany(g => g.Teams)
                .Concat(stages.SelectMany(s => s.Ties).SelectMany(t => new[] { t.Home.Team, t.Away.Team }).OfType<string>())
                .ToHashSet(StringComparer.Ordinal);
            var playoffOpponents = CheckPlayoffs(stages, allTeams);
            var rated = allTeams.Concat(playoffOpponents).ToHashSet(StringComparer.Ordinal);
            var (deductions, decisions) = MapDecisions(dto, allTeams);
            var fairPlay = (dto.FairPlay ?? []).ToImmutableDictionary(
                kv => KnownTeam(kv.Key, allTeams, $"fairPlay.{kv.Key}"), kv => kv.Value, StringComparer.Ordinal);

            return new CompetitionDefinition
            {
                Id = id,
                Name = name,
                Confederation = dto.Confederation,
                Source = dto.Source,
                Points = points,
                TieBreakers = chain,
                Stages = stages,
                Matches = source,
                Deductions = deductions,
                Decisions = decisions,
                FairPlay = fairPlay,
                LotsSeed = dto.LotsSeed ?? 1,
                Fallback = dto.Fallback is null ? null : MapFallback(dto.Fallback, rated),
                Notes = [.. dto.Notes ?? []],
                Destinations = destinations,
                PriorityLists = [.. _lists.Values],
            };
        }

        /// <summary>
        /// Checks the play-offs against a known opponent: at most one, against a team from outside; returns the opponents.
        /// </summary>
        private List<string> CheckPlayoffs(ImmutableArray<StageDefinition> stages, HashSet<string> allTeams)
        {
            var playoffs = stages.SelectMany((s, si) => s.Groups.SelectMany((g, gi) => g.Slots.Select((slot, i) => (slot.Playoff, At: $"stages[{si}].groups[{gi}].slots[{i}].playoff"))))
                .Where(p => p.Playoff is not null).ToList();
            if (playoffs.Count > 1)
            {
                throw Error(playoffs[1].At, "a definition describes at most one play-off against a known opponent");
            }

            foreach (var (playoff, at) in playoffs)
            {
                if (allTeams.Contains(playoff!.Opponent))
                {
                    throw Error(at + ".opponent", $"'{playoff.Opponent}' is a team of this competition; the play-off opponent comes from outside");
                }
            }

            return [.. playoffs.Select(p => p.Playoff!.Opponent)];
        }

        /// <summary>The deductions and awarded results, each naming teams of the competition.</summary>
        private (ImmutableArray<PointDeduction> Deductions, ImmutableArray<AwardedResult> Decisions) MapDecisions(DefinitionDto dto, HashSet<string> allTeams)
        {
            var deductions = (dto.Deductions ?? []).Select((d, i) =>
            {
                var at = $"deductions[{i}]";
                var team = KnownTeam(d.Team, allTeams, at + ".team");
                return d.Points <= 0
                    ? throw Error(at + ".points", $"a deduction must be positive, got {d.Points}")
                    : new PointDeduction(team, d.Points, d.Reason ?? string.Empty);
            }).ToImmutableArray();

            var decisions = (dto.Decisions ?? []).Select((d, i) =>
            {
                var at = $"decisions[{i}]";
                DateOnly? date = d.Date is null ? null : ParseDate(d.Date, at + ".date");
                return new AwardedResult(date, KnownTeam(d.Home, allTeams, at + ".home"), KnownTeam(d.Away, allTeams, at + ".away"),
                    ParseScore(d.Score, at + ".score"), d.Reason ?? string.Empty);
            }).ToImmutableArray();
            return (deductions, decisions);
        }

        /// <param name="dto">The block.</param>
        /// <param name="teams">The teams that need a rating: every team of every group, and the play-off opponent.</param>
        private FallbackRatings MapFallback(FallbackDto dto, IReadOnlySet<string> teams)
        {
            var elo = (dto.Elo ?? []).ToImmutableDictionary(kv => KnownTeam(kv.Key, teams, $"fallback.elo.{kv.Key}", "a team of this competition or its play-off opponent"), kv => kv.Value, StringComparer.Ordinal);
            var missing = teams.Where(t => !elo.ContainsKey(t)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                throw Error("fallback.elo", "no rating for " + string.Join(", ", missing));
            }

            var c = dto.EloPoisson ?? throw Error("fallback.eloPoisson", "the goal model's coefficients are required");
            return new FallbackRatings(ParseDate(dto.AsOf, "fallback.asOf"), Required(dto.Source, "fallback.source"), elo,
                new EloPoissonCoefficients(c.Intercept, c.RatingSlope, c.HomeAdvantage, c.AwayVenueEffect));
        }

        private string Required(string? value, string location) =>
            string.IsNullOrWhiteSpace(value) ? throw Error(location, "a value is required") : value;

        private PointsScheme MapPoints(string? text, string location = "points")
        {
            if (text is null)
            {
                return PointsScheme.ThreeOneZero;
            }

            var parts = text.Split('-');
            return parts.Length == 3
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var l)
                ? new PointsScheme(w, d, l)
                : throw Error(location, $"expected win-draw-loss points such as \"3-1-0\", got \"{text}\"");
        }

        private TieBreakerChain MapChain(JsonElement? element, string location)
        {
            if (element is not { } e || e.ValueKind == JsonValueKind.Undefined || e.ValueKind == JsonValueKind.Null)
            {
                throw Error(location, "a tie-breaker preset name or a custom order is required; presets: " + string.Join(", ", TieBreakerPresets.All.Keys.Order(StringComparer.Ordinal)));
            }

            if (e.ValueKind == JsonValueKind.String)
            {
                var preset = e.GetString()!;
                if (TieBreakerPresets.All.TryGetValue(preset, out var chain))
                {
                    return chain;
                }

                var suggestions = NameSuggester.Suggest(preset, TieBreakerPresets.All.Keys);
                throw Error(location, $"unknown tie-breaker preset '{preset}'"
                    + (suggestions.Count > 0 ? $" (did you mean '{suggestions[0]}'?)" : string.Empty));
            }

            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("criteria", out var criteria) && criteria.ValueKind == JsonValueKind.Array)
            {
                var reapply = e.TryGetProperty("reapplyHeadToHead", out var r) && r.ValueKind == JsonValueKind.True;
                try
                {
                    return ParseCustomChain(criteria.EnumerateArray().Select(c => c.GetString() ?? string.Empty), reapply);
                }
                catch (FormatException ex)
                {
                    throw Error(location + ".criteria", ex.Message);
                }
            }

            throw Error(location, "expected a preset name or an object {\"criteria\": [...], \"reapplyHeadToHead\": bool}");
        }

        private MatchSource MapSource(SourceDto? dto, string at = "matches")
        {
            var kind = dto?.Source ?? "inline";
            switch (kind)
            {
                case "inline":
                    return new InlineFixturesSource();
                case "history":
                    var tournament = Required(dto!.Tournament, at + ".tournament");
                    var from = ParseDate(dto.From, at + ".from");
                    var to = ParseDate(dto.To, at + ".to");
                    return to < from
                        ? throw Error(at + ".to", $"the window ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})")
                        : new HistoryFilterSource(tournament, from, to);
                default:
                    throw Error(at + ".source", $"expected \"inline\" or \"history\", got \"{kind}\"");
            }
        }

        private (int From, int To) ParsePositions(string? text, string at)
        {
            var parts = (text ?? string.Empty).Split('-');
            if (parts.Length is 1 or 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                && from >= 1 && to >= from)
            {
                return (from, to);
            }

            throw Error(at, $"expected a position or a range such as \"1-3\", got \"{text}\"");
        }

        private DateOnly ParseDate(string? text, string at) =>
            TryParseDate(text, out var date) ? date : throw Error(at, $"expected a real date yyyy-MM-dd, got \"{text}\"");

        private Score ParseScore(string? text, string at) =>
            text is not null && TryParseScore(text, out var score) ? score : throw Error(at, $"expected a score such as \"2-1\", got \"{text}\"");

        private string KnownTeam(string? team, IReadOnlySet<string> known, string at, string what = "a team of this group")
        {
            if (team is not null && known.Contains(team))
            {
                return team;
            }

            var suggestions = NameSuggester.Suggest(team ?? string.Empty, known);
            throw Error(at, $"'{team}' is not {what}"
                + (suggestions.Count > 0 ? $" (did you mean '{suggestions[0]}'?)" : string.Empty));
        }
    }
}
