using Qualify.Domain.Competitions;
using Qualify.Domain.Matches;
using Qualify.Domain.Standings;
using Qualify.Testing;

namespace Qualify.Domain.Tests.Stages;

/// <summary>
/// <see cref="GroupProgress"/>: what is played, left and missing in a group, the one rule that tables, forecasts and
/// scenarios share. Hand-built three-team groups; the counts follow from the format (a double round-robin of three teams
/// holds six matches, two per pair).
/// </summary>
public sealed class GroupProgressTests
{
    private static readonly HistoryFilterSource Window = new("FIFA World Cup qualification", new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31));

    private static (CompetitionDefinition Competition, StageDefinition Stage, GroupDefinition Group) Define(GroupFormat format = GroupFormat.DoubleRoundRobin, params AwardedResult[] decisions)
    {
        var group = new GroupDefinition("G", format, ["A", "B", "C"], [], []);
        var stage = new StageDefinition("Round", [group], []);
        var competition = new CompetitionDefinition
        {
            Id = "x",
            Name = "x",
            TieBreakers = TieBreakerPresets.Overall3,
            Stages = [stage],
            Matches = Window,
            Decisions = [.. decisions],
        };
        return (competition, stage, group);
    }

    private static readonly Match[] FourPlayed =
    [
        MatchBuilder.Played("2021-03-01", "A", 1, 0, "B"),
        MatchBuilder.Played("2021-03-05", "B", 2, 2, "A"),
        MatchBuilder.Played("2021-06-01", "A", 0, 1, "C"),
        MatchBuilder.Played("2021-06-05", "C", 1, 1, "A"),
    ];

    [Fact]
    public void Of_PairMetTwiceWithTheSameHomeTeam_OwesNoReturnMatch()
    {
        // B and C met twice, both with B designated at home (a home match played at the opponent's ground): the pair's
        // two meetings are done, so nothing is left but the played six.
        var (competition, stage, group) = Define();
        var all = FourPlayed.Concat([MatchBuilder.Played("2021-09-01", "B", 0, 0, "C"), MatchBuilder.Played("2021-09-05", "B", 1, 0, "C")]).ToList();

        var progress = GroupProgress.Of(competition, stage, group, all, new DateOnly(2021, 10, 1));

        Assert.Equal((6, 0, 0), (progress.Counted.Length, progress.Remaining.Length, progress.Missing.Length));
    }

    [Fact]
    public void Of_OwedPairsWhileTheWindowIsOpen_RemainAtTheWindowsEnd()
    {
        // B-C owes both meetings; the window runs to 31 Dec 2021, after the as-of date: two remaining matches, dated 31 Dec.
        var (competition, stage, group) = Define();

        var progress = GroupProgress.Of(competition, stage, group, FourPlayed, new DateOnly(2021, 7, 1));

        Assert.Equal(["2021-12-31 B v C", "2021-12-31 C v B"], progress.Remaining.Select(m => m.ToString()));
        Assert.Empty(progress.Missing);
    }

    [Fact]
    public void Of_OwedPairsAfterTheWindowEnded_AreMissingNotRemaining()
    {
        // As of 2022: the window has ended, so B-C's two meetings are reported by name and never simulated.
        var (competition, stage, group) = Define();

        var progress = GroupProgress.Of(competition, stage, group, FourPlayed, new DateOnly(2022, 1, 15));

        Assert.Empty(progress.Remaining);
        Assert.Equal(["B v C (group G)", "C v B (group G)"], progress.Missing.Select(m => m.ToString()));
    }

    [Fact]
    public void Of_FixtureListGroup_OwesNothing()
    {
        var (competition, stage, group) = Define(GroupFormat.Fixtures);

        var progress = GroupProgress.Of(competition, stage, group, FourPlayed, new DateOnly(2022, 1, 15));

        Assert.Equal((4, 0, 0), (progress.Counted.Length, progress.Remaining.Length, progress.Missing.Length));
    }

    [Fact]
    public void Of_ScheduledMatchAfterTheDate_RemainsWithItsOwnDate()
    {
        var (competition, stage, group) = Define(GroupFormat.SingleRoundRobin);
        var all = new[] { MatchBuilder.Played("2021-03-01", "A", 1, 0, "B"), MatchBuilder.Played("2021-06-01", "A", 0, 1, "C"), MatchBuilder.Played("2021-09-01", "B", 2, 0, "C") };

        var progress = GroupProgress.Of(competition, stage, group, all, new DateOnly(2021, 7, 1));

        Assert.Equal(["2021-09-01 B v C"], progress.Remaining.Select(m => m.ToString()));
    }

    [Fact]
    public void Of_AwardedResultTheDataLacks_CountsAsAMatch()
    {
        // A forfeit the dataset does not hold (for example CAF 2026 group E, where awarded matches were never played):
        // the decision adds the match with its awarded score.
        var award = new AwardedResult(new DateOnly(2021, 9, 1), "B", "C", new Score(3, 0), "awarded: C withdrew");
        var (competition, stage, group) = Define(GroupFormat.SingleRoundRobin, award);
        var all = new[] { MatchBuilder.Played("2021-03-01", "A", 1, 0, "B"), MatchBuilder.Played("2021-06-01", "A", 0, 1, "C") };

        var progress = GroupProgress.Of(competition, stage, group, all, new DateOnly(2021, 10, 1));

        Assert.Contains(progress.Counted, m => m.ToString() == "2021-09-01 B 3-0 C");
        Assert.Equal((3, 0), (progress.Counted.Length, progress.Remaining.Length));
    }
}
