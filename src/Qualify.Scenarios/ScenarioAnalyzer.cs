using System.Collections.Immutable;
using Google.OrTools.Sat;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;

namespace Qualify.Scenarios;

/// <summary>Whether a slot is settled for a team.</summary>
public enum SlotStatus
{
    /// <summary>The team finishes in the slot whatever the remaining results, scores and drawing of lots.</summary>
    Clinched,

    /// <summary>No remaining results, scores or drawing of lots put the team in the slot.</summary>
    Eliminated,

    /// <summary>Some results put the team in the slot and others keep it out.</summary>
    Open,
}

/// <summary>How much to search: the goal bound and the solver's parameters.</summary>
public sealed record ScenarioOptions
{
    /// <summary>
    /// The most goals one side may score in one remaining match, 0 or more; default 12. Answers are rechecked at
    /// <see cref="VerificationGoals"/>, and the bound is raised automatically when that changes any answer
    /// (see docs/scenarios.md).
    /// </summary>
    public int MaxGoals { get; init; } = 12;

    /// <summary>The larger bound at which every proven (clinched or eliminated) answer is rechecked; default 4 × <see cref="MaxGoals"/>; 0 turns the recheck off.</summary>
    public int? VerificationGoals { get; init; }

    /// <summary>Whether to check every witness against the reference table (<c>StandingsCalculator</c>); default on.</summary>
    public bool CheckWitnesses { get; init; } = true;

    /// <summary>
    /// For the next matchday (<see cref="NextMatchdayAnalyzer"/>): how many counter-examples (later results that break a
    /// proposal, each with the sets of later results it brings) the search for scores that settle a slot only together may
    /// collect per team and slot before it stops (and says it stopped); default 12. With no match after the matchday none is
    /// needed and the search is always complete.
    /// </summary>
    public int MarginSearchRounds { get; init; } = 12;

    /// <summary>CP-SAT parameters; default one worker per query, queries run in parallel across teams.</summary>
    public string SolverParameters { get; init; } = "num_workers:1";
}

/// <summary>A set of results for the remaining fixtures and where they leave the team.</summary>
/// <param name="From">The best position these results allow the team (drawing of lots going its way).</param>
/// <param name="To">The worst position these results allow it (drawing of lots going against it); equal to <paramref name="From"/> unless a tie reaches the drawing of lots.</param>
/// <param name="Results">Every remaining fixture with a score.</param>
public sealed record Witness(int From, int To, ImmutableArray<Match> Results);

/// <summary>One slot's answer for one team.</summary>
/// <param name="Name">The slot's name: "qualified", "playoff", "playoffOrBetter", …</param>
/// <param name="From">The slot's first position.</param>
/// <param name="To">The slot's last position.</param>
/// <param name="Status">Clinched, eliminated or open.</param>
/// <param name="Proof">For clinched or eliminated: the solver's proof, for example "best position 1 proven OPTIMAL, worst 3 proven OPTIMAL".</param>
/// <param name="Witness">For open: results that put the team in the slot.</param>
/// <param name="CounterWitness">For open: results that keep the team out of the slot.</param>
public sealed record SlotScenario(string Name, int From, int To, SlotStatus Status, string? Proof, Witness? Witness, Witness? CounterWitness);

/// <summary>One team's exact range of final positions and its slot answers.</summary>
/// <param name="Team">The team.</param>
/// <param name="BestPosition">Its best possible final position.</param>
/// <param name="WorstPosition">Its worst possible final position.</param>
/// <param name="Best">Results giving the best position.</param>
/// <param name="Worst">Results giving the worst position.</param>
/// <param name="Slots">Its answer for each slot.</param>
public sealed record TeamScenario(string Team, int BestPosition, int WorstPosition, Witness Best, Witness Worst, ImmutableArray<SlotScenario> Slots);

/// <summary>A group's exact scenarios.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="MatchesRemaining">How many fixtures are still to play.</param>
/// <param name="MaxGoals">The goal bound the answers were proven under.</param>
/// <param name="Teams">One entry per team, in the group's order.</param>
public sealed record GroupScenarios(string Group, int MatchesRemaining, int MaxGoals, ImmutableArray<TeamScenario> Teams)
{
    /// <summary>The stage the group belongs to (<see cref="ScenarioProblem.Stage"/>).</summary>
    public string? Stage { get; init; }
}

