using System.Collections.Immutable;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Domain.Competitions;

/// <summary>
/// A qualifying competition as data: its stages and groups, points scheme, tie-breaker chain, slots,
/// deductions and decisions, and where its matches come from. Loaded from <c>competitions/*.json</c>.
/// </summary>
public sealed record CompetitionDefinition
{
    /// <summary>The identifier used on the command line, for example "concacaf-2022".</summary>
    public required string Id { get; init; }

    /// <summary>The display name.</summary>
    public required string Name { get; init; }

    /// <summary>The confederation, for example "CONCACAF".</summary>
    public string? Confederation { get; init; }

    /// <summary>Where the format and rules come from (regulation, article).</summary>
    public string? Source { get; init; }

    /// <summary>Points for a win, a draw and a loss.</summary>
    public PointsScheme Points { get; init; } = PointsScheme.ThreeOneZero;

    /// <summary>The tie-breaker chain of every group.</summary>
    public required TieBreakerChain TieBreakers { get; init; }

    /// <summary>The stages, in order.</summary>
    public required ImmutableArray<StageDefinition> Stages { get; init; }

    /// <summary>
    /// Where the matches of every stage without a source of its own come from: the fixtures in the definition, or a
    /// filter over the history store.
    /// </summary>
    public required MatchSource Matches { get; init; }

    /// <summary>Points deducted from teams by a disciplinary decision.</summary>
    public ImmutableArray<PointDeduction> Deductions { get; init; } = [];

    /// <summary>Results awarded by a decision, replacing the score played (or filling an unplayed match).</summary>
    public ImmutableArray<AwardedResult> Decisions { get; init; } = [];

    /// <summary>Fair-play points per team (negative numbers; higher is better), when known.</summary>
    public ImmutableDictionary<string, int> FairPlay { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>The seed for drawing lots, so that a drawn order is reproducible.</summary>
    public int LotsSeed { get; init; } = 1;

    /// <summary>Ratings written into the definition, so that it can be forecast with no history imported.</summary>
    public FallbackRatings? Fallback { get; init; }

    /// <summary>Gaps and decisions about the data that the definition records, for example a match the dataset lacks.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Final destinations that slots name by id (for example "world-cup"), for reports by destination.</summary>
    public ImmutableArray<DestinationDefinition> Destinations { get; init; } = [];

    /// <summary>Ordered lists of teams from outside the competition's results that fill later places (<see cref="ListEntrant"/>).</summary>
    public ImmutableArray<PriorityList> PriorityLists { get; init; } = [];

    /// <summary>The points deducted per team, every deduction of a team added up.</summary>
    public ImmutableDictionary<string, int> DeductionsByTeam() =>
        Deductions.GroupBy(d => d.Team, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.Sum(d => d.Points), StringComparer.Ordinal);

    /// <summary>Where a stage's matches come from: its own source, or the competition's.</summary>
    public MatchSource SourceOf(StageDefinition stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.Matches ?? Matches;
    }

    /// <summary>The points scheme of a stage: its own, or the competition's.</summary>
    public PointsScheme PointsOf(StageDefinition stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.Points ?? Points;
    }

    /// <summary>The tie-breaker chain of a stage's groups: its own, or the competition's.</summary>
    public TieBreakerChain TieBreakersOf(StageDefinition stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.TieBreakers ?? TieBreakers;
    }

    /// <summary>
    /// The first and last dates of the competition: over every stage, the history filter's window or the first and
    /// last inline fixture.
    /// </summary>
    public (DateOnly? From, DateOnly? To) Window
    {
        get
        {
            var dates = Stages.SelectMany(s => SourceOf(s) is HistoryFilterSource f
                ? [f.From, f.To]
                : s.Groups.SelectMany(g => g.Fixtures).Concat(s.Ties.SelectMany(t => t.Fixtures)).Select(m => m.Date)).ToList();
            return dates.Count == 0 ? (null, null) : (dates.Min(), dates.Max());
        }
    }

    /// <summary>
    /// The group slot that leads to a play-off against a known opponent (<see cref="SlotRule.Playoff"/>), if any; a
    /// definition describes at most one.
    /// </summary>
    public (GroupDefinition Group, SlotRule Slot)? Playoff =>
        Stages.SelectMany(s => s.Groups).SelectMany(g => g.Slots.Where(s => s.Playoff is not null).Select(s => (g, s)))
            .Select(x => ((GroupDefinition, SlotRule)?)x).FirstOrDefault();

    /// <summary>Every team the definition names: in every group, and in every tie whose entrants are known.</summary>
    public IEnumerable<string> Teams => Stages.SelectMany(s => s.Groups.SelectMany(g => g.Teams)
            .Concat(s.Ties.SelectMany(t => new[] { t.Home.Team, t.Away.Team }).OfType<string>()))
        .Distinct(StringComparer.Ordinal);
}

/// <summary>Points for each result. 3-1-0 since FIFA adopted it in 1994-95; 2-1-0 before.</summary>
public sealed record PointsScheme(int Win, int Draw, int Loss)
{
    /// <summary>Three points for a win, one for a draw.</summary>
    public static PointsScheme ThreeOneZero { get; } = new(3, 1, 0);

