using System.Reflection;
using Crm.Host.GraphQL.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Crm.Host.GraphQL.GraphiQL;

/// <summary>
/// Serves GraphiQL to a browser that opens the GraphQL address. The page and its scripts are built from the
/// graphiql npm package by the build (ClientApp/) and embedded in this assembly; a build without Node.js
/// serves a page that says how to get them.
/// </summary>
internal sealed class GraphiQLPage(IOptions<GraphQLHttpOptions> options)
{
    private const string ResourcePrefix = "GraphiQL/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly Assembly _assembly = typeof(GraphiQLPage).Assembly;
    private string? _indexHtml;

    /// <summary>Where the page's scripts and styles are served, under the GraphQL path.</summary>
    public string AssetsPath => options.Value.Path.TrimEnd('/') + "/graphiql/";

    /// <summary>A browser navigating to the endpoint: GET, asks for HTML, carries no GraphQL query.</summary>
    public static bool IsBrowserNavigation(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) &&
        !request.Query.ContainsKey("query") &&
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public async Task WriteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(_indexHtml ??= LoadIndex(), context.RequestAborted);
    }

    public void MapAssets(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(AssetsPath + "{**file}", async (HttpContext context, string file) =>
        {
            await using var stream = file.Contains("..", StringComparison.Ordinal) ? null : _assembly.GetManifestResourceStream(ResourcePrefix + file);
            if (stream is null)
            {
                return Results.NotFound();
            }

            context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
            // Vite puts a content hash in every asset name, so a name never changes its content.
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
            return Results.Empty;
        });

    private string LoadIndex()
    {
        using var stream = _assembly.GetManifestResourceStream(ResourcePrefix + "index.html");
        if (stream is null)
        {
            return GraphiQLNotBuiltPage.Html(options.Value.Path);
        }

        using var reader = new StreamReader(stream);
        // Vite writes relative asset URLs (base "./"); anchor them where MapAssets serves them.
        return reader.ReadToEnd().Replace("\"./assets/", "\"" + AssetsPath + "assets/", StringComparison.Ordinal);
    }
}
