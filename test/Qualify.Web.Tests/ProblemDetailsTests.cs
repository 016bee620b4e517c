using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Qualify.Application;
using Qualify.Web.Api;

namespace Qualify.Web.Tests;

/// <summary>
/// Errors are RFC 9457 problem details (<c>application/problem+json</c>) with the status of docs/web.md and, as
/// <c>detail</c>, the one line the CLI prints after <c>error: </c> for the same request.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ProblemDetailsTests(WebFixture web)
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public void Table_UnknownCompetition_Is404WithTheCliMessage()
    {
        var api = web.Get("/api/competitions/concacaf-2021/table");

        Assert.Equal(404, api.Status);
        Assert.Equal(ProblemJson, api.MediaType);
        Assert.Equal(CliError("table", "concacaf-2021"), api.Detail);
        Assert.Contains("did you mean 'concacaf-2022'", api.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Competition_UnknownId_Is404()
    {
        var api = web.Get("/api/competitions/nowhere-2030");

        Assert.Equal(404, api.Status);
        Assert.Equal(ProblemJson, api.MediaType);
        Assert.StartsWith("unknown competition 'nowhere-2030'", api.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Team_UnknownTeamInPath_Is404WithTheCliMessage()
    {
        var api = web.Get("/api/teams/Atlantis");

        Assert.Equal(404, api.Status);
        Assert.Equal(CliError("team", "Atlantis"), api.Detail);
    }

    [Fact]
    public void Records_UnknownTeamInQuery_Is400()
    {
        // The resource (records) exists; the value of a parameter is wrong.
        var api = web.Get("/api/records?team=Atlantis");

        Assert.Equal(400, api.Status);
        Assert.Equal(CliError("records", "--team", "Atlantis"), api.Detail);
    }

    [Fact]
    public void Table_ImpossibleDate_Is400WithTheCliMessage()
    {
        var api = web.Get("/api/competitions/concacaf-2022/table?as-of=2021-02-30");

        Assert.Equal(400, api.Status);
        Assert.Equal(ProblemJson, api.MediaType);
        Assert.Equal("--as-of: '2021-02-30' is not a real date (expected yyyy-MM-dd, e.g. 2021-11-17)", api.Detail);
        Assert.Equal(CliError("table", "concacaf-2022", "--as-of", "2021-02-30"), api.Detail);
    }

    [Fact]
    public void Forecast_TooManySimulations_Is400WithTheCliMessage()
    {
        var api = web.Get("/api/competitions/concacaf-2022/forecast?sims=10000001");

        Assert.Equal(400, api.Status);
        Assert.Equal(CliError("forecast", "concacaf-2022", "--sims", "10000001"), api.Detail);
    }

    [Fact]
    public void Forecast_UnknownModel_Is400WithTheCliMessage()
    {
        var api = web.Get("/api/competitions/concacaf-2022/forecast?model=coin-toss");

        Assert.Equal(400, api.Status);
        Assert.Equal(CliError("forecast", "concacaf-2022", "--model", "coin-toss"), api.Detail);
    }

    [Fact]
    public void Forecast_FixOfAPlayedMatch_Is400WithTheCliMessage()
    {
        // Canada 1-1 Mexico was played on 2021-09-07 (results.csv): it cannot be fixed as of 2021-11-17.
        var api = web.Get("/api/competitions/concacaf-2022/forecast?as-of=2021-11-17&sims=10&fix=Canada%202-0%20Mexico");

        Assert.Equal(400, api.Status);
        Assert.Equal(CliError("forecast", "concacaf-2022", "--as-of", "2021-11-17", "--sims", "10", "--fix", "Canada 2-0 Mexico"), api.Detail);
    }

    [Fact]
    public void Ratings_HistoryWithoutTeam_Is400WithTheCliMessage()
    {
        var api = web.Get("/api/ratings?history=true");

        Assert.Equal(400, api.Status);
        Assert.Equal(CliError("ratings", "--history"), api.Detail);
    }

    [Fact]
    public void HeadToHead_SinceAfterBefore_Is400WithTheCliMessage()
    {
        var api = web.Get("/api/h2h/Canada/Mexico?since=2020-01-01&before=2019-01-01");

        Assert.Equal(400, api.Status);
        Assert.Equal(CliError("h2h", "Canada", "Mexico", "--since", "2020-01-01", "--before", "2019-01-01"), api.Detail);
    }

    [Fact]
    public void HeadToHead_AmbiguousTeam_Is400()
    {
        // "Ireland" can mean Northern Ireland or the Republic of Ireland: nothing is picked silently.
        var api = web.Get("/api/h2h/Ireland/Wales");

        Assert.Equal(400, api.Status);
        Assert.Equal(CliError("h2h", "Ireland", "Wales"), api.Detail);
    }

    [Fact]
    public void Table_UnknownParameter_Is400NamingIt()
    {
        var api = web.Get("/api/competitions/concacaf-2022/table?asof=2021-11-17");

        Assert.Equal(400, api.Status);
        Assert.Equal("unknown parameter 'asof' (this endpoint takes as-of)", api.Detail);
    }

    [Fact]
    public void Table_ParameterGivenTwice_Is400()
    {
        var api = web.Get("/api/competitions/concacaf-2022/table?as-of=2021-11-17&as-of=2021-11-18");

        Assert.Equal(400, api.Status);
        Assert.Equal("as-of: given 2 times; give it once", api.Detail);
    }

    [Fact]
    public void Ratings_FlagNotABoolean_Is400()
    {
        var api = web.Get("/api/ratings?team=Canada&history=yes");

        Assert.Equal(400, api.Status);
        Assert.Equal("--history: 'yes' is not true or false", api.Detail);
    }

    [Fact]
    public void UnknownRoute_Is404ProblemDetails()
    {
        var api = web.Get("/api/standings");

        Assert.Equal(404, api.Status);
        Assert.Equal(ProblemJson, api.MediaType);
    }

    [Fact]
    public void UnknownPage_Is404HtmlPageSayingWhatThePagesAre()
    {
        var page = web.Get("/standings");

        Assert.Equal(404, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("error: no page at /standings (the pages: /, /competitions/ID, /teams/NAME, /ratings; the API: /api/docs)", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Teams_PostgreSqlServerNotReachable_Is503NamingTheDatabaseNotThePassword()
    {
        // Port 1 on loopback: nothing listens there. The store is named without its password (HistoryStoreOptions).
        const string store = "Host=127.0.0.1;Port=1;Database=qualify;Username=web;Password=s3cret-Pa55;Timeout=3";
        using var factory = new QualifyFactory(store);
        using var client = factory.CreateClient();

        var api = Api.Get(client, "/api/teams");

        Assert.Equal((503, ProblemJson), (api.Status, api.MediaType));
        Assert.StartsWith("history store postgresql://web@127.0.0.1:1/qualify: cannot connect (", api.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", api.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_PostgreSqlServerNotReachable_ExitsWithOneLineNamingTheDatabase()
    {
        const string store = "Host=127.0.0.1;Port=1;Database=qualify;Username=web;Password=s3cret-Pa55;Timeout=3";

        var cli = Cli.Run(new Dictionary<string, string>(), "teams", "--db", store);

        Assert.Equal(2, cli.ExitCode);
        Assert.StartsWith("error: history store postgresql://web@127.0.0.1:1/qualify: cannot connect (", cli.Error, StringComparison.Ordinal);
        Assert.Single(cli.Error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("s3cret", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_HistoryCompetitionOnAnEmptyStore_Is422WithTheCliMessage()
    {
        using var folder = Testing.TestPaths.CreateTemporaryFolder();
        var empty = folder.File("none/history.db");
        using var factory = new QualifyFactory(empty);
        using var client = factory.CreateClient();

        var api = Api.Get(client, "/api/competitions/conmebol-2026/table");

        Assert.Equal(422, api.Status);
        Assert.Equal(ProblemJson, api.MediaType);
        var cli = Cli.Run(new Dictionary<string, string> { ["QUALIFY_DB"] = empty }, "table", "conmebol-2026");
        Assert.Equal(cli.Error.TrimEnd('\n'), "error: " + api.Detail);
    }

    [Fact]
    public void For_UnsupportedCase_Is422()
    {
        var problem = ApiProblems.For(UserInputException.Unsupported("the solver does not encode this chain"), new RouteValueDictionary());

        Assert.Equal(StatusCodes.Status422UnprocessableEntity, Assert.IsAssignableFrom<IStatusCodeHttpResult>(problem).StatusCode);
    }

    [Fact]
    public void For_Bug_IsLeftToTheExceptionHandler()
    {
        Assert.Null(ApiProblems.For(new InvalidOperationException("a bug"), new RouteValueDictionary()));
    }

    [Fact]
    public void Table_BugInAService_Is500WithoutStackTrace()
    {
        using var factory = new FailingStoreFactory();
        using var client = factory.CreateClient();

        var api = Api.Get(client, "/api/competitions/conmebol-2026/table");

        Assert.Equal(500, api.Status);
        Assert.Equal(ProblemJson, api.MediaType);
        Assert.Equal(ApiProblems.InternalError, api.Detail);
        Assert.DoesNotContain("at Qualify", api.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("store exploded", api.Body, StringComparison.Ordinal);
    }

    /// <summary>The CLI's error line for <paramref name="args"/> without its <c>error: </c> prefix.</summary>
    private string CliError(params string[] args)
    {
        var cli = web.RunCli(args);
        Assert.Equal(2, cli.ExitCode);
        Assert.StartsWith("error: ", cli.Error, StringComparison.Ordinal);
        return cli.Error["error: ".Length..].TrimEnd('\n');
    }
}
