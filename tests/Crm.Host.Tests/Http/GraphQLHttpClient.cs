using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Host.Tests.Http;

/// <summary>Sends raw GraphQL-over-HTTP requests and returns what came back, for assertions on every detail.</summary>
public sealed class GraphQLHttpClient(HttpClient http)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public Task<GraphQLHttpResponse> PostJsonAsync(object body, string? accept = GraphQLResponse) =>
        PostAsync(JsonSerializer.Serialize(body), "application/json", accept);

    public async Task<GraphQLHttpResponse> PostAsync(string body, string? contentType, string? accept = GraphQLResponse)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = content }, accept);
    }

    public Task<GraphQLHttpResponse> GetAsync(string query, string? operationName = null, string? variables = null, string? accept = GraphQLResponse)
    {
        var url = "graphql?query=" + Uri.EscapeDataString(query) +
                  (operationName is null ? string.Empty : "&operationName=" + Uri.EscapeDataString(operationName)) +
                  (variables is null ? string.Empty : "&variables=" + Uri.EscapeDataString(variables));
        return SendAsync(new HttpRequestMessage(HttpMethod.Get, url), accept);
    }

    public async Task<GraphQLHttpResponse> SendAsync(HttpRequestMessage request, string? accept)
    {
        using (request)
        {
            if (accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return new GraphQLHttpResponse(
                (int)response.StatusCode,
                response.Content.Headers.ContentType?.ToString(),
                response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null,
                text);
        }
    }
}

/// <summary>Status, content type, Allow header and body of one response.</summary>
public sealed record GraphQLHttpResponse(int Status, string? ContentType, string? Allow, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)?.AsObject() ?? throw new InvalidOperationException("The body is not a JSON object.");

    public string? FirstErrorCode => Json["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public bool HasData => Json.ContainsKey("data");
}