/// <summary>
/// Exact clinch and elimination analysis of a group with Google OR-Tools CP-SAT: for each team, its best and worst
/// final position (optimised and proven OPTIMAL), and for each slot whether it is clinched, lost or open. Every open
/// answer carries witnesses, each checked against the reference ranking (<c>StandingsCalculator</c>). Every criterion of
/// the chain is encoded exactly (head-to-head re-applied to subsets, fair play as the definition's constants) except the
/// drawing of lots, which is taken to go either way, as its result cannot be known in advance.
/// </summary>
public static class ScenarioAnalyzer
{
    /// <summary>
    /// The slots analysed: each slot rule that is not elimination, plus "X or better" for every slot after the first. A
    /// slot is named by its kind ("qualified", "playoff", "advanced"); where two rules share a kind (the 2026 World Cup's
    /// positions 1-2 advance to the round of 32 and position 3 to the ranking of third-placed teams) each name carries its
    /// positions ("advanced1-2", "advanced3"), so that every name is unique.
    /// </summary>
    public static IReadOnlyList<(string Name, int From, int To)> SlotsOf(ScenarioProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return SlotsOfRules(problem.Slots);
    }

    /// <summary>The slots analysed among <paramref name="slotRules"/> (of a group or a ranking across groups): each that is not elimination, plus "X or better" for every slot after the first.</summary>
    public static IReadOnlyList<(string Name, int From, int To)> SlotsOfRules(IEnumerable<SlotRule> slotRules)
    {
        ArgumentNullException.ThrowIfNull(slotRules);
        var rules = slotRules.Where(s => s.Kind != SlotKind.Eliminated).OrderBy(s => s.From).ToList();
        var shared = rules.GroupBy(r => r.Kind).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        string NameOf(SlotRule rule) => shared.Contains(rule.Kind)
            ? Name(rule.Kind) + (rule.From == rule.To ? $"{rule.From}" : $"{rule.From}-{rule.To}")
            : Name(rule.Kind);

        var slots = new List<(string, int, int)>();
        for (var i = 0; i < rules.Count; i++)
        {
            slots.Add((NameOf(rules[i]), rules[i].From, rules[i].To));
            if (i > 0)
            {
                slots.Add((NameOf(rules[i]) + "OrBetter", rules[0].From, rules[i].To));
            }
        }

        return slots;
    }

    private static string Name(SlotKind kind) => kind switch
    {
        SlotKind.Qualified => "qualified",
        SlotKind.Playoff => "playoff",
        SlotKind.Advanced => "advanced",
        _ => "eliminated",
    };

    /// <summary>Analyses every team of <paramref name="problem"/>.</summary>
    public static GroupScenarios Analyse(ScenarioProblem problem, ScenarioOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new ScenarioOptions();
        var bound = options.MaxGoals;
        var verification = options.VerificationGoals ?? bound * 4;
        while (true)
        {
            var teams = AnalyseAt(problem, options, bound, null);
            if (verification <= bound)
            {
                return new GroupScenarios(problem.Group, problem.Remaining.Length, bound, teams) { Stage = problem.Stage };
            }

            // Recheck at the larger bound: any proven answer that changes means the bound was too small.
            // Witnesses found under the smaller bound stay valid; only the proofs are redone.
            var check = AnalyseAt(problem, options with { CheckWitnesses = false }, verification, teams);
            if (teams.Zip(check).All(p => p.First.BestPosition == p.Second.BestPosition && p.First.WorstPosition == p.Second.WorstPosition
                && p.First.Slots.Select(s => s.Status).SequenceEqual(p.Second.Slots.Select(s => s.Status))))
            {
                return new GroupScenarios(problem.Group, problem.Remaining.Length, bound, teams) { Stage = problem.Stage };
            }

            bound = verification;
            verification *= 4;
        }
    }

    private static ImmutableArray<TeamScenario> AnalyseAt(ScenarioProblem problem, ScenarioOptions options, int bound, ImmutableArray<TeamScenario>? previous)
    {
        var teams = problem.Teams;
        var model = new ScenarioModel(problem, bound);
        var relaxations = ScenarioModel.Relaxations(problem, bound, ModelScope.Points, ModelScope.FirstApplication);
        var settings = new SolverSettings(options.SolverParameters);
        var slots = SlotsOf(problem);
        var results = new TeamScenario[teams.Length];
        Parallel.For(0, teams.Length, t => results[t] = AnalyseTeam(problem, model, relaxations, settings, slots, t, options.CheckWitnesses, bound, previous?[t]));
        return [.. results];
    }

