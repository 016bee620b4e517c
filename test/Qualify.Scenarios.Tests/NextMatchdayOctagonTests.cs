using Qualify.Domain.Matches;

namespace Qualify.Scenarios.Tests;

/// <summary>
/// The next matchday of the CONCACAF 2022 final round, checked against the real tables (concacaf-2022.json, which
/// matches results.csv) and by hand.
/// </summary>
/// <remarks>
/// <para>
/// Table as of 26 March 2022 (12 of 14 matchdays played; left: 27 and 30 March): Canada 25 pts (GD +13), United States 22 (+9),
/// Mexico 22 (+6), Costa Rica 19 (+2), Panama 18 (+1), El Salvador 10, Jamaica 8, Honduras 4. On 27 March: El Salvador v
/// Costa Rica, Canada v Jamaica, Honduras v Mexico, United States v Panama; on 30 March: Mexico v El Salvador, Costa
/// Rica v United States, Panama v Canada, Jamaica v Honduras.
/// </para>
/// <para>
/// Hand proof that Canada clinch 1st-3rd if they do not lose to Jamaica, or Costa Rica do not beat El Salvador, or the
/// United States do not beat Panama, and only then. Canada drop to 4th only if three teams finish above them. (a) A
/// win gives Canada 28: only the United States and Mexico (22 + 6) can reach 28; Costa Rica reach 25 at most, Panama
/// 24. (b) A draw gives 26: again only the United States and Mexico can pass. (c) Canada lose: they finish on 25 or
/// 28; Costa Rica can only pass them with two wins (25), Panama cannot reach 25 (18 + 3 + 3 = 24 with wins over the
/// United States and Canada). If Costa Rica do not beat El Salvador, they have 23 at most: at most two teams above. If
/// the United States do not beat Panama they have 26 at most, and Costa Rica, who need to beat them to reach 25, would
/// leave them on 23: still at most two teams at 25 or more besides Canada. (d) If Canada lose, Costa Rica win and the
/// United States win, then Canada can lose again on 30 March (25) with the United States (25), Costa Rica (25, beating
/// the US) and Mexico (28) level or above: heavy defeats drop Canada's goal difference below them, so 4th is possible.
/// Real result: Canada beat Jamaica 4-0 on 27 March and qualified.
/// </para>
/// <para>
/// Table as of 28 March 2022 (one matchday left, 30 March): Canada 28 (+17), United States 25 (+13, 21 goals), Mexico
/// 25 (+7, 15 goals), Costa Rica 22 (+3, 11 goals), Panama 18. Panama can reach 21 only, so the top four are settled;
/// Canada (28) stay above Costa Rica and hold 3rd or better. The order of the US, Mexico and Costa Rica decides 3rd/4th:
/// Costa Rica reach 25 only by beating the United States, by e goals: GD +3 + e against +13 − e, so Costa Rica pass the
/// US when e ≥ 6 (e = 5 leaves both on +8, and the US then lead on goals: 21 + u against 11 + u + 5). Mexico stay ahead
/// of both with a draw or a win (26 or more). If Mexico lose by x, Mexico (+7 − x) are above Costa Rica when
/// 7 − x &gt; 3 + e, and below them when e + x ≥ 5; above the US only when 7 − x &gt; 13 − e, that is e ≥ 7 for x = 1.
/// Real result: Costa Rica beat the United States 2-0, Mexico beat El Salvador 2-0: Mexico 2nd, United States 3rd,
/// Costa Rica 4th.
/// </para>
/// <para>
/// Margins together, 28 March 2022. Costa Rica beat the United States by e (scoring u + e to the US's u) and Mexico lose to
/// El Salvador by x (Mexico scoring m): all three finish on 25, Canada (28 or more) 1st, Panama (21 at most) 5th or lower.
/// Goal differences: US 13 − e, Mexico 7 − x, Costa Rica 3 + e; goals: US 21 + u, Mexico 15 + m, Costa Rica 11 + u + e.
/// Costa Rica pass Mexico when e + x ≥ 5 (e + x = 4: level, then goals, 11 + u + e against 15 + m), and pass the US when
/// e ≥ 6; Mexico pass the US when e − x ≥ 7 (e − x = 6: goals, 15 + m against 21 + u). Each team's 3rd or 4th place then
/// depends on two margins together, which no single-margin condition says:
/// Costa Rica 3rd when e + x ≥ 5 (2-0 and 0-3: "beat the US by 2 and Mexico lose by 3"; the conditions cover e ≥ 4 or
/// x ≥ 4 only), 4th when e + x ≤ 3; Mexico 3rd when e + x ≤ 3, 4th when e = 4 whatever x (7 − x ≤ 6 &lt; 3 + 4, and
/// 13 − 4 = 9 &gt; 6); the United States 3rd at 7-0 and 0-1 (level with Mexico on +6, ahead on goals, 21 against 15; the
/// conditions cover e ≤ 6 only), 4th at 8-0 and 0-1 (+5 against Mexico's +6 and Costa Rica's +11).
/// </para>
/// </remarks>
[Collection(TimingCollection.Name)]
public sealed class NextMatchdayOctagonTests
{
    private static readonly Lazy<NextMatchdayScenarios> March26 = new(() => NextMatchdayAnalyzer.Analyse(Octagon.At("2022-03-26")));
    private static readonly Lazy<NextMatchdayScenarios> March28 = new(() => NextMatchdayAnalyzer.Analyse(Octagon.At("2022-03-28")));