    /// <summary>Two points for a win, one for a draw (older eras).</summary>
    public static PointsScheme TwoOneZero { get; } = new(2, 1, 0);

    /// <inheritdoc />
    public override string ToString() => $"{Win}-{Draw}-{Loss}";
}

/// <summary>A stage of a competition: groups, rankings across them, and knockout ties.</summary>
/// <param name="Name">The stage's name, unique in the competition.</param>
/// <param name="Groups">The groups (round-robin or a given fixture list).</param>
/// <param name="CrossGroupRankings">The rankings across this stage's groups.</param>
public sealed record StageDefinition(string Name, ImmutableArray<GroupDefinition> Groups, ImmutableArray<CrossGroupRanking> CrossGroupRankings)
{
    /// <summary>The knockout ties, in order: a tie may take the winner or loser of an earlier one.</summary>
    public ImmutableArray<TieDefinition> Ties { get; init; } = [];

    /// <summary>The stage's own source of matches (its own window), or <see langword="null"/> for the competition's.</summary>
    public MatchSource? Matches { get; init; }

    /// <summary>The stage's own points scheme, or <see langword="null"/> for the competition's.</summary>
    public PointsScheme? Points { get; init; }

    /// <summary>The stage's own tie-breaker chain, or <see langword="null"/> for the competition's.</summary>
    public TieBreakerChain? TieBreakers { get; init; }

    /// <summary>How the stage's pairings were drawn, when they were; <see langword="null"/> for fixed paths.</summary>
    public DrawDefinition? Draw { get; init; }
}

/// <summary>A final destination that slots name, for example "world-cup" labelled "FIFA World Cup 2026".</summary>
/// <param name="Id">The id slots use.</param>
/// <param name="Label">The label shown.</param>
public sealed record DestinationDefinition(string Id, string Label);

/// <summary>How a draw makes pairings.</summary>
public enum DrawRule
{
    /// <summary>Paths fixed in advance: no draw.</summary>
    Fixed,

    /// <summary>Every pairing equally likely.</summary>
    Random,

    /// <summary>
    /// One team from each pot per group or tie, in pot order; the pots hold the places listed (for example the six best
    /// runners-up of a ranking in pot 1).
    /// </summary>
    SeededPots,