    private static TeamScenario AnalyseTeam(ScenarioProblem problem, ScenarioModel model, IReadOnlyList<ScenarioModel> relaxations, SolverSettings settings, IReadOnlyList<(string Name, int From, int To)> slots, int focal, bool check, int bound, TeamScenario? previous)
    {
        var analysis = new TeamAnalysis(problem, model, relaxations, settings, focal, check, new WitnessSearch(problem, bound, focal + 1));
        var best = analysis.Best(previous?.Best);
        var worst = analysis.Worst(previous?.Worst);
        var answers = ImmutableArray.CreateBuilder<SlotScenario>(slots.Count);
        foreach (var (name, from, to) in slots)
        {
            answers.Add(analysis.Slot(name, from, to, best, worst, previous));
        }

        return new TeamScenario(problem.Teams[focal], best.Witness.From, worst.Witness.To, best.Witness, worst.Witness, answers.MoveToImmutable());
    }

    /// <summary>
    /// One team's analysis at one bound: its best and worst positions, then each slot, each proven. The relaxations (points
    /// only; the chain before head-to-head is re-applied) go before the exact model: an optimum of theirs that a real witness
    /// reaches is optimal, and their INFEASIBLE is a proof.
    /// </summary>
    private sealed class TeamAnalysis(ScenarioProblem problem, ScenarioModel model, IReadOnlyList<ScenarioModel> relaxations, SolverSettings settings, int focal, bool check, WitnessSearch search)
    {
        /// <summary>How many evaluations of the reference table one local search may make.</summary>
        private const int Evaluations = 500;

        private readonly string _team = problem.Teams[focal];
        private readonly int _n = problem.Teams.Length;

        /// <summary>Best position: a witness at position 1 needs no proof; otherwise CP-SAT minimises, hinted by the search.</summary>
        public (Witness Witness, string Proof) Best(Witness? previous)
        {
            var guess = previous ?? search.Search(_team, (from, _) => from, 1, Evaluations).Witness;
            if (guess.From == 1)
            {
                return (guess, "best position 1 reached");
            }

            if (ProvenByRelaxation(QueryKind.Best, guess) is { } proven)
            {
                return proven;
            }

            var witness = ToWitness(problem, _team, Proven(model.Solve(focal, QueryKind.Best, 0, 0, settings, guess), "best position"), check);
            return (witness, $"best position {witness.From} proven OPTIMAL");
        }

        /// <summary>Worst position: a witness at the last position needs no proof; otherwise CP-SAT maximises, hinted by the search.</summary>
        public (Witness Witness, string Proof) Worst(Witness? previous)
        {
            var guess = previous ?? search.Search(_team, (_, to) => -to, -_n, Evaluations).Witness;
            if (guess.To == _n)
            {
                return (guess, $"worst position {_n} reached");
            }

            if (ProvenByRelaxation(QueryKind.Worst, guess) is { } proven)
            {
                return proven;
            }

            var witness = ToWitness(problem, _team, Proven(model.Solve(focal, QueryKind.Worst, 0, 0, settings, guess), "worst position"), check);
            return (witness, $"worst position {witness.To} proven OPTIMAL");
        }

        /// <summary>
        /// The best (worst) position proven by a relaxation: its optimum bounds the exact one, so the search's
        /// <paramref name="guess"/> or the relaxation's own results, replayed through the reference table, reaching it are optimal.
        /// </summary>
        private (Witness Witness, string Proof)? ProvenByRelaxation(QueryKind kind, Witness guess)
        {
            var (what, position) = kind == QueryKind.Best ? ("best", (Func<Witness, int>)(w => w.From)) : ("worst", w => w.To);
            foreach (var relaxation in relaxations)
            {
                if (relaxation.Solve(focal, kind, 0, 0, settings) is not { Status: CpSolverStatus.Optimal } answer)
                {
                    continue;
                }

                var optimum = kind == QueryKind.Best ? answer.From : answer.To;
                foreach (var witness in (Witness[])[guess, Replay(answer)])
                {
                    if (position(witness) == optimum)
                    {
                        return (witness, $"{what} position {optimum} reached and proven OPTIMAL{relaxation.ProofSuffix}");
                    }
                }
            }

            return null;
        }