    private static TeamNextMatchday Team(NextMatchdayScenarios s, string team) => s.Teams.Single(t => t.Team == team);

    private static string Text(NextMatchdayScenarios s, string team, string slot, Settlement kind) =>
        Team(s, team).Conditions.Single(c => c.Slot == slot && c.Kind == kind).Text;

    /// <summary>The goal differences (home − away) of the matchday's real results, from the definition.</summary>
    private static int[] RealDifferences(NextMatchdayScenarios s)
    {
        var played = Octagon.Definition.Stages[0].Groups[0].Fixtures;
        return [.. s.Matchday.Select(m =>
        {
            var score = played.Single(f => f.Date == m.Date && f.Home == m.Home).Score!.Value;
            return score.Home - score.Away;
        })];
    }

    [Fact]
    public void NextMatchday_As26March2022_TheFourMatchesOf27March()
    {
        var matchday = NextMatchdayAnalyzer.NextMatchday(Octagon.At("2022-03-26"));

        Assert.Equal(["El Salvador v Costa Rica", "Canada v Jamaica", "Honduras v Mexico", "United States v Panama"],
            matchday.Select(m => $"{m.Home} v {m.Away}"));
        Assert.All(matchday, m => Assert.Equal(new DateOnly(2022, 3, 27), m.Date));
    }

    /// <summary>The rule stops at the first fixture whose team already plays: B v C on the same date ends the matchday.</summary>
    [Fact]
    public void NextMatchday_TeamTwiceOnTheSameDate_StopsBeforeTheRepeat()
    {
        var day = new DateOnly(2022, 1, 1);
        Match Fixture(string home, string away, int days) => new(day.AddDays(days), home, away, null, "t", "c", "c", false);
        var problem = new ScenarioProblem("g", ["A", "B", "C", "D"], [], [Fixture("A", "B", 0), Fixture("B", "C", 0), Fixture("C", "D", 0)],
            Domain.Competitions.PointsScheme.ThreeOneZero, Domain.Standings.TieBreakerPresets.Concacaf2022, []);

        Assert.Equal(["A v B"], NextMatchdayAnalyzer.NextMatchday(problem).Select(m => $"{m.Home} v {m.Away}"));
    }

    [Fact]
    public void Analyse_As26March2022_CanadaClinchUnlessTheyLoseAndCostaRicaAndTheUnitedStatesWin()
    {
        Assert.Equal("Canada clinch qualification (1st-3rd) if they do not lose to Jamaica, or Costa Rica do not beat El Salvador, or United States do not beat Panama",
            Text(March26.Value, "Canada", "qualified", Settlement.Clinch));
    }

