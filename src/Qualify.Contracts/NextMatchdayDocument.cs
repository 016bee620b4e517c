using Qualify.Application;
using Qualify.Domain.Matches;
using Qualify.Scenarios;

namespace Qualify.Contracts;

/// <summary>
/// The JSON document of <c>qualify scenarios --next --format json</c> (documented in docs/json.md, "--next"): for each
/// group, what the next matchday can settle for each team, and with <c>--combinations</c> every win/draw/loss
/// combination (otherwise <see langword="null"/>).
/// </summary>
internal sealed record NextMatchdayDocument(string Competition, string? AsOf, string Method, IReadOnlyList<NextGroupDocument> Groups, IReadOnlyList<string> RankingsNotAnalysed, IReadOnlyList<UnknownGroup> NotAnalysed)
{
    private const string SearchMethod =
        "every win/draw/loss combination of the next matchday, each proven with CP-SAT (Google OR-Tools) with the later matches open; fair play and lots go either way";

    public static NextMatchdayDocument From(NextMatchdayReport report, bool combinations) => new(
        report.Competition.Id, Dates.Text(report.AsOf), SearchMethod, [.. report.Groups.Select(g => NextGroupDocument.From(g, combinations))], report.RankingsNotAnalysed, report.NotAnalysed);
}

/// <summary>A group with its stage: the goal bound, the matches after the matchday, the matchday's matches, its teams and its combinations.</summary>
internal sealed record NextGroupDocument(
    string? Stage,
    string Group,
    int MaxGoals,
    int MatchesAfter,
    int CombinationCount,
    IReadOnlyList<MatchdayMatchDocument> Matchday,
    IReadOnlyList<NextTeamDocument> Teams,
    IReadOnlyList<CombinationDocument>? Combinations)
{
    public static NextGroupDocument From(NextMatchdayScenarios g, bool combinations)
    {
        var words = new NextMatchdayWording(g);
        return new(
            g.Stage,
            g.Group,
            g.MaxGoals,
            g.MatchesAfter,
            g.CombinationCount,
            [.. g.Matchday.Select((m, i) => new MatchdayMatchDocument(i, Dates.Text(m.Date), m.Home, m.Away))],
            [.. g.Teams.Select(t => NextTeamDocument.From(t, g, words))],
            combinations ? [.. Enumerable.Range(0, g.CombinationCount).Select(c => CombinationDocument.From(g, c, words))] : null);
    }
}

/// <summary>A match of the next matchday, by its index.</summary>
internal sealed record MatchdayMatchDocument(int Match, string Date, string Home, string Away);

/// <summary>A team now, and what the matchday can settle for it (outright, or depending on the goal margins).</summary>
internal sealed record NextTeamDocument(
    string Team,
    int Position,
    int Points,
    IReadOnlyDictionary<string, string> Now,
    string? Summary,
    IReadOnlyList<ConditionDocument> Conditions,
    bool MarginDependentComplete,
    IReadOnlyList<MarginDependentDocument> MarginDependent)
{
    public static NextTeamDocument From(TeamNextMatchday t, NextMatchdayScenarios g, NextMatchdayWording words) => new(
        t.Team,
        t.Position,
        t.Points,
        t.Now.ToDictionary(s => s.Slot, s => StatusText.Name(s.Status)),
        ConditionText.Summary(t, g.Slots),
        [.. t.Conditions.Select(c => new ConditionDocument(
            c.Slot, c.From, c.To, NextMatchdayWording.Kind(c.Kind), c.Text, [.. c.Terms.Select(term => words.Literals(term, t.Team))]))],
        t.MarginDependentComplete,
        [.. t.MarginDependent.Select(c => MarginDependentDocument.From(c, t.Team, g, words))]);
}

/// <summary>Results that settle a slot whatever the scores: any one term (a list of literals that must all hold).</summary>
internal sealed record ConditionDocument(
    string Slot, int PositionFrom, int PositionTo, string Kind, string Text, IReadOnlyList<IReadOnlyList<LiteralDocument>> Terms);

/// <summary>A result of one match as a range of goal differences (home − away; <see langword="null"/> for no bound), in words.</summary>
internal sealed record LiteralDocument(int Match, string Home, string Away, int? MinDifference, int? MaxDifference, string Text);

