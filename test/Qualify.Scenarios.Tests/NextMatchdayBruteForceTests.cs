using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Scenarios.Tests;

/// <summary>
/// The next-matchday analysis against enumeration of every outcome of small 4-team groups: every score 0…G a side of
/// every remaining match, ranked by <c>StandingsCalculator</c> (fair play and lots either way), under the same bound G
/// (no recheck at a larger bound, so that both sides see the same outcomes).
/// </summary>
public sealed class NextMatchdayBruteForceTests
{
    private static readonly string[] Teams = ["A", "B", "C", "D"];

    /// <summary>A 4-team double round robin under <paramref name="chain"/> with random small played scores; dates in fixture order.</summary>
    private static ScenarioProblem RandomGroup(int seed, int remaining, bool twoSlots, string chain)
    {
        var random = new Random(seed);
        var fixtures = new List<Match>();
        foreach (var home in Teams)
        {
            foreach (var away in Teams.Where(t => t != home))
            {
                fixtures.Add(new Match(default, home, away, null, "test", "x", "y", false));
            }
        }

        var day = new DateOnly(2021, 9, 1);
        fixtures = [.. fixtures.OrderBy(_ => random.Next())];
        if (remaining == 2 && fixtures[^2].Involves(fixtures[^1].Home) | fixtures[^2].Involves(fixtures[^1].Away))
        {
            // A last matchday: two matches without a common team, nothing after them.
            var disjoint = fixtures.FindLastIndex(m => !m.Involves(fixtures[^1].Home) && !m.Involves(fixtures[^1].Away));
            (fixtures[disjoint], fixtures[^2]) = (fixtures[^2], fixtures[disjoint]);
        }

        fixtures = [.. fixtures.Select((m, i) => m with { Date = day.AddDays(i / 2) })];
        var played = fixtures.Take(fixtures.Count - remaining).Select(m => m with { Score = new Score(random.Next(3), random.Next(3)) });
        SlotRule[] slots = twoSlots
            ? [new SlotRule(1, 2, SlotKind.Qualified, null), new SlotRule(3, 3, SlotKind.Playoff, null)]
            : [new SlotRule(1, 1, SlotKind.Qualified, null), new SlotRule(2, 2, SlotKind.Playoff, null)];
        return new ScenarioProblem("test", [.. Teams], [.. played], [.. fixtures.Skip(fixtures.Count - remaining)],
            PointsScheme.ThreeOneZero, TieBreakerPresets.All[chain], [.. slots]);
    }

    /// <summary>One outcome of every remaining match: the matchday's goal differences and scores, its combination, each team's range of positions.</summary>
    private sealed record Outcome(int[] Differences, Score[] Scores, int Combination, Dictionary<string, (int From, int To)> Ranges)
    {
        /// <summary>The matchday's scores as a key (the same for every set of later results).</summary>
        public string Key => string.Join(' ', Scores);
    }

    /// <summary>Every outcome: the matchday's goal differences and scores, its combination, and each team's range of positions.</summary>
    private static List<Outcome> Enumerate(ScenarioProblem problem, int goals)
    {
        var matchday = NextMatchdayAnalyzer.NextMatchday(problem);
        var indices = matchday.Select(m => problem.Remaining.IndexOf(m)).ToArray();
        var outcomes = new List<Outcome>();
        var scores = new int[problem.Remaining.Length * 2];
        while (true)
        {
            var results = problem.Remaining.Select((m, i) => m with { Score = new Score(scores[2 * i], scores[(2 * i) + 1]) }).ToList();
            var table = problem.TableWith(results);
            var differences = indices.Select(i => scores[2 * i] - scores[(2 * i) + 1]).ToArray();
            var combination = differences.Aggregate(0, (c, d) => (c * 3) + (d > 0 ? 0 : d == 0 ? 1 : 2));
            outcomes.Add(new Outcome(differences, [.. indices.Select(i => new Score(scores[2 * i], scores[(2 * i) + 1]))], combination,
                problem.Teams.ToDictionary(t => t, t => ScenarioProblem.PositionRange(table, t), StringComparer.Ordinal)));
            var k = 0;
            while (k < scores.Length && scores[k] == goals)
            {
                scores[k++] = 0;
            }

            if (k == scores.Length)
            {
                return outcomes;
            }

            scores[k]++;
        }
    }

