using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Qualify.Contracts;

namespace Qualify.Web.Api;

/// <summary>
/// A JSON contract document as the API's answer: the text <see cref="Json.Text{T}"/> gives, the same bytes that
/// <c>qualify &lt;command&gt; --format json</c> prints, as <c>application/json</c>. Declares the document's type for
/// the OpenAPI document.
/// </summary>
/// <typeparam name="T">The document's contract type.</typeparam>
internal sealed class ContractResult<T>(T document) : IResult, IEndpointMetadataProvider
{
    /// <summary>The document.</summary>
    public T Document => document;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        return httpContext.Response.WriteAsync(Json.Text(document), httpContext.RequestAborted);
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }
}

/// <summary>Builds <see cref="ContractResult{T}"/>s.</summary>
internal static class ContractResult
{
    /// <summary>The answer holding <paramref name="document"/>.</summary>
    public static ContractResult<T> Of<T>(T document) => new(document);
}