    /// <summary>
    /// As <see cref="SeededPots"/>, but the pots were set by a world ranking at the draw, not by the places: the teams of
    /// every place listed in a pot are pooled, ordered by the FIFA ranking and cut into the pots in order, each pot
    /// keeping its number of places; teams the pots name directly stay in their pot.
    /// </summary>
    RankedPots,
}

/// <summary>A stage's draw: when it was made, by which rule, from which pots. The stage's groups and ties list its result.</summary>
/// <param name="Date">The day of the draw: before it, the pairings are open.</param>
/// <param name="Rule">The rule.</param>
/// <param name="Pots">The pots, in order, each a list of entrants.</param>
/// <param name="Source">Where the draw is described.</param>
public sealed record DrawDefinition(DateOnly Date, DrawRule Rule, ImmutableArray<ImmutableArray<Entrant>> Pots, string? Source);

/// <summary>How often each pair of teams meets in a group.</summary>
public enum GroupFormat
{
    /// <summary>Each pair meets once.</summary>
    SingleRoundRobin,

    /// <summary>Each pair meets twice, home and away.</summary>
    DoubleRoundRobin,

    /// <summary>
    /// No pairing is implied: the group's matches are exactly those listed (inline) or found in the store (for
    /// example a group played as a tournament at one venue where not every pair meets).
    /// </summary>
    Fixtures,
}

/// <summary>A group: its teams, its format, its slots, and (for inline sources) its fixtures.</summary>
/// <param name="Name">The group's name.</param>
/// <param name="Format">How often each pair meets.</param>
/// <param name="Teams">The teams, as the dataset spells them.</param>
/// <param name="Slots">What each final position leads to.</param>
/// <param name="Fixtures">The matches written in the definition (inline sources).</param>
public sealed record GroupDefinition(
    string Name,
    GroupFormat Format,
    ImmutableArray<string> Teams,
    ImmutableArray<SlotRule> Slots,
    ImmutableArray<Match> Fixtures)
{
    /// <summary>
    /// Where each team came from, in the order of <see cref="Teams"/>: named by the definition, or a place filled by an
    /// earlier stage (with the team that filled it).
    /// </summary>
    public ImmutableArray<Entrant> Entrants { get; init; } = [];

    /// <summary>
    /// The number of matches a complete round-robin holds; for <see cref="GroupFormat.Fixtures"/>, the number of
    /// fixtures listed.
    /// </summary>
    public int ExpectedMatchCount => Format switch
    {
        GroupFormat.SingleRoundRobin => Teams.Length * (Teams.Length - 1) / 2,
        GroupFormat.DoubleRoundRobin => Teams.Length * (Teams.Length - 1),
        _ => Fixtures.Length,
    };
}

/// <summary>What a final position leads to.</summary>
public enum SlotKind
{
    /// <summary>Qualified for the final tournament.</summary>
    Qualified,

    /// <summary>Goes on to a playoff (for example the intercontinental playoff).</summary>
    Playoff,

    /// <summary>Goes on to a later stage of the same competition.</summary>
    Advanced,

    /// <summary>Out.</summary>
    Eliminated,
}

/// <summary>Positions <paramref name="From"/>…<paramref name="To"/> (1-based, inclusive) lead to <paramref name="Kind"/>.</summary>
/// <param name="From">The first position covered.</param>
/// <param name="To">The last position covered.</param>
/// <param name="Kind">What those positions lead to.</param>
/// <param name="Label">An optional detail, for example "intercontinental playoff".</param>
public sealed record SlotRule(int From, int To, SlotKind Kind, string? Label)
{
    /// <summary>
    /// For a <see cref="SlotKind.Playoff"/> slot whose play-off has a known opponent (for example the
    /// inter-confederation play-off against the OFC winner): the play-off, so that a forecast can give the
    /// probability of reaching the final tournament. <see langword="null"/> otherwise.
    /// </summary>
    public PlayoffDefinition? Playoff { get; init; }

    /// <summary>The id of the final destination (<see cref="CompetitionDefinition.Destinations"/>) a terminal slot leads to.</summary>
    public string? Destination { get; init; }