/// <summary>Results that settle a slot for some scores only, with an example and (for two matches) a combined margin.</summary>
internal sealed record MarginDependentDocument(
    string Slot,
    int PositionFrom,
    int PositionTo,
    string Kind,
    string Text,
    IReadOnlyList<IReadOnlyList<LiteralDocument>> Terms,
    IReadOnlyList<int> Matches,
    bool Margins,
    IReadOnlyList<ExampleScoreDocument> Example,
    CombinedMarginDocument? CombinedMargin)
{
    public static MarginDependentDocument From(MarginDependentCondition c, string team, NextMatchdayScenarios g, NextMatchdayWording words) => new(
        c.Slot,
        c.From,
        c.To,
        NextMatchdayWording.Kind(c.Kind),
        c.Text,
        [words.Literals(c.Term, team)],
        [.. c.Matches],
        c.Margins,
        [.. c.Example.Select(e => new ExampleScoreDocument(e.Match, g.Matchday[e.Match].Home, g.Matchday[e.Match].Away, e.Score.Home, e.Score.Away))],
        c.CombinedAtLeast is null && c.CombinedAtMost is null ? null : new CombinedMarginDocument(c.CombinedAtLeast, c.CombinedAtMost));
}

/// <summary>A score of the example.</summary>
internal sealed record ExampleScoreDocument(int Match, string Home, string Away, int HomeGoals, int AwayGoals);

/// <summary>The combined winning margin over two matches that settles the slot.</summary>
internal sealed record CombinedMarginDocument(int? AtLeast, int? AtMost);

/// <summary>One win/draw/loss combination: its results, the open slots it settles, and the margins that settle others.</summary>
internal sealed record CombinationDocument(
    int Combination, IReadOnlyList<string> Results, IReadOnlyList<SettledDocument> Settled, IReadOnlyList<CombinationMarginDocument> Margins)
{
    public static CombinationDocument From(NextMatchdayScenarios g, int c, NextMatchdayWording words)
    {
        var outcomes = g.Outcomes(c);
        var open = g.Teams.SelectMany(t => t.Combinations[c].Select((s, si) => (t, s, si))
            .Where(x => x.t.Now[x.si].Status == SlotStatus.Open)).ToList();
        return new(
            c,
            [.. outcomes.Select(o => o switch
            {
                MatchOutcome.HomeWin => "homeWin",
                MatchOutcome.Draw => "draw",
                _ => "awayWin",
            })],
            [.. open.Where(x => x.s.Status != SlotStatus.Open).Select(x => new SettledDocument(x.t.Team, x.s.Slot, StatusText.Name(x.s.Status)))],
            [.. open.SelectMany(x => x.s.Margins.Select(r => new CombinationMarginDocument(
                x.t.Team, x.s.Slot, NextMatchdayWording.Kind(r.Kind), r.Match, r.AtLeast, r.AtMost, words.Margin(x.t.Team, r, outcomes))))]);
    }
}

/// <summary>A slot open now that the combination settles whatever the scores.</summary>
internal sealed record SettledDocument(string Team, string Slot, string Status);

/// <summary>A margin that settles a slot within the combination, in words.</summary>
internal sealed record CombinationMarginDocument(string Team, string Slot, string Kind, int Match, int? AtLeast, int? AtMost, string Text);

/// <summary>The words of a group's next matchday shared by the JSON document and the console view.</summary>
internal sealed class NextMatchdayWording(NextMatchdayScenarios group)
{
    private readonly Dictionary<string, int> _positions = group.Teams.ToDictionary(t => t.Team, t => t.Position, StringComparer.Ordinal);

    /// <summary>"clinch" or "eliminate".</summary>
    public static string Kind(Settlement kind) => kind == Settlement.Clinch ? "clinch" : "eliminate";

    /// <summary>A term's literals as the JSON lists them, each with its wording from <paramref name="team"/>'s side.</summary>
    public IReadOnlyList<LiteralDocument> Literals(ConditionTerm term, string team) =>
        [.. term.Literals.Select(l => new LiteralDocument(
            l.Match, group.Matchday[l.Match].Home, group.Matchday[l.Match].Away, l.Min, l.Max, ConditionText.Literal(team, l, group.Matchday, _positions)))];

    /// <summary>A margin rule of a combination in words, from <paramref name="team"/>'s side.</summary>
    public string Margin(string team, MarginRule rule, IReadOnlyList<MatchOutcome> outcomes) =>
        ConditionText.Literal(team, LiteralOf(rule, outcomes[rule.Match]), group.Matchday, _positions);

    /// <summary>The literal a margin rule stands for, within its combination (goal difference home − away).</summary>
    private static ResultLiteral LiteralOf(MarginRule rule, MatchOutcome outcome)
    {
        var home = outcome == MatchOutcome.HomeWin;
        return rule.AtLeast is { } least
            ? (home ? new ResultLiteral(rule.Match, least, null) : new ResultLiteral(rule.Match, null, -least))
            : (home ? new ResultLiteral(rule.Match, 1, rule.AtMost) : new ResultLiteral(rule.Match, -rule.AtMost, -1));
    }
}
