using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace Qualify.Web.Api;

/// <summary>
/// What every API endpoint does around its handler, as the CLI's strict parsing does around a command: a query
/// parameter the endpoint does not take, or one given twice that is not repeatable, is refused (400) rather than
/// ignored; and what the handler throws becomes a problem (<see cref="ApiProblems"/>).
/// </summary>
internal static class ApiFilter
{
    /// <summary>The filter of the endpoint whose handler is <see cref="EndpointFilterFactoryContext.MethodInfo"/>.</summary>
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = QueryParameters(context.MethodInfo);
        var names = parameters.Count == 0 ? "no query parameter" : string.Join(", ", parameters.Keys.Order(StringComparer.Ordinal));
        return async invocation =>
        {
            var http = invocation.HttpContext;
            foreach (var (key, values) in http.Request.Query)
            {
                if (!parameters.TryGetValue(key, out var repeatable))
                {
                    return ApiProblems.Problem(StatusCodes.Status400BadRequest, $"unknown parameter '{key}' (this endpoint takes {names})");
                }

                if (values.Count > 1 && !repeatable)
                {
                    return ApiProblems.Problem(StatusCodes.Status400BadRequest, $"{key}: given {values.Count} times; give it once");
                }
            }

            try
            {
                return await next(invocation).ConfigureAwait(false);
            }
            catch (Exception e) when (ApiProblems.For(e, http.Request.RouteValues) is { } problem)
            {
                return problem;
            }
        };
    }

    /// <summary>The query parameters of a handler by name (case ignored, as ASP.NET Core binds them), and whether each is repeatable (an array).</summary>
    private static Dictionary<string, bool> QueryParameters(MethodInfo handler) =>
        handler.GetParameters()
            .Select(p => (Parameter: p, Query: p.GetCustomAttribute<FromQueryAttribute>()))
            .Where(p => p.Query is not null)
            .ToDictionary(p => p.Query!.Name ?? p.Parameter.Name!, p => p.Parameter.ParameterType.IsArray, StringComparer.OrdinalIgnoreCase);
}