    /// <summary>Where an advanced slot leads, in words, for example "Second round".</summary>
    public string? LeadsTo { get; init; }

    /// <summary>The rule covering <paramref name="position"/>, or <see cref="SlotKind.Eliminated"/> if none does.</summary>
    public static SlotRule For(IEnumerable<SlotRule> rules, int position) =>
        rules.FirstOrDefault(s => position >= s.From && position <= s.To)
        ?? new SlotRule(position, position, SlotKind.Eliminated, null);
}

/// <summary>How a play-off is played.</summary>
public enum PlayoffFormat
{
    /// <summary>One match; level after 90 minutes, extra time, then penalties.</summary>
    SingleMatch,

    /// <summary>Two matches, home and away; level on aggregate (and on away goals where they count), extra time in the second leg, then penalties.</summary>
    TwoLegs,
}

/// <summary>Where a play-off is played, seen from the team that reaches the play-off slot.</summary>
public enum PlayoffVenue
{
    /// <summary>One match at a neutral venue (no home advantage).</summary>
    Neutral,

    /// <summary>One match at the team's home.</summary>
    Home,

    /// <summary>One match at the opponent's home.</summary>
    Away,

    /// <summary>Two legs, the team at home in the first.</summary>
    HomeFirst,

    /// <summary>Two legs, the opponent at home in the first.</summary>
    AwayFirst,
}

/// <summary>
/// A play-off against a known opponent that the team in a slot must win to reach the final tournament, for example the
/// inter-confederation play-off of the 2022 World Cup: CONCACAF's fourth against OFC's winner, one match at a neutral
/// venue in Qatar (Costa Rica 1-0 New Zealand, 14 June 2022, Al Rayyan).
/// </summary>
/// <param name="Opponent">The opponent, a dataset name (results.csv).</param>
/// <param name="Format">One match or two legs.</param>
/// <param name="Venue">Where: <see cref="PlayoffVenue.Neutral"/>, <see cref="PlayoffVenue.Home"/> or <see cref="PlayoffVenue.Away"/> for one match; <see cref="PlayoffVenue.HomeFirst"/> or <see cref="PlayoffVenue.AwayFirst"/> for two legs.</param>
/// <param name="AwayGoals">Two legs only: whether away goals break a level aggregate (and, in extra time, the visiting team goes through when both score).</param>
/// <param name="Label">An optional description, for example "v OFC winner".</param>
/// <param name="Source">Where the format and the opponent come from.</param>
public sealed record PlayoffDefinition(string Opponent, PlayoffFormat Format, PlayoffVenue Venue, bool AwayGoals, string? Label, string? Source);

/// <summary>Points deducted from a team.</summary>
public sealed record PointDeduction(string Team, int Points, string Reason);

/// <summary>A result awarded by a decision (for example a forfeit scored 3-0), replacing the score on the pitch.</summary>
public sealed record AwardedResult(DateOnly? Date, string Home, string Away, Score Score, string Reason);

/// <summary>Results against which teams a cross-group ranking discards.</summary>
public enum DiscardRule
{
    /// <summary>Every group match counts.</summary>
    None,

    /// <summary>
    /// Results against teams placed below the size of the smallest group are discarded, so that every team is
    /// compared over the same number of opponents (for example results against the sixth-placed team when other
    /// groups have five teams).
    /// </summary>
    BeyondSmallestGroup,

    /// <summary>Results against the last-placed team of every group are discarded.</summary>
    LastPlaced,
}

/// <summary>
/// A ranking across groups of the teams at one position, for example "best runners-up", with its own criteria
/// (overall criteria only: head-to-head has no meaning across groups) and its own slots by rank.
/// </summary>
public sealed record CrossGroupRanking(string Name, int Position, TieBreakerChain Criteria, DiscardRule Discard, ImmutableArray<SlotRule> Slots)
{
    /// <summary>The names of the groups ranked; empty for every group of the stage.</summary>
    public ImmutableArray<string> Groups { get; init; } = [];

