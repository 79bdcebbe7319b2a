using System.Text.Json;
using Crm.Host.GraphQL.Execution;
using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Crm.Host.GraphQL.Http;

/// <summary>
/// Turns a GET query string or a POST JSON body into a <see cref="GraphQLRequest"/>, refusing anything the
/// GraphQL-over-HTTP spec does not allow with the status code it names.
/// </summary>
internal sealed class GraphQLHttpRequestReader(GraphQLResponseSerializer serializer, IOptions<GraphQLHttpOptions> options)
{
    public GraphQLHttpReadResult ReadGet(HttpRequest request)
    {
        var query = request.Query;
        if (!TryGetSingle(query, "query", out var text) ||
            !TryGetSingle(query, "operationName", out var operationName) ||
            !TryGetSingle(query, "variables", out var variablesJson) ||
            !TryGetSingle(query, "extensions", out var extensionsJson))
        {
            return GraphQLHttpReadResult.Fail(GraphQLTransportError.BadRequest(
                "INVALID_REQUEST", "Each of query, operationName, variables and extensions may appear at most once."));
        }

        if (string.IsNullOrEmpty(text))
        {
            return GraphQLHttpReadResult.Fail(GraphQLTransportError.BadRequest(
                ErrorCodes.QueryMissing, "The 'query' parameter is missing: send the GraphQL document in it."));
        }

        Inputs? variables = null;
        Inputs? extensions = null;
        try
        {
            variables = string.IsNullOrEmpty(variablesJson) ? null : serializer.Deserialize<Inputs>(variablesJson);
            extensions = string.IsNullOrEmpty(extensionsJson) ? null : serializer.Deserialize<Inputs>(extensionsJson);
        }
        catch (JsonException)
        {
            return GraphQLHttpReadResult.Fail(GraphQLTransportError.BadRequest(
                "INVALID_JSON", "The 'variables' and 'extensions' parameters must be JSON objects."));
        }

        return GraphQLHttpReadResult.Ok(new GraphQLRequest
        {
            Query = text,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables,
            Extensions = extensions,
        });
    }

    public async Task<GraphQLHttpReadResult> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Only JSON bodies: HTML forms and text/plain can be sent cross-site without a CORS preflight, so
        // refusing them is what stops a hostile page from posting mutations with a signed-in user's cookie.
        if (!IsJsonContentType(request.ContentType))
        {
            return GraphQLHttpReadResult.Fail(new GraphQLTransportError(
                StatusCodes.Status415UnsupportedMediaType,
                "UNSUPPORTED_MEDIA_TYPE",
                $"Send the request as {GraphQLMediaTypes.Json} (UTF-8); '{request.ContentType ?? "no content type"}' is not supported."));
        }

        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            return GraphQLHttpReadResult.Fail(TooLarge(limit));
        }

        var body = await BoundedBodyReader.ReadAsync(request.BodyReader, limit, cancellationToken);
        if (body is null)
        {
            return GraphQLHttpReadResult.Fail(TooLarge(limit));
        }

        GraphQLRequest? parsed;
        try
        {
            // The body is in memory already: parsed in place, not through the serializer's async stream path.
            parsed = serializer.Read<GraphQLRequest>(body);
        }
        catch (JsonException)
        {
            return GraphQLHttpReadResult.Fail(GraphQLTransportError.BadRequest(
                "INVALID_JSON", "The body is not a JSON object of the form {\"query\": \"...\", \"variables\": {...}}."));
        }

        if (parsed is null || string.IsNullOrEmpty(parsed.Query))
        {
            return GraphQLHttpReadResult.Fail(GraphQLTransportError.BadRequest(
                ErrorCodes.QueryMissing, "The body has no 'query': send the GraphQL document in it."));
        }

        return GraphQLHttpReadResult.Ok(parsed);
    }

    private static GraphQLTransportError TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        "REQUEST_TOO_LARGE",
        $"The request body is larger than the limit of {limit} bytes.");

    private static bool IsJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        var type = mediaType.MediaType.Value;
        var charset = mediaType.Charset.Value;
        var isJson = string.Equals(type, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase) ||
                     string.Equals(type, GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase);
        return isJson && (string.IsNullOrEmpty(charset) || string.Equals(charset, GraphQLMediaTypes.Utf8, StringComparison.OrdinalIgnoreCase));
    }

    private static bool TryGetSingle(IQueryCollection query, string name, out string? value)
    {
        var values = query[name];
        value = values.Count == 1 ? values[0] : null;
        return values.Count <= 1;
    }
}