    /// <summary>
    /// 81 combinations; Canada's qualification is clinched in all but the 3 where Canada lose, Costa Rica and the US win
    /// (Honduras v Mexico any result): 78 (hand proof above).
    /// </summary>
    [Fact]
    public void Analyse_As26March2022_CanadaClinchInSeventyEightOfEightyOneCombinations()
    {
        var canada = Team(March26.Value, "Canada");
        var slot = canada.Now.Select(s => s.Slot).ToList().IndexOf("qualified");

        Assert.Equal(81, March26.Value.CombinationCount);
        Assert.Equal(78, canada.Combinations.Count(c => c[slot].Status == SlotStatus.Clinched));
    }

    /// <summary>Canada beat Jamaica 4-0 on 27 March 2022: the condition holds for the real results.</summary>
    [Fact]
    public void Analyse_As26March2022_RealResultsClinchCanada()
    {
        var canada = Team(March26.Value, "Canada").Conditions.Single(c => c.Slot == "qualified" && c.Kind == Settlement.Clinch);

        Assert.True(canada.Holds(RealDifferences(March26.Value)));
    }

    [Fact]
    public void Analyse_As28March2022_UnitedStatesSafeUnlessBeatenBySixOrMore()
    {
        Assert.Equal("United States clinch qualification (1st-3rd) if they do not lose to Costa Rica by 6 goals or more, or they do not lose to Costa Rica by 7 goals or more and Mexico lose to El Salvador",
            Text(March28.Value, "United States", "qualified", Settlement.Clinch));
        Assert.Equal("United States clinch the play-off place (4th) if they lose to Costa Rica by 6 goals or more and Mexico do not lose to El Salvador",
            Text(March28.Value, "United States", "playoff", Settlement.Clinch));
    }

    [Fact]
    public void Analyse_As28March2022_CostaRicaNeedSixGoalsOrHelpFromElSalvador()
    {
        Assert.Equal("Costa Rica clinch qualification (1st-3rd) if they beat United States by 6 goals or more, or they beat United States by 4 goals or more and Mexico lose to El Salvador, or they beat United States and Mexico lose to El Salvador by 4 goals or more",
            Text(March28.Value, "Costa Rica", "qualified", Settlement.Clinch));
        Assert.Equal("Costa Rica clinch the play-off place (4th) if they do not beat United States, or they do not beat United States by 6 goals or more and Mexico do not lose to El Salvador",
            Text(March28.Value, "Costa Rica", "playoff", Settlement.Clinch));
    }

    [Fact]
    public void Analyse_As28March2022_MexicoQualifyUnlessTheyLoseAndTheUnitedStatesLose()
    {
        Assert.Equal("Mexico clinch qualification (1st-3rd) if they do not lose to El Salvador, or United States do not lose to Costa Rica",
            Text(March28.Value, "Mexico", "qualified", Settlement.Clinch));
    }

    private static MarginDependentCondition Claim(NextMatchdayScenarios s, string team, string slot) =>
        Team(s, team).MarginDependent.Single(c => c.Slot == slot);

    /// <summary>"Costa Rica beat the US by 2 and Mexico lose by 3": goal differences (home − away) of Mexico v El Salvador, Costa Rica v United States, and two others.</summary>
    private static readonly int[] TwoAndThree = [-3, 2, 0, 0];

    [Fact]
    public void Analyse_As28March2022_CostaRicaCanAlsoQualifyOnTwoMarginsTogether()
    {
        Assert.Equal("Costa Rica can also clinch qualification (1st-3rd) if they beat United States and Mexico lose to El Salvador, depending on the goal margins in both matches (a combined margin of 5 goals or more is enough; for example Costa Rica 3-0 United States and Mexico 0-2 El Salvador)",
            Claim(March28.Value, "Costa Rica", "qualified").Text);
    }

