using Qualify.Application;
using Qualify.Domain.Standings;
using Qualify.Scenarios;

namespace Qualify.Contracts;

/// <summary>
/// The JSON document of <c>qualify scenarios --format json</c>: each team's exact best and worst positions, each
/// slot's status with the solver's proof or witnesses, by group and then as one list of teams.
/// </summary>
internal sealed record ScenariosDocument(
    string Competition,
    string? AsOf,
    string Method,
    IReadOnlyList<ScenarioGroupDocument> Groups,
    IReadOnlyList<ScenarioTeamSummaryDocument> Teams,
    IReadOnlyList<RankingScenariosDocument> Rankings,
    IReadOnlyList<UnknownGroup> NotAnalysed)
{
    private const string SolverMethod = "CP-SAT (Google OR-Tools) with fair play and lots going either way";

    public static ScenariosDocument From(ScenarioReport report) => new(
        report.Competition.Id,
        Dates.Text(report.AsOf),
        SolverMethod,
        [.. report.Groups.Select(g => new ScenarioGroupDocument(g.Stage, g.Group, g.MatchesRemaining, g.MaxGoals, [.. g.Teams.Select(ScenarioTeamDocument.From)]))],
        [.. report.Groups.SelectMany(g => g.Teams).Select(ScenarioTeamSummaryDocument.From)],
        [.. report.Rankings.Select(RankingScenariosDocument.From)],
        report.NotAnalysed);
}

/// <summary>A ranking across groups: the position ranked, how many groups, the goal bound, the criteria compared and each team that can finish at the position.</summary>
internal sealed record RankingScenariosDocument(string Ranking, int Position, int GroupsRanked, int MaxGoals, IReadOnlyList<string> Criteria, IReadOnlyList<RankedTeamDocument> Teams)
{
    public static RankingScenariosDocument From(RankingScenarios r) => new(
        r.Ranking.Name, r.Ranking.Position, r.GroupsRanked, r.MaxGoals,
        [.. r.Criteria.Select(c => TieBreakText.Label(TieBreakScope.Overall, c))],
        [.. r.Teams.Select(RankedTeamDocument.From)]);
}

/// <summary>A team in a ranking: its group, whether it surely finishes at the position, its best and worst rank, slot statuses, proofs and witnesses.</summary>
internal sealed record RankedTeamDocument(
    string Team,
    string Group,
    bool SurelyAtPosition,
    int BestRank,
    int WorstRank,
    IReadOnlyDictionary<string, string> Slots,
    IReadOnlyDictionary<string, string?> Proofs,
    IReadOnlyDictionary<string, RankingWitnessesDocument> Witnesses)
{
    public static RankedTeamDocument From(RankedTeamScenario t) => new(
        t.Team,
        t.Group,
        t.SurelyAtPosition,
        t.BestRank,
        t.WorstRank,
        t.Slots.ToDictionary(s => s.Name, s => StatusText.Name(s.Status)),
        t.Slots.Where(s => s.Proof is not null).ToDictionary(s => s.Name, s => s.Proof),
        t.Slots.Where(s => s.Witness is not null).ToDictionary(s => s.Name, s => new RankingWitnessesDocument(
            RankingWitnessDocument.From(s.Witness!), s.CounterWitness is null ? null : RankingWitnessDocument.From(s.CounterWitness))));
}

/// <summary>Results that put the team in the ranking slot, and results that keep it out.</summary>
internal sealed record RankingWitnessesDocument(RankingWitnessDocument InSlot, RankingWitnessDocument? OutOfSlot);

/// <summary>
/// A completion of the remaining matches of every ranked group and the ranks it gives the team (a range when lots decide);
/// <c>rankFrom</c>/<c>rankTo</c> are <see langword="null"/> when it leaves the team away from the ranked position of its group
/// (only its group's results are then given).
/// </summary>
internal sealed record RankingWitnessDocument(int? RankFrom, int? RankTo, IReadOnlyList<WitnessResultDocument> Results)
{
    public static RankingWitnessDocument From(RankingWitness w) => new(
        w.From, w.To, [.. w.Results.Select(m => new WitnessResultDocument(Dates.Text(m.Date), m.Home, m.Away, m.Score!.Value.ToString()))]);
}

/// <summary>A group with its stage: matches left, the goal bound per side searched, and its teams.</summary>
internal sealed record ScenarioGroupDocument(string? Stage, string Group, int MatchesRemaining, int MaxGoals, IReadOnlyList<ScenarioTeamDocument> Teams);

/// <summary>A team in its group: positions, slot statuses, the proofs of settled slots and the witnesses of each slot.</summary>
internal sealed record ScenarioTeamDocument(
    string Team,
    int BestPosition,
    int WorstPosition,
    IReadOnlyDictionary<string, string> Slots,
    IReadOnlyDictionary<string, string?> Proofs,
    IReadOnlyDictionary<string, SlotWitnessesDocument> Witnesses)
{
    public static ScenarioTeamDocument From(TeamScenario t) => new(
        t.Team,
        t.BestPosition,
        t.WorstPosition,
        SlotStatuses(t),
        t.Slots.Where(s => s.Proof is not null).ToDictionary(s => s.Name, s => s.Proof),
        t.Slots.Where(s => s.Witness is not null).ToDictionary(s => s.Name, s => new SlotWitnessesDocument(
            WitnessDocument.From(s.Witness!), s.CounterWitness is null ? null : WitnessDocument.From(s.CounterWitness))));

    /// <summary>Each slot's status by name, in the slots' order.</summary>
    public static Dictionary<string, string> SlotStatuses(TeamScenario t) => t.Slots.ToDictionary(s => s.Name, s => StatusText.Name(s.Status));
}

/// <summary>A team in the flat list: positions, slot statuses and one witness of each reachable slot.</summary>
internal sealed record ScenarioTeamSummaryDocument(
    string Team,
    int BestPosition,
    int WorstPosition,
    IReadOnlyDictionary<string, string> Slots,
    IReadOnlyDictionary<string, WitnessDocument> Witnesses)
{
    public static ScenarioTeamSummaryDocument From(TeamScenario t) => new(
        t.Team,
        t.BestPosition,
        t.WorstPosition,
        ScenarioTeamDocument.SlotStatuses(t),
        t.Slots.Where(s => s.Witness is not null).ToDictionary(s => s.Name, s => WitnessDocument.From(s.Witness!)));
}

/// <summary>Results that put the team in the slot, and (when it is not clinched) results that keep it out.</summary>
internal sealed record SlotWitnessesDocument(WitnessDocument InSlot, WitnessDocument? OutOfSlot);

/// <summary>A completion of the remaining matches and the positions it gives the team (a range when fair play or lots decide).</summary>
internal sealed record WitnessDocument(int PositionFrom, int PositionTo, IReadOnlyList<WitnessResultDocument> Results)
{
    public static WitnessDocument From(Witness w) => new(
        w.From, w.To, [.. w.Results.Select(m => new WitnessResultDocument(Dates.Text(m.Date), m.Home, m.Away, m.Score!.Value.ToString()))]);
}

/// <summary>One result of a witness, with its score as "home-away".</summary>
internal sealed record WitnessResultDocument(string Date, string Home, string Away, string Score);

/// <summary>Slot statuses as printed and serialised.</summary>
internal static class StatusText
{
    public static string Name(SlotStatus status) => status switch
    {
        SlotStatus.Clinched => "clinched",
        SlotStatus.Eliminated => "eliminated",
        _ => "open",
    };
}
