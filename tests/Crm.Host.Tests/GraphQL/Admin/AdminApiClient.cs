using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Host.GraphQL;
using Crm.Host.Tests.Http;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.GraphQL.Admin;

/// <summary>
/// Runs GraphQL requests through the real host's executor as a signed-in caller holding exactly the given
/// <c>crm:permission</c> claims (what the identity work puts on a signed-in principal), and returns the response JSON.
/// </summary>
internal sealed class AdminApiClient(CrmTestHost host)
{
    public const string ModulesManage = "modules.manage";
    public const string AuditRead = "audit.read";

    public Task<JsonObject> AsAdminAsync(string query, object? variables = null) => ExecuteAsync(query, variables, ModulesManage, AuditRead);

    public async Task<JsonObject> ExecuteAsync(string query, object? variables, params string[] permissions)
    {
        var identity = new ClaimsIdentity(
            permissions.Select(p => new Claim("crm:permission", p)).Prepend(new Claim(ClaimTypes.Name, "admin")), authenticationType: "test");
        var serializer = host.Services.GetRequiredService<GraphQLSerializer>();
        var inputs = variables is null ? null : serializer.Deserialize<Inputs>(System.Text.Json.JsonSerializer.Serialize(variables));
        var result = await host.Services.GetRequiredService<IGraphQLRequestExecutor>().ExecuteAsync(
            new GraphQLRequestContext(query, null, inputs, null, new ClaimsPrincipal(identity), host.Services),
            CancellationToken.None);
        return JsonNode.Parse(serializer.Serialize(result))!.AsObject();
    }

    /// <summary>The <c>modules</c> list as id to module object.</summary>
    public async Task<Dictionary<string, JsonObject>> ModulesAsync()
    {
        var response = await AsAdminAsync("{ modules { id name version description origin builtIn state lastError dependsOn neededBy permissions { name description } } }");
        return response["data"]!["modules"]!.AsArray().Select(m => m!.AsObject()).ToDictionary(m => m["id"]!.GetValue<string>());
    }

    /// <summary>The names of the Query type's fields, from introspection.</summary>
    public async Task<IReadOnlyList<string>> QueryFieldsAsync()
    {
        var response = await AsAdminAsync("{ __schema { queryType { fields { name } } } }");
        return response["data"]!["__schema"]!["queryType"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
    }
}

/// <summary>Reading JSON answers in assertions.</summary>
internal static class JsonAnswers
{
    public static string Text(this JsonNode? node) => node!.GetValue<string>();

    public static List<string> Texts(this JsonNode? node) => node!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    public static string? ErrorCode(this JsonObject response) => response["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}