    /// <summary>Beat the US by 2 and Mexico lose by 3 (e + x = 5, hand proof above) is not covered by Costa Rica's conditions (e ≥ 6, e ≥ 4 with x ≥ 1, or x ≥ 4).</summary>
    [Fact]
    public void Analyse_As28March2022_TwoAndThreeNotCoveredByConditions()
    {
        Assert.DoesNotContain(Team(March28.Value, "Costa Rica").Conditions, c => c.Holds(TwoAndThree));
    }

    /// <summary>Beat the US by 2 and Mexico lose by 3 is in the claim's results, with a combined margin of 2 + 3 = 5, enough by the claim.</summary>
    [Fact]
    public void Analyse_As28March2022_TwoAndThreeWithinTheCombinedMargin()
    {
        var claim = Claim(March28.Value, "Costa Rica", "qualified");

        Assert.True(claim.Holds(TwoAndThree));
        Assert.Equal(5, claim.CombinedAtLeast);
    }

    /// <summary>The reference table with Mexico 0-3 El Salvador and Costa Rica 2-0 United States: Costa Rica (+5, 13 goals) 3rd above Mexico (+4).</summary>
    [Fact]
    public void TableWith_As28March2022_TwoAndThreePutCostaRicaThird()
    {
        var problem = Octagon.At("2022-03-28");
        var results = problem.Remaining.Select(m => m with
        {
            Score = (m.Home, m.Away) switch
            {
                ("Mexico", "El Salvador") => new Score(0, 3),
                ("Costa Rica", "United States") => new Score(2, 0),
                _ => new Score(0, 0),
            },
        });

        Assert.Equal(3, problem.TableWith(results).Rows.Single(r => r.Team == "Costa Rica").Position);
    }

    /// <summary>
    /// Costa Rica beat the United States and Mexico lose: the six statements of the hand proof above, one claim each, for the
    /// United States, Mexico and Costa Rica, 3rd (qualified) or 4th (play-off).
    /// </summary>
    [Fact]
    public void Analyse_As28March2022_MarginsTogetherDecideThirdAndFourthForAllThree()
    {
        var claims = March28.Value.Teams.SelectMany(t => t.MarginDependent.Select(c => $"{t.Team} {c.Slot} {c.Kind}")).Order();

        Assert.Equal(["Costa Rica playoff Clinch", "Costa Rica qualified Clinch", "Mexico playoff Clinch", "Mexico qualified Clinch",
            "United States playoff Clinch", "United States qualified Clinch"], claims);
    }

    /// <summary>Every claim is about Costa Rica beating the United States while Mexico lose (the only three-way tie on 25).</summary>
    [Fact]
    public void Analyse_As28March2022_EveryClaimNeedsCostaRicaToWinAndMexicoToLose()
    {
        Assert.All(March28.Value.Teams.SelectMany(t => t.MarginDependent), c =>
            Assert.Equal([(0, null, -1), (1, 1, null)], c.Term.Literals.Select(l => (l.Match, l.Min, l.Max)).Order()));
    }

    /// <summary>
    /// Each claim's example, played with 0-0 in the two other matches (and Costa Rica 1-0, Mexico 0-1 where the example leaves
    /// them free), ranks its team as claimed in the reference table (<c>StandingsCalculator</c>).
    /// </summary>
    [Fact]
    public void Analyse_As28March2022_ExamplesAgreeWithTheReferenceTable()
    {
        var problem = Octagon.At("2022-03-28");
        foreach (var team in March28.Value.Teams)
        {
            foreach (var claim in team.MarginDependent)
            {
                var results = problem.Remaining.Select(m => m with
                {
                    Score = claim.Example.SingleOrDefault(e => March28.Value.Matchday[e.Match] == m)?.Score
                        ?? (m.Home == "Mexico" ? new Score(0, 1) : m.Home == "Costa Rica" ? new Score(1, 0) : new Score(0, 0)),
                });
                var position = problem.TableWith(results).Rows.Single(r => r.Team == team.Team).Position;

                Assert.True(position >= claim.From && position <= claim.To, $"{claim.Text}: {position}");
            }
        }
    }