    /// <summary>Where the rule comes from (regulation and article).</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Which group winner meets which ranked team, when the ranking's qualifiers are allocated by a table (the 2026 World
    /// Cup's third-placed teams); <see langword="null"/> otherwise.
    /// </summary>
    public AllocationTable? Allocation { get; init; }

    /// <summary>Whether the ranking orders the teams of <paramref name="group"/>.</summary>
    public bool Covers(string group) => Groups.IsDefaultOrEmpty || Groups.Contains(group, StringComparer.Ordinal);
}

/// <summary>Where a competition's matches come from.</summary>
public abstract record MatchSource;

/// <summary>The fixtures (with or without scores) written in the definition itself.</summary>
public sealed record InlineFixturesSource : MatchSource;

/// <summary>
/// A filter over the history store: matches of <paramref name="Tournament"/> between <paramref name="From"/> and
/// <paramref name="To"/> (inclusive) in which both teams belong to the same group.
/// </summary>
public sealed record HistoryFilterSource(string Tournament, DateOnly From, DateOnly To) : MatchSource;

/// <summary>
/// A rating snapshot carried by a definition for forecasts without the history store: World Football Elo ratings of
/// its teams before <paramref name="AsOf"/>, and the coefficients of an Elo-Poisson goal model.
/// </summary>
/// <param name="AsOf">The ratings are those before any match on this date.</param>
/// <param name="Source">How the figures were obtained.</param>
/// <param name="Elo">Elo rating per team.</param>
/// <param name="EloPoisson">The goal model's coefficients.</param>
public sealed record FallbackRatings(DateOnly AsOf, string Source, ImmutableDictionary<string, double> Elo, EloPoissonCoefficients EloPoisson);

/// <summary>
/// Coefficients of the Elo-Poisson goal model: log λ_home = β₀ + β₁·dr/400 + η_home·h, log μ_away = β₀ − β₁·dr/400 + η_away·h,
/// with h = 1 at a non-neutral venue.
/// </summary>
/// <param name="Intercept">β₀.</param>
/// <param name="RatingSlope">β₁, per 400 rating points.</param>
/// <param name="HomeAdvantage">η_home.</param>
/// <param name="AwayVenueEffect">η_away.</param>
public sealed record EloPoissonCoefficients(double Intercept, double RatingSlope, double HomeAdvantage, double AwayVenueEffect);

/// <summary>
/// A regulation's table allocating the teams that qualify from a ranking across groups to opponents: for each set of
/// groups the qualifiers come from (the key: their one-letter group names in alphabetical order), the group of the team
/// each opponent meets, in the order of <paramref name="Against"/>. For example the FIFA World Cup 26 regulations'
/// annex allocating the eight best third-placed teams to the round of 32 (495 rows).
/// </summary>
/// <param name="Against">The opponents' places, for example "1A" (the winner of group A), in the order of each row.</param>
/// <param name="Rows">Per key, the groups of the teams met, one letter per opponent.</param>
public sealed record AllocationTable(ImmutableArray<string> Against, ImmutableDictionary<string, string> Rows)
{
    /// <summary>Where the table comes from.</summary>
    public string? Source { get; init; }

    /// <summary>The group whose ranked team meets <paramref name="against"/> when the qualifiers come from <paramref name="groups"/>.</summary>
    /// <exception cref="CompetitionDataException">The table has no row for these groups, or no column <paramref name="against"/>.</exception>
    public string GroupMeeting(string against, IEnumerable<string> groups)
    {
        var key = string.Concat(groups.Order(StringComparer.Ordinal));
        var column = Against.IndexOf(against, StringComparer.Ordinal);
        return column >= 0 && Rows.TryGetValue(key, out var row)
            ? row[column].ToString()
            : throw new CompetitionDataException($"the allocation table has no row for groups {key} against {against}");
    }
}
