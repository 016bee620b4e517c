using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Qualify.Application;
using Qualify.Contracts;
using Qualify.Scenarios;

namespace Qualify.Web.Api;

/// <summary>
/// The REST API under <c>/api</c> (docs/web.md): one endpoint per CLI command that answers a question, each taking the
/// command's options as query parameters of the same names (<c>--as-of</c> is <c>as-of</c>), checking them with the
/// same checks (<see cref="InputValues"/>), calling the same service and writing the same document.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>Maps every endpoint of the API.</summary>
    public static IEndpointRouteBuilder MapQualifyApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").AddEndpointFilterFactory(ApiFilter.Create)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        var competitions = api.MapGroup("/competitions").WithTags("Competitions");
        competitions.MapGet("/", Competitions).WithName("competitions")
            .WithSummary("The competitions that can be named, and the definition files that cannot be used (qualify competitions).");
        var competition = competitions.MapGroup("/{competition}")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        competition.MapGet("/", Competition).WithName("competition")
            .WithSummary("One competition: its format, source, window, points and tie-breakers.");
        competition.MapGet("/table", Table).WithName("table")
            .WithSummary("The tables at a date under the official tie-breakers (qualify table).");
        competition.MapGet("/forecast", Forecast).WithName("forecast").RequireComputeTurn()
            .WithSummary("Monte Carlo odds of every position and slot, with what-if fixes (qualify forecast).");
        competition.MapGet("/forecast/timeline", Timeline).WithName("forecast-timeline").RequireComputeTurn()
            .WithSummary("The chance of the competition's best slot for each team, re-forecast as of each matchday (qualify forecast --timeline).");
        competition.MapGet("/scenarios", Scenarios).WithName("scenarios").RequireComputeTurn()
            .WithSummary("Exact best and worst positions, and the slots each team has clinched, lost or still open (qualify scenarios).");
        competition.MapGet("/scenarios/next", NextMatchday).WithName("scenarios-next").RequireComputeTurn()
            .WithSummary("What the next matchday can settle, per team, in words (qualify scenarios --next).");
        competition.MapPost("/results", WriteResult).WithName("write-result").Accepts<ResultWriteBody>("application/json")
            .Produces<WrittenResultDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Adds or corrects a result (both goals) or a fixture (no goals); needs the API key in the X-Api-Key header (docs/web.md, Writes).");
        competition.MapDelete("/results", RemoveResult).WithName("remove-result")
            .Produces<WrittenResultDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Removes a written result or fixture, so that the known match counts again; needs the API key (docs/web.md, Writes).");

        // Every history endpoint reads the store: 422 until it is imported; a team named in the path may be unknown (404).
        var history = api.MapGroup("/").WithTags("History").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        history.MapGet("/teams", Teams).WithName("teams")
            .WithSummary("Known teams and their former names (qualify teams).");
        history.MapGet("/teams/{team}", Team).WithName("team").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A team's record, biggest wins and defeats, longest runs, World Cup finals and top scorers (qualify team).");
        history.MapGet("/h2h/{teamA}/{teamB}", HeadToHead).WithName("h2h").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Two teams' meetings: record, splits, last wins and the time since, biggest wins (qualify h2h).");
        history.MapGet("/records", Records).WithName("records")
            .WithSummary("Top scorers, biggest wins and longest runs, of one team or across every team (qualify records).");
        history.MapGet("/ratings", Ratings).WithName("ratings").WithTags("Ratings")
            .WithSummary("World Football Elo or the FIFA SUM ranking at a date (qualify ratings).");
        return routes;
    }

    private static ContractResult<CompetitionsDocument> Competitions(CompetitionCatalog catalog) =>
        ContractResult.Of(CompetitionsDocument.From(catalog));

    private static ContractResult<CompetitionEntry> Competition(string competition, CompetitionCatalog catalog) =>
        ContractResult.Of(CompetitionEntry.Of(catalog.Find(competition)));

    private static ContractResult<TableDocument> Table(string competition, [FromQuery(Name = "as-of")] string? asOf, TableService service)
    {
        InputValues.ThrowIf(InputValues.DateError(asOf, "--as-of"));
        return ContractResult.Of(TableDocument.From(service.Build(new TableRequest(competition, InputValues.ToDate(asOf)))));
    }

    private static ContractResult<ForecastDocument> Forecast(
        string competition,
        [FromQuery(Name = "as-of")] string? asOf,
        [FromQuery(Name = "sims")] string? sims,
        [FromQuery(Name = "seed")] string? seed,
        [FromQuery(Name = "model")] string? model,
        [FromQuery(Name = "fix")] string[]? fix,
        [FromQuery(Name = "playoff-opponent")] string? playoffOpponent,
        ForecastService service,
        WebLimits limits)
    {
        var options = ForecastOptionsOf(limits, competition, asOf, sims, seed, model, fix, playoffOpponent);
        return ContractResult.Of(ForecastDocument.From(service.Forecast(options)));
    }

    private static ContractResult<ForecastTimelineDocument> Timeline(
        string competition,
        [FromQuery(Name = "as-of")] string? asOf,
        [FromQuery(Name = "sims")] string? sims,
        [FromQuery(Name = "seed")] string? seed,
        [FromQuery(Name = "model")] string? model,
        ForecastService service,
        WebLimits limits)
    {
        var options = ForecastOptionsOf(limits, competition, asOf, sims, seed, model, null, null);
        var timeline = new ForecastTimeline(service.Timeline(options), options);
        return ContractResult.Of(ForecastTimelineDocument.From(timeline, model ?? ForecastOptions.DefaultModelName, null));
    }

    private static ContractResult<ScenariosDocument> Scenarios(
        string competition,
        [FromQuery(Name = "as-of")] string? asOf,
        [FromQuery(Name = "team")] string? team,
        [FromQuery(Name = "max-goals")] string? maxGoals,
        ScenarioService service) =>
        ContractResult.Of(ScenariosDocument.From(service.Analyse(ScenarioRequestOf(competition, asOf, team, maxGoals))));

    private static ContractResult<NextMatchdayDocument> NextMatchday(
        string competition,
        [FromQuery(Name = "as-of")] string? asOf,
        [FromQuery(Name = "team")] string? team,
        [FromQuery(Name = "max-goals")] string? maxGoals,
        [FromQuery(Name = "combinations")] string? combinations,
        ScenarioService service)
    {
        var request = ScenarioRequestOf(competition, asOf, team, maxGoals);
        var withCombinations = Flag(combinations, "--combinations");
        return ContractResult.Of(NextMatchdayDocument.From(service.AnalyseNext(request), withCombinations));
    }

    /// <summary>An example of a write's body, for messages.</summary>
    private const string WriteExample = "{\"date\": \"2021-11-16\", \"home\": \"Canada\", \"away\": \"Mexico\", \"homeGoals\": 2, \"awayGoals\": 1}";

    private static async Task<IResult> WriteResult(string competition, HttpRequest request, IConfiguration configuration, ResultWriteService service)
    {
        if (ApiKey.Refusal(request, configuration, out var keyId) is { } refusal)
        {
            return refusal;
        }

        // The body is read here rather than bound, so that a malformed one is a 400 naming where, in every environment.
        ResultWriteBody? body;
        try
        {
            body = await System.Text.Json.JsonSerializer.DeserializeAsync(request.Body, QualifyJsonContext.Default.ResultWriteBody, request.HttpContext.RequestAborted)
                .ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "the body" : e.Path.TrimStart('$', '.');
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, $"{where}: not valid JSON of a result (expected {WriteExample})");
        }

        if (body is null)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, $"the request has no result (expected {WriteExample})");
        }

        var written = service.Write(
            new ResultWriteRequest(competition, body.Date, body.Home, body.Away, body.HomeGoals, body.AwayGoals),
            $"{request.Method} {request.Path} {System.Text.Json.JsonSerializer.Serialize(body, QualifyJsonContext.Default.ResultWriteBody)}",
            keyId);
        return ContractResult.Of(WrittenResultDocument.From(written));
    }

    private static IResult RemoveResult(
        string competition,
        [FromQuery(Name = "date")] string? date,
        [FromQuery(Name = "home")] string? home,
        [FromQuery(Name = "away")] string? away,
        HttpRequest request,
        IConfiguration configuration,
        ResultWriteService service)
    {
        if (ApiKey.Refusal(request, configuration, out var keyId) is { } refusal)
        {
            return refusal;
        }

        var removed = service.Remove(new ResultWriteRequest(competition, date, home, away, null, null), $"{request.Method} {request.Path}{request.QueryString}", keyId);
        return ContractResult.Of(WrittenResultDocument.From(removed));
    }

    private static ContractResult<TeamsDocument> Teams([FromQuery(Name = "search")] string? search, TeamsService service) =>
        ContractResult.Of(TeamsDocument.From(service.Search(search)));

    private static ContractResult<TeamDocument> Team(string team, [FromQuery(Name = "before")] string? before, HistoryService service)
    {
        InputValues.ThrowIf(InputValues.First(() => InputValues.NameError(team, "TEAM"), () => InputValues.DateError(before, "--before")));
        var request = new TeamRequest(team, InputValues.ToDate(before));
        return ContractResult.Of(TeamDocument.From(service.Team(request), request.Before));
    }

    private static ContractResult<HeadToHeadDocument> HeadToHead(
        string teamA,
        string teamB,
        [FromQuery(Name = "before")] string? before,
        [FromQuery(Name = "since")] string? since,
        [FromQuery(Name = "tournament")] string? tournament,
        HistoryService service)
    {
        InputValues.ThrowIf(InputValues.First(
            () => InputValues.NameError(teamA, "TEAM_A"),
            () => InputValues.NameError(teamB, "TEAM_B"),
            () => InputValues.DateError(before, "--before"),
            () => InputValues.DateError(since, "--since"),
            () => InputValues.WindowError(since, before),
            () => InputValues.TournamentError(tournament)));
        var request = new HeadToHeadRequest(teamA, teamB, InputValues.ToDate(before), InputValues.ToDate(since), tournament?.Trim());
        return ContractResult.Of(HeadToHeadDocument.From(service.HeadToHead(request), request.Before, request.Since, request.Tournament));
    }

    private static ContractResult<RecordsDocument> Records(
        [FromQuery(Name = "team")] string? team,
        [FromQuery(Name = "before")] string? before,
        [FromQuery(Name = "top")] string? top,
        HistoryService service)
    {
        var count = top ?? RecordsRequest.DefaultTop.ToString(CultureInfo.InvariantCulture);
        InputValues.ThrowIf(InputValues.First(
            () => InputValues.WholeNumberError(count, "--top", 1, InputValues.MaxTop),
            () => InputValues.NameError(team, "--team"),
            () => InputValues.DateError(before, "--before")));
        var request = new RecordsRequest(team, InputValues.ToDate(before), (int)InputValues.ToWholeNumber(count));
        return ContractResult.Of(RecordsDocument.From(service.Records(request), request.Before, request.Top));
    }

    private static ContractResult<RatingsDocument> Ratings(
        [FromQuery(Name = "system")] string? system,
        [FromQuery(Name = "as-of")] string? asOf,
        [FromQuery(Name = "top")] string? top,
        [FromQuery(Name = "team")] string? team,
        [FromQuery(Name = "history")] string? history,
        RatingsService service)
    {
        var systemName = system ?? RatingSystems.Names[0];
        var count = top ?? RatingsRequest.DefaultTop.ToString(CultureInfo.InvariantCulture);
        InputValues.ThrowIf(InputValues.First(
            () => InputValues.ChoiceError(systemName, "--system", RatingSystems.Names, ignoreCase: false),
            () => InputValues.WholeNumberError(count, "--top", 1, InputValues.MaxTop),
            () => InputValues.NameError(team, "--team")));
        var withHistory = Flag(history, "--history");
        InputValues.ThrowIf(InputValues.First(
            () => withHistory && team is null ? "--history needs --team" : null,
            () => InputValues.DateError(asOf, "--as-of")));
        var result = service.Compute(new RatingsRequest(
            RatingSystems.FromName(systemName), InputValues.ToDate(asOf), team, withHistory, (int)InputValues.ToWholeNumber(count)));
        return ContractResult.Of(RatingsDocument.From(result.Run.System.Name, asOf, result.Rows, result.Series));
    }

    /// <summary>
    /// The options of a forecast, its values checked as <c>qualify forecast</c> checks them, with its defaults, and the
    /// simulations within the server's <see cref="WebLimits.MaxSimulations"/>.
    /// </summary>
    internal static ForecastOptions ForecastOptionsOf(WebLimits limits, string competition, string? asOf, string? sims, string? seed, string? model, IReadOnlyList<string>? fix, string? playoffOpponent)
    {
        var simulations = sims ?? ForecastOptions.DefaultSimulations.ToString(CultureInfo.InvariantCulture);
        var seedText = seed ?? ForecastOptions.DefaultSeed.ToString(CultureInfo.InvariantCulture);
        var modelName = model ?? ForecastOptions.DefaultModelName;
        InputValues.ThrowIf(InputValues.First(
            () => InputValues.WholeNumberError(simulations, "--sims", 1, InputValues.MaxSimulations),
            () => InputValues.ToWholeNumber(simulations) > limits.MaxSimulations
                ? FormattableString.Invariant($"--sims: {simulations} is above this server's limit of {limits.MaxSimulations} simulations a request (Qualify:MaxSimulations)")
                : null,
            () => InputValues.WholeNumberError(seedText, "--seed", 0, long.MaxValue),
            () => InputValues.NameError(playoffOpponent, "--playoff-opponent"),
            () => InputValues.GoalModelError(modelName),
            () => InputValues.DateError(asOf, "--as-of")));
        var options = new ForecastOptions(
            competition,
            InputValues.ToDate(asOf),
            InputValues.ToWholeNumber(simulations),
            (ulong)InputValues.ToWholeNumber(seedText),
            InputValues.ToGoalModel(modelName),
            fix ?? [])
        {
            PlayoffOpponent = playoffOpponent,
        };
        return options;
    }

    /// <summary>The request of a scenarios endpoint, its values checked as <c>qualify scenarios</c> checks them.</summary>
    private static ScenarioRequest ScenarioRequestOf(string competition, string? asOf, string? team, string? maxGoals)
    {
        var bound = maxGoals ?? new ScenarioOptions().MaxGoals.ToString(CultureInfo.InvariantCulture);
        InputValues.ThrowIf(InputValues.First(
            () => InputValues.WholeNumberError(bound, "--max-goals", 1, 99),
            () => InputValues.NameError(team, "--team"),
            () => InputValues.DateError(asOf, "--as-of")));
        return new ScenarioRequest(competition, InputValues.ToDate(asOf), team)
        {
            Options = new ScenarioOptions { MaxGoals = (int)InputValues.ToWholeNumber(bound) },
        };
    }

    /// <summary>
    /// A switch of the CLI as a query parameter: absent is false; <c>true</c>, <c>false</c> or no value (<c>?history</c>)
    /// as written.
    /// </summary>
    private static bool Flag(string? text, string option) => text?.ToLowerInvariant() switch
    {
        null or "false" => false,
        "" or "true" => true,
        _ => throw new UserInputException($"{option}: '{text}' is not true or false"),
    };
}