    /// <summary>
    /// As of 26 March 2022 four matches follow the matchday, and every open slot turns on goal differences of teams that play
    /// again on 30 March, where margins up to the recheck's 48 goals outweigh any of the matchday's (12 a side): no scores
    /// settle a slot only together, and the search ran to the end (it proves, for every combination, later results that
    /// answer all its scores).
    /// </summary>
    [Fact]
    public void Analyse_As26March2022_NoScoresSettleOnlyTogether()
    {
        Assert.All(March26.Value.Teams, t =>
        {
            Assert.Empty(t.MarginDependent);
            Assert.True(t.MarginDependentComplete);
        });
    }

    /// <summary>Canada (28) had clinched, Panama (18) and below were out: one line each, no conditions.</summary>
    [Fact]
    public void Analyse_As28March2022_DecidedTeamsHaveNoConditions()
    {
        Assert.All(March28.Value.Teams.Where(t => t.Team is "Canada" or "Panama" or "El Salvador" or "Jamaica" or "Honduras"), t =>
        {
            Assert.True(t.Decided);
            Assert.Empty(t.Conditions);
        });
    }

    /// <summary>
    /// Real results of 30 March 2022 (Mexico 2-0 El Salvador, Costa Rica 2-0 United States): every condition that holds
    /// agrees with the final table (Mexico 2nd, United States 3rd, Costa Rica 4th).
    /// </summary>
    [Fact]
    public void Analyse_As28March2022_ConditionsThatHoldAgreeWithTheFinalTable()
    {
        var final = Octagon.At("2022-03-31").TableWith([]);
        var real = RealDifferences(March28.Value);
        foreach (var team in March28.Value.Teams)
        {
            var position = final.Rows.Single(r => r.Team == team.Team).Position;
            foreach (var condition in team.Conditions.Where(c => c.Holds(real)))
            {
                var inSlot = position >= condition.From && position <= condition.To;
                Assert.True(inSlot == (condition.Kind == Settlement.Clinch), $"{condition.Text}: finished {position}");
            }
        }

        Assert.True(Team(March28.Value, "United States").Conditions.Single(c => c.Slot == "qualified").Holds(real));
        Assert.True(Team(March28.Value, "Costa Rica").Conditions.Single(c => c.Slot == "playoff").Holds(real));
    }

    /// <summary>
    /// The combination that really happened on 27 March 2022, as seen on 26 March, agrees with the exact scenarios of
    /// 28 March: a slot it settles is settled then too.
    /// </summary>
    [Fact]
    public void Analyse_As26March2022_RealCombinationAgreesWithScenariosOf28March()
    {
        var real = RealDifferences(March26.Value);
        var combination = real.Aggregate(0, (c, d) => (c * 3) + (d > 0 ? 0 : d == 0 ? 1 : 2));
        var after = ScenarioAnalyzer.Analyse(Octagon.At("2022-03-28"));
        foreach (var team in March26.Value.Teams)
        {
            var later = after.Teams.Single(t => t.Team == team.Team);
            foreach (var slot in team.Combinations[combination].Where(s => s.Status != SlotStatus.Open))
            {
                Assert.Equal(slot.Status, later.Slots.Single(s => s.Name == slot.Slot).Status);
            }
        }
    }

    /// <summary>Its "now" column equals the plain scenarios of the same date.</summary>
    [Fact]
    public void Analyse_As26March2022_NowEqualsScenarios()
    {
        var scenarios = ScenarioAnalyzer.Analyse(Octagon.At("2022-03-26"));
        foreach (var team in March26.Value.Teams)
        {
            Assert.Equal(scenarios.Teams.Single(t => t.Team == team.Team).Slots.Select(s => s.Status), team.Now.Select(s => s.Status));
        }
    }
}
