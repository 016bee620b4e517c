using System.Collections.Immutable;
using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;

namespace Qualify.Domain.Tests.Standings;

/// <summary>
/// Point deductions, from a real one: Ecuador began the CONMEBOL qualifiers for 2026 on -3 points (Court of Arbitration
/// for Sport award of November 2022, the Byron Castillo case). After two matchdays (12 Sep 2023) Ecuador had won
/// 2-1 against Uruguay and lost 1-0 in Argentina: 3 points on the pitch, 0 in the published table.
/// </summary>
public sealed class DeductionTests
{
    private static readonly ImmutableDictionary<string, int> EcuadorDeduction = ImmutableDictionary<string, int>.Empty.Add("Ecuador", 3);

    // The first two matchdays: the ten matches up to 12 Sep 2023.
    private static readonly IReadOnlyList<Match> FirstTwoMatchdays =
        [.. RealGroups.Conmebol2026.Where(m => m.Date <= new DateOnly(2023, 9, 12))];

    [Fact]
    public void Compute_ConmebolAfterTwoMatchdaysWithDeduction_EcuadorDropsBelowTeamsOnOnePoint()
    {
        // Hand calculation after matchday 2: Brazil 6, Argentina 6, Colombia 4, Uruguay 3, Venezuela 3, Paraguay 1,
        // Peru 1, Chile 1, Ecuador 3 - 3 = 0 (2-2, goal difference 0), Bolivia 0 (1-8). Ecuador ninth, above Bolivia
        // on goal difference (0 vs -7).
        var table = StandingsKit.Compute(TieBreakerPresets.Fifa2026Qualifiers, FirstTwoMatchdays, deductions: EcuadorDeduction);

        var ecuador = table.Row("Ecuador");
        Assert.Equal(9, ecuador.Position);
        Assert.Equal(["Chile", "Paraguay", "Peru"], table.Rows.Where(r => r.Position is >= 6 and <= 8).Select(r => r.Team).Order(StringComparer.Ordinal));
        Assert.Equal("goal difference 0 vs -7", ecuador.DecidedBy?.ToString());
    }

    [Fact]
    public void Compute_ConmebolAfterTwoMatchdaysWithDeduction_PointsShowDeductedFigureAndDeductionTheAmount()
    {
        // Ecuador W1 L1: 3 points won, 3 deducted.
        var table = StandingsKit.Compute(TieBreakerPresets.Fifa2026Qualifiers, FirstTwoMatchdays, deductions: EcuadorDeduction);

        var ecuador = table.Row("Ecuador");
        Assert.Equal((1, 0, 1), (ecuador.Won, ecuador.Drawn, ecuador.Lost));
        Assert.Equal(0, ecuador.Points);
        Assert.Equal(3, ecuador.Deduction);
    }

    [Fact]
    public void Compute_ConmebolAfterTwoMatchdaysWithoutDeduction_EcuadorFifth()
    {
        // Without the deduction Ecuador's 3 points (2-2) would tie Uruguay (4-3) and Venezuela (1-1): fifth, below
        // Uruguay on goal difference and above Venezuela on goals scored (2 vs 1). The deduction is what drops it to ninth.
        var table = StandingsKit.Compute(TieBreakerPresets.Fifa2026Qualifiers, FirstTwoMatchdays);

        Assert.Equal(5, table.Row("Ecuador").Position);
        Assert.Equal(0, table.Row("Ecuador").Deduction);
    }

    [Fact]
    public void Build_ConmebolDefinitionWithDeductionAsOfMatchday2_EcuadorNinthOnZeroPoints()
    {
        // The same table through a competition definition: the deduction is data, and the matches after the date are
        // left unplayed.
        var conmebol = new CompetitionDefinition
        {
            Id = "conmebol-2026",
            Name = "CONMEBOL qualifying for the FIFA World Cup 2026",
            TieBreakers = TieBreakerPresets.Fifa2026Qualifiers,
            Matches = new InlineFixturesSource(),
            Deductions = [new PointDeduction("Ecuador", 3, "CAS award, November 2022")],
            Stages =
            [
                new StageDefinition("League", [new GroupDefinition("CONMEBOL", GroupFormat.DoubleRoundRobin,
                    StandingsKit.TeamsOf(RealGroups.Conmebol2026), [], [.. RealGroups.Conmebol2026])], []),
            ],
        };

        var table = CompetitionTableBuilder.Build(conmebol, DefinitionMatches.Instance, new DateOnly(2023, 9, 12)).Stages[0].Groups[0];

        Assert.Equal((9, 0, 3), (table.Row("Ecuador").Position, table.Row("Ecuador").Points, table.Row("Ecuador").Deduction));
        Assert.Equal((10, 80), (table.MatchesPlayed, table.MatchesRemaining));
    }

    [Fact]
    public void Compute_Conmebol2026FinalTableWithDeduction_EcuadorSecondOn29()
    {
        // Published final table: Ecuador 29 pts (W8 D8 L2 = 32, less 3), second behind Argentina 38.
        var table = StandingsKit.Compute(TieBreakerPresets.Fifa2026Qualifiers, RealGroups.Conmebol2026, deductions: EcuadorDeduction);

        var ecuador = table.Row("Ecuador");
        Assert.Equal((2, 29, 3), (ecuador.Position, ecuador.Points, ecuador.Deduction));
    }
}
