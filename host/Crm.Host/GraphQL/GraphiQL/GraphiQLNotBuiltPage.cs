using System.Net;

namespace Crm.Host.GraphQL.GraphiQL;

/// <summary>The page a browser gets when this build could not include GraphiQL (no Node.js or npm).</summary>
internal static class GraphiQLNotBuiltPage
{
    public static string Html(string endpointPath)
    {
        var path = WebUtility.HtmlEncode(endpointPath);
        return $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Crm GraphQL</title></head>
            <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
            <h1>GraphiQL is not part of this build</h1>
            <p>The GraphQL API itself works: POST <code>application/json</code> to <code>{path}</code>.</p>
            <p>GraphiQL is built from its npm package when the host is built on a machine with Node.js 20+ and npm:
            install them, then run <code>dotnet build host/Crm.Host</code> (it runs <code>npm ci</code> and
            <code>npm run build</code> in <code>host/Crm.Host/ClientApp</code>) and restart the host.</p>
            </body></html>
            """;
    }
}
