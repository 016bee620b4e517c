using Qualify.Domain.History;
using Qualify.Domain.Teams;
using static Qualify.Domain.Tests.History.HistoryKit;

namespace Qualify.Domain.Tests.History;

/// <summary>
/// What a typed name can mean. Former names from former_names.csv: line 24
/// "Northern Ireland,Ireland,1882-02-18,1956-04-11" and line 11 "DR Congo,Zaïre,1971-01-10,1997-04-27".
/// </summary>
public sealed class TeamNameMeaningsTests
{
    private static readonly TeamDirectory Directory = new(
        ["Northern Ireland", "Republic of Ireland", "DR Congo", "Congo", "United States", "England"],
        [
            new FormerName("Northern Ireland", "Ireland", Day("1882-02-18"), Day("1956-04-11")),
            new FormerName("DR Congo", "Zaïre", Day("1971-01-10"), Day("1997-04-27")),
        ]);

    [Fact]
    public void Of_FormerNameOfOneTeamAndAliasOfAnother_BothTeams()
    {
        Assert.Equal(["Northern Ireland", "Republic of Ireland"], TeamNameMeanings.Of(Directory, "Ireland"));
    }

    [Fact]
    public void Of_FormerNameAndBuiltInAliasOfTheSameTeam_OneTeam()
    {
        // "Zaire" is also a built-in alias of DR Congo; accents are ignored.
        Assert.Equal(["DR Congo"], TeamNameMeanings.Of(Directory, "zaire"));
    }

    [Fact]
    public void Of_CurrentName_OnlyThatTeam()
    {
        Assert.Equal(["Congo"], TeamNameMeanings.Of(Directory, "Congo"));
    }

    [Fact]
    public void Of_Alias_TheTeamItNames()
    {
        Assert.Equal(["United States"], TeamNameMeanings.Of(Directory, "USA"));
    }

    [Fact]
    public void Of_UnknownName_Nothing()
    {
        Assert.Empty(TeamNameMeanings.Of(Directory, "Atlantis"));
    }
}