        /// <summary>The results of <paramref name="answer"/> with the positions the reference table gives them: a witness by construction.</summary>
        private Witness Replay(QueryAnswer answer)
        {
            var (from, to) = ScenarioProblem.PositionRange(problem.TableWith(answer.Results), _team);
            return new Witness(from, to, [.. answer.Results]);
        }

        /// <summary>A slot: clinched or eliminated by the best and worst positions, else open with witnesses inside and outside.</summary>
        public SlotScenario Slot(string name, int from, int to, (Witness Witness, string Proof) best, (Witness Witness, string Proof) worst, TeamScenario? previous)
        {
            var (bestPosition, worstPosition) = (best.Witness.From, worst.Witness.To);
            if (bestPosition >= from && worstPosition <= to)
            {
                return new SlotScenario(name, from, to, SlotStatus.Clinched, best.Proof + "; " + worst.Proof, null, null);
            }

            if (bestPosition > to || worstPosition < from)
            {
                return new SlotScenario(name, from, to, SlotStatus.Eliminated, bestPosition > to ? best.Proof : worst.Proof, null, null);
            }

            var outside = bestPosition < from ? best.Witness : worst.Witness;
            var inside = Overlaps(best.Witness, from, to) ? best.Witness : Overlaps(worst.Witness, from, to) ? worst.Witness : null;
            inside ??= previous?.Slots.Single(p => p.Name == name).Witness;
            return inside is not null
                ? new SlotScenario(name, from, to, SlotStatus.Open, null, inside, outside)
                : FindInside(name, from, to, outside, best.Proof + "; " + worst.Proof);
        }

        /// <summary>A witness inside the slot from the local search or CP-SAT, or the proof that there is none.</summary>
        private SlotScenario FindInside(string name, int from, int to, Witness outside, string proofs)
        {
            var (guess, distance) = search.Search(_team, (f, t) => Math.Max(0, f - to) + Math.Max(0, from - t), 0, Evaluations);
            if (distance == 0)
            {
                return new SlotScenario(name, from, to, SlotStatus.Open, null, guess, outside);
            }

            foreach (var relaxation in relaxations)
            {
                var relaxed = relaxation.Solve(focal, QueryKind.Within, from, to, settings);
                if (relaxed.Status == CpSolverStatus.Infeasible)
                {
                    return new SlotScenario(name, from, to, SlotStatus.Eliminated, $"positions {from}-{to} proven INFEASIBLE{relaxation.ProofSuffix} ({proofs})", null, null);
                }

                if (relaxed.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible && Replay(relaxed) is { } real && Overlaps(real, from, to))
                {
                    return new SlotScenario(name, from, to, SlotStatus.Open, null, real, outside);
                }
            }

            var within = model.Solve(focal, QueryKind.Within, from, to, settings, guess);
            return within.Status switch
            {
                CpSolverStatus.Optimal or CpSolverStatus.Feasible => new SlotScenario(name, from, to, SlotStatus.Open, null, ToWitness(problem, _team, within, check), outside),
                CpSolverStatus.Infeasible => new SlotScenario(name, from, to, SlotStatus.Eliminated, $"positions {from}-{to} proven INFEASIBLE ({proofs})", null, null),
                _ => throw new InvalidOperationException($"CP-SAT returned {within.Status} for {_team} in positions {from}-{to}"),
            };
        }
    }

    private static bool Overlaps(Witness w, int from, int to) => w.From <= to && w.To >= from;

    private static QueryAnswer Proven(QueryAnswer answer, string what) =>
        answer.Status == CpSolverStatus.Optimal
            ? answer
            : throw new InvalidOperationException($"CP-SAT did not prove the {what}: {answer.Status}");

    private static Witness ToWitness(ScenarioProblem problem, string team, QueryAnswer answer, bool check)
    {
        var witness = new Witness(answer.From, answer.To, [.. answer.Results]);
        if (check)
        {
            var range = ScenarioProblem.PositionRange(problem.TableWith(witness.Results), team);
            if (range != (witness.From, witness.To))
            {
                throw new InvalidOperationException(
                    $"witness for {team} claims positions {witness.From}-{witness.To} but the reference table gives {range.From}-{range.To}");
            }
        }

        return witness;
    }
}