    private static bool Settled(Settlement kind, (int From, int To) range, int from, int to) =>
        kind == Settlement.Clinch ? range.From >= from && range.To <= to : range.To < from || range.From > to;

    /// <summary>Whether settling (sa) implies settling (sb), by positions alone, among positions 1…n.</summary>
    private static bool Implies(Settlement ka, int af, int at, Settlement kb, int bf, int bt, int n)
    {
        var a = Enumerable.Range(1, n).Where(p => ka == Settlement.Clinch ? p >= af && p <= at : p < af || p > at).ToHashSet();
        var b = Enumerable.Range(1, n).Where(p => kb == Settlement.Clinch ? p >= bf && p <= bt : p < bf || p > bt).ToHashSet();
        return a.IsSubsetOf(b);
    }

    /// <summary>Random groups under the CONCACAF 2022 chain (head-to-head once, two-team away goals).</summary>
    public static TheoryData<int, int, int, bool, string> Cases()
    {
        var data = new TheoryData<int, int, int, bool, string>();
        for (var seed = 1; seed <= 5; seed++)
        {
            data.Add(seed, 4, 2, seed % 2 == 0, "concacaf-2022");
            data.Add(seed + 100, 3, 3, seed % 2 == 1, "concacaf-2022");
            data.Add(seed + 200, 2, 4, seed % 2 == 0, "concacaf-2022");
        }

        return data;
    }

    /// <summary>
    /// Random groups under the uefa chain (points, then head-to-head re-applied to subsets), seeds chosen so that some
    /// completion is decided by the re-application (<see cref="Analyse_UefaCases_HitReapplication"/>).
    /// </summary>
    public static TheoryData<int, int, int, bool, string> UefaCases() => new()
    {
        { 2, 4, 2, false, "uefa" },
        { 10, 4, 2, true, "uefa" },
        { 105, 3, 3, true, "uefa" },
        { 107, 3, 3, false, "uefa" },
        { 224, 2, 4, false, "uefa" },
    };

    /// <summary>The uefa cases are not vacuous: in each, some completion within the bound is decided by re-applying head-to-head.</summary>
    [Theory]
    [MemberData(nameof(UefaCases))]
    public void Analyse_UefaCases_HitReapplication(int seed, int remaining, int goals, bool twoSlots, string chain) =>
        Assert.True(BruteForce.ReappliedOutcomes(RandomGroup(seed, remaining, twoSlots, chain), goals) > 0, $"seed {seed}: no completion decided by re-application");

    /// <summary>
    /// Statuses per combination, margin rules and printed conditions all agree with enumeration: (1) a combination is
    /// clinched (eliminated) iff every (no) outcome in it puts the team in the slot; (2) a margin rule settles every
    /// outcome of its combination beyond the margin, and an outcome just short of it is not settled (the threshold is
    /// tight); (3) every printed condition settles every outcome that satisfies it; (4) every outcome of a combination
    /// settled for any score satisfies a printed condition that says so or one that implies it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    [MemberData(nameof(UefaCases))]
    public void Analyse_FourTeamGroup_AgreesWithEnumeration(int seed, int remaining, int goals, bool twoSlots, string chain)
    {
        var problem = RandomGroup(seed, remaining, twoSlots, chain);
        var result = NextMatchdayAnalyzer.Analyse(problem, new ScenarioOptions { MaxGoals = goals, VerificationGoals = 0 });
        var outcomes = Enumerate(problem, goals);
        var slots = ScenarioAnalyzer.SlotsOf(problem);
        var n = problem.Teams.Length;
        Assert.Equal(goals, result.MaxGoals);
        foreach (var team in result.Teams)
        {
            for (var si = 0; si < slots.Count; si++)
            {
                var (name, from, to) = slots[si];
                for (var c = 0; c < result.CombinationCount; c++)
                {
                    var inCombination = outcomes.Where(o => o.Combination == c).ToList();
                    var all = inCombination.All(o => Settled(Settlement.Clinch, o.Ranges[team.Team], from, to));
                    var none = inCombination.All(o => Settled(Settlement.Eliminate, o.Ranges[team.Team], from, to));
                    var expected = all ? SlotStatus.Clinched : none ? SlotStatus.Eliminated : SlotStatus.Open;
                    var outcome = team.Combinations[c][si];
                    Assert.True(expected == outcome.Status, $"seed {seed} {team.Team} {name} combination {c}: brute force {expected}, analysis {outcome.Status}");

                    foreach (var rule in outcome.Margins)
                    {
                        int Margin(Outcome o) => Math.Abs(o.Differences[rule.Match]);
                        bool Beyond(int margin) => (rule.AtLeast is { } a && margin >= a) || (rule.AtMost is { } b && margin <= b);
                        Assert.All(inCombination.Where(o => Beyond(Margin(o))), o =>
                            Assert.True(Settled(rule.Kind, o.Ranges[team.Team], from, to), $"seed {seed} {team.Team} {name} {rule}"));
                        var edge = rule.AtLeast is { } least ? least - 1 : rule.AtMost!.Value + 1;
                        Assert.Contains(inCombination, o => Margin(o) == edge && !Settled(rule.Kind, o.Ranges[team.Team], from, to));
                    }
                }
            }

            foreach (var condition in team.Conditions)
            {
                Assert.All(outcomes.Where(o => condition.Holds(o.Differences)), o =>
                    Assert.True(Settled(condition.Kind, o.Ranges[team.Team], condition.From, condition.To), $"seed {seed}: {condition.Text}"));
            }

            for (var si = 0; si < slots.Count; si++)
            {
                var (name, from, to) = slots[si];
                for (var c = 0; c < result.CombinationCount; c++)
                {
                    var status = team.Combinations[c][si].Status;
                    if (status == SlotStatus.Open || team.Now[si].Status != SlotStatus.Open)
                    {
                        continue;
                    }

                    var kind = status == SlotStatus.Clinched ? Settlement.Clinch : Settlement.Eliminate;
                    Assert.All(outcomes.Where(o => o.Combination == c), o => Assert.Contains(team.Conditions, x =>
                        x.Holds(o.Differences) && Implies(x.Kind, x.From, x.To, kind, from, to, n)));
                }
            }
        }
    }

