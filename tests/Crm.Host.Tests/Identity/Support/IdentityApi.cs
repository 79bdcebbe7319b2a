using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Crm.Host.Tests.Http;

namespace Crm.Host.Tests.Identity.Support;

/// <summary>GraphQL calls the identity tests make over real HTTP, as a client would, returning the parsed response.</summary>
internal static class IdentityApi
{
    public static async Task<JsonObject> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Creates a role through <c>saveRole</c> and returns its id.</summary>
    public static async Task<string> CreateRoleAsync(HttpClient admin, string name, string[] permissions, params (string ModuleId, string Level)[] levels)
    {
        var json = await PostAsync(admin, "mutation($input: SaveRoleInput!) { saveRole(input: $input) { role { id } errors { code message } } }", new
        {
            input = new { name, permissions, recordAccess = levels.Select(l => new { moduleId = l.ModuleId, level = l.Level }).ToArray() },
        });
        return json["data"]!["saveRole"]!["role"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(json.ToJsonString());
    }

    public static async Task<string> CreateTeamAsync(HttpClient admin, string name)
    {
        var json = await PostAsync(admin, "mutation($name: String!) { createTeam(input: { name: $name }) { team { id } errors { code } } }", new { name });
        return json["data"]!["createTeam"]!["team"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(json.ToJsonString());
    }

    /// <summary>Creates a user through <c>createUser</c> (password <c>password-of-LOGIN</c>) and returns its id.</summary>
    public static async Task<string> CreateUserAsync(HttpClient admin, string login, string[] roleIds, string[]? teamIds = null)
    {
        var json = await PostAsync(admin, "mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { code message } } }", new
        {
            input = new { login, password = PasswordOf(login), roleIds, teamIds = teamIds ?? [] },
        });
        return json["data"]!["createUser"]!["user"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(json.ToJsonString());
    }

    public static string PasswordOf(string login) => "password-of-" + login;

    /// <summary>A client signed in as <paramref name="login"/> through <c>signIn</c>.</summary>
    public static async Task<HttpClient> SignedInAsync(CrmTestHost host, string login) =>
        host.CreateClient(await host.SignInAsync(login, PasswordOf(login)));

    public static string? ErrorCode(JsonObject response, int index = 0) =>
        response["errors"]?[index]?["extensions"]?["code"]?.GetValue<string>();
}
