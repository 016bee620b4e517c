namespace Qualify.Web.Pages;

/// <summary>
/// The pages' one stylesheet and one script, embedded in the assembly and served by the app itself: the pages work
/// offline, with no CDN and no build step.
/// </summary>
internal static class PageAssets
{
    /// <summary>The stylesheet's address.</summary>
    public const string StylePath = "/assets/site.css";

    /// <summary>The script's address (the what-if island).</summary>
    public const string ScriptPath = "/assets/whatif.js";

    /// <summary>Maps the two assets.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(StylePath, () => Asset("site.css", "text/css; charset=utf-8")).ExcludeFromDescription();
        routes.MapGet(ScriptPath, () => Asset("whatif.js", "text/javascript; charset=utf-8")).ExcludeFromDescription();
    }

    private static IResult Asset(string name, string contentType)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the asset '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        return TypedResults.Text(reader.ReadToEnd(), contentType);
    }
}