    /// <summary>
    /// Every margin-dependent claim agrees with enumeration: (1) its example settles the slot for every outcome with the
    /// example's scores and the term's results (any later scores); (2) every combination of its term is open as a whole;
    /// (3) for each match whose score it says matters, some outcome with the other example scores, the same result and
    /// another score in that match (another margin, when it says margins) does not settle the slot; (4) every outcome of
    /// the term within its combined margin settles the slot.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    [MemberData(nameof(UefaCases))]
    public void Analyse_FourTeamGroup_MarginDependentClaimsHold(int seed, int remaining, int goals, bool twoSlots, string chain)
    {
        var problem = RandomGroup(seed, remaining, twoSlots, chain);
        var result = NextMatchdayAnalyzer.Analyse(problem, new ScenarioOptions { MaxGoals = goals, VerificationGoals = 0 });
        var outcomes = Enumerate(problem, goals);
        var slots = ScenarioAnalyzer.SlotsOf(problem);
        foreach (var team in result.Teams)
        {
            foreach (var claim in team.MarginDependent)
            {
                var si = slots.ToList().FindIndex(s => s.Name == claim.Slot);
                bool Settles(Outcome o) => Settled(claim.Kind, o.Ranges[team.Team], claim.From, claim.To);
                bool ExampleHolds(Outcome o, int except = -1) => claim.Example.All(e => e.Match == except || o.Scores[e.Match] == e.Score);
                var inTerm = outcomes.Where(o => claim.Holds(o.Differences)).ToList();
                var withExample = inTerm.Where(o => ExampleHolds(o)).ToList();

                Assert.NotEmpty(withExample);
                Assert.All(withExample, o => Assert.True(Settles(o), $"seed {seed}: {claim.Text}: {o.Key} does not settle"));
                Assert.All(inTerm.Select(o => o.Combination).Distinct(), c => Assert.Equal(SlotStatus.Open, team.Combinations[c][si].Status));
                Assert.All(inTerm.GroupBy(o => o.Combination), g => Assert.Contains(g, o => !Settles(o)));
                foreach (var m in claim.Matches)
                {
                    var example = claim.Example.Single(e => e.Match == m).Score;
                    Assert.Contains(inTerm, o => ExampleHolds(o, m) && o.Scores[m] != example && !Settles(o)
                        && (!claim.Margins || Math.Abs(o.Differences[m]) != Math.Abs(example.Home - example.Away)));
                }

                if (claim.CombinedAtLeast is not null || claim.CombinedAtMost is not null)
                {
                    int Combined(Outcome o) => claim.Matches.Sum(m => Math.Abs(o.Differences[m]));
                    Assert.All(inTerm.Where(o => Combined(o) >= (claim.CombinedAtLeast ?? int.MaxValue) || Combined(o) <= (claim.CombinedAtMost ?? int.MinValue)),
                        o => Assert.True(Settles(o), $"seed {seed}: {claim.Text}: {o.Key}"));
                }
            }
        }
    }

