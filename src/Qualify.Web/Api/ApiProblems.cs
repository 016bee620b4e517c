using Qualify.Application;
using Qualify.Domain;
using Qualify.Domain.Competitions;
using Qualify.Domain.History;
using Qualify.Storage;

namespace Qualify.Web.Api;

/// <summary>
/// Errors as RFC 9457 problem details (<c>application/problem+json</c>), with the one-line message the CLI prints as
/// <c>detail</c>. The statuses (docs/web.md):
/// 400 a value the user can correct (a bad date or option, a name that is unknown outside the path or ambiguous);
/// 401 a write without the API key or with a wrong one, 403 a write when no key is configured (<see cref="ApiKey"/>);
/// 404 a competition or team named in the path that does not exist;
/// 422 a well-formed request the engine cannot answer (an unsupported case, an unusable definition, data not imported);
/// 503 a history store that cannot be read;
/// 500 a bug, with a generic line and never a stack trace.
/// </summary>
internal static class ApiProblems
{
    /// <summary>The detail of a 500: the same words as the CLI's exit code 1, without the exception.</summary>
    public const string InternalError = "internal error (a bug in qualify, not in your request; please report it with the URL)";

    /// <summary>The problem for an exception an endpoint threw, or <see langword="null"/> for a bug (left to the exception handler: 500).</summary>
    /// <param name="exception">What the endpoint threw.</param>
    /// <param name="route">The request's route values: an unknown name given in the path is a 404.</param>
    public static IResult? For(Exception exception, RouteValueDictionary route)
    {
        var status = StatusOf(exception, route);
        return status == 0 ? null : Problem(status, exception.Message);
    }

    /// <summary>The status of an exception a handler threw (the API's and the pages' alike), or 0 for a bug.</summary>
    /// <param name="exception">What the handler threw.</param>
    /// <param name="route">The request's route values: an unknown name given in the path is a 404.</param>
    public static int StatusOf(Exception exception, RouteValueDictionary route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return exception switch
        {
            UnknownNameException unknown when InPath(unknown.Name, route) => StatusCodes.Status404NotFound,
            UnknownNameException or AmbiguousNameException => StatusCodes.Status400BadRequest,
            UserInputException { Kind: UserInputKind.Invalid } => StatusCodes.Status400BadRequest,
            UserInputException => StatusCodes.Status422UnprocessableEntity,
            CompetitionDefinitionException or CompetitionDataException or EmptyHistoryException => StatusCodes.Status422UnprocessableEntity,
            HistoryStoreException => StatusCodes.Status503ServiceUnavailable,
            _ => 0,
        };
    }

    /// <summary>A problem with <paramref name="status"/> and a one-line <paramref name="detail"/>.</summary>
    public static IResult Problem(int status, string detail) => TypedResults.Problem(detail: OneLine(detail), statusCode: status);

    /// <summary>Gives a 500 (from the exception handler) the generic line, whatever the environment.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ProblemDetails.Status == StatusCodes.Status500InternalServerError)
        {
            context.ProblemDetails.Detail = InternalError;
            context.ProblemDetails.Extensions.Remove("exception");
        }
    }

    private static bool InPath(string name, RouteValueDictionary route) =>
        route.Values.OfType<string>().Any(v => string.Equals(v, name, StringComparison.OrdinalIgnoreCase));

    /// <summary><paramref name="message"/> on one line.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
