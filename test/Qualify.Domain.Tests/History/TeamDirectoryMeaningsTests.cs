using Qualify.Domain.Teams;
using static Qualify.Domain.Tests.History.HistoryKit;

namespace Qualify.Domain.Tests.History;

/// <summary>
/// What a typed name can mean. Former names from former_names.csv: line 24
/// "Northern Ireland,Ireland,1882-02-18,1956-04-11" and line 11 "DR Congo,Zaïre,1971-01-10,1997-04-27".
/// </summary>
public sealed class TeamDirectoryMeaningsTests
{
    private static readonly TeamDirectory Directory = new(
        ["Northern Ireland", "Republic of Ireland", "DR Congo", "Congo", "United States", "England"],
        [
            new FormerName("Northern Ireland", "Ireland", Day("1882-02-18"), Day("1956-04-11")),
            new FormerName("DR Congo", "Zaïre", Day("1971-01-10"), Day("1997-04-27")),
        ]);

    [Fact]
    public void Meanings_FormerNameOfOneTeamAndAliasOfAnother_BothTeams()
    {
        Assert.Equal(["Northern Ireland", "Republic of Ireland"], Directory.Meanings("Ireland"));
    }

    [Fact]
    public void Meanings_FormerNameAndBuiltInAliasOfTheSameTeam_OneTeam()
    {
        // "Zaire" is also a built-in alias of DR Congo; accents are ignored.
        Assert.Equal(["DR Congo"], Directory.Meanings("zaire"));
    }

    [Fact]
    public void Meanings_CurrentName_OnlyThatTeam()
    {
        Assert.Equal(["Congo"], Directory.Meanings("Congo"));
    }

    [Fact]
    public void Meanings_Alias_TheTeamItNames()
    {
        Assert.Equal(["United States"], Directory.Meanings("USA"));
    }

    [Fact]
    public void Meanings_UnknownName_Nothing()
    {
        Assert.Empty(Directory.Meanings("Atlantis"));
    }

    [Fact]
    public void Resolve_AmbiguousName_ThrowsWithBothTeams()
    {
        var error = Assert.Throws<AmbiguousNameException>(() => Directory.Resolve("Ireland"));

        Assert.Equal(["Northern Ireland", "Republic of Ireland"], error.Candidates);
    }

    [Fact]
    public void Resolve_FormerNameOfOneTeam_ThatTeam()
    {
        Assert.Equal("DR Congo", Directory.Resolve("Zaire"));
    }
}