    /// <summary>
    /// Completeness within the bound: every matchday score vector that settles a slot open now whatever the later scores
    /// (enumerated), and that no printed condition saying so (or saying something that implies it) covers, lies in the
    /// term of a margin-dependent claim for that slot or for one that implies it. When matches follow the matchday, the search
    /// needs one set of later results per proposal it rejects, and stops at its budget (8 per slot by default), saying so
    /// (<c>MarginDependentComplete</c> false) rather than claiming completeness; the cases here need at most 6, so every search
    /// runs to the end (a final INFEASIBLE) and every settling score vector must be said.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    [MemberData(nameof(UefaCases))]
    public void Analyse_FourTeamGroup_EveryScoreThatSettlesIsSaid(int seed, int remaining, int goals, bool twoSlots, string chain)
    {
        var problem = RandomGroup(seed, remaining, twoSlots, chain);
        var result = NextMatchdayAnalyzer.Analyse(problem, new ScenarioOptions { MaxGoals = goals, VerificationGoals = 0 });
        Assert.All(result.Teams, t => Assert.True(t.MarginDependentComplete, $"seed {seed}: {t.Team}'s search stopped early"));
        var byScores = Enumerate(problem, goals).GroupBy(o => o.Key).ToList();
        var slots = ScenarioAnalyzer.SlotsOf(problem);
        var n = problem.Teams.Length;
        foreach (var team in result.Teams)
        {
            for (var si = 0; si < slots.Count; si++)
            {
                var (name, from, to) = slots[si];
                if (team.Now[si].Status != SlotStatus.Open)
                {
                    continue;
                }

                foreach (var kind in (Settlement[])[Settlement.Clinch, Settlement.Eliminate])
                {
                    foreach (var group in byScores.Where(g => g.All(o => Settled(kind, o.Ranges[team.Team], from, to))))
                    {
                        var differences = group.First().Differences;
                        var said = team.Conditions.Any(x => x.Holds(differences) && Implies(x.Kind, x.From, x.To, kind, from, to, n))
                            || team.MarginDependent.Any(x => x.Holds(differences) && Implies(x.Kind, x.From, x.To, kind, from, to, n));
                        Assert.True(said, $"seed {seed}: {team.Team} {kind} {name} settled by {group.Key}, not said");
                    }
                }
            }
        }
    }

    /// <summary>
    /// The cases above are not vacuous: between them they print conditions, use margin rules, and make margin-dependent claims
    /// (with matches after the matchday too, with a combined margin, and where goals rather than margins matter).
    /// </summary>
    [Fact]
    public void Analyse_BruteForceCases_ExerciseConditionsAndMargins()
    {
        var results = Cases().Select(row => (object[])row)
            .Select(c => NextMatchdayAnalyzer.Analyse(RandomGroup((int)c[0], (int)c[1], (bool)c[3], (string)c[4]), new ScenarioOptions { MaxGoals = (int)c[2], VerificationGoals = 0 }))
            .ToList();

        Assert.True(results.Sum(r => r.Teams.Sum(t => t.Conditions.Length)) >= 10);
        Assert.True(results.Sum(r => r.Teams.Sum(t => t.Combinations.Sum(c => c.Sum(s => s.Margins.Length)))) >= 10);
        Assert.Contains(results, r => r.Teams.Any(t => t.Conditions.Any(c => c.Terms.Any(x => x.Literals.Any(l => l.Min is > 1 || l.Max is < -1)))));
        Assert.True(results.Sum(r => r.Teams.Sum(t => t.MarginDependent.Length)) >= 5);
        Assert.Contains(results, r => r.MatchesAfter > 0 && r.Teams.Any(t => !t.MarginDependent.IsEmpty));
        Assert.Contains(results, r => r.Teams.Any(t => t.MarginDependent.Any(c => c.CombinedAtLeast is not null || c.CombinedAtMost is not null)));
        Assert.Contains(results, r => r.Teams.Any(t => t.MarginDependent.Any(c => !c.Margins)));
    }
}
