using Qualify.Domain.Matches;
using Qualify.Simulation;
using Qualify.Testing;

namespace Qualify.Application.Tests;

/// <summary>
/// <see cref="ForecastService.ParseFix"/>: a what-if "Home g-g Away" against the teams of the built-in
/// <c>concacaf-2022</c> definition (Canada, Mexico, United States, Panama, Costa Rica, Jamaica, El Salvador, Honduras).
/// </summary>
public sealed class ForecastFixParsingTests
{
    private static readonly Domain.Competitions.CompetitionDefinition Octagon =
        CompetitionCatalog.FromFolders([TestPaths.CompetitionsFolder]).Find("concacaf-2022");

    [Fact]
    public void ParseFix_HomeScoreAway_ResolvesTeamsAndScore()
    {
        Assert.Equal(new FixedResult("Canada", "Mexico", new Score(2, 1)), ForecastService.ParseFix("Canada 2-1 Mexico", Octagon));
    }

    [Fact]
    public void ParseFix_EnDashAndSpaces_Accepted()
    {
        // The pattern allows an en dash and spaces around it (ForecastService.FixPattern).
        Assert.Equal(new FixedResult("Costa Rica", "El Salvador", new Score(0, 0)), ForecastService.ParseFix("  Costa Rica 0 – 0 El Salvador ", Octagon));
    }

    [Fact]
    public void ParseFix_Alias_ResolvesToTheDefinitionsName()
    {
        // "USA" is a built-in alias of United States (TeamAliases).
        Assert.Equal("United States", ForecastService.ParseFix("USA 1-0 Panama", Octagon).Home);
    }

    [Fact]
    public void ParseFix_NoScore_ThrowsShowingTheForm()
    {
        var error = Assert.Throws<UserInputException>(() => ForecastService.ParseFix("Canada beat Mexico", Octagon));

        Assert.Equal("--fix: 'Canada beat Mexico' is not of the form \"Home 2-1 Away\" (home team first)", error.Message);
    }

    [Fact]
    public void ParseFix_SameTeamTwice_ThrowsNamingIt()
    {
        var error = Assert.Throws<UserInputException>(() => ForecastService.ParseFix("Canada 1-0 Canada", Octagon));

        Assert.Equal("--fix: 'Canada 1-0 Canada' names Canada twice", error.Message);
    }

    [Fact]
    public void ParseFix_TeamOutsideTheCompetition_Throws()
    {
        // Brazil is not one of the eight teams of the final round.
        var error = Assert.Throws<UserInputException>(() => ForecastService.ParseFix("Brazil 1-0 Canada", Octagon));

        Assert.StartsWith("--fix: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Brazil", error.Message, StringComparison.Ordinal);
    }
}
