using Crm.Host.Tests.Http;
using Crm.Host.Tests.Identity.Support;
using Crm.Host.Tests.Persistence.Support;

namespace Crm.Host.Tests.Identity.Authentication;

/// <summary>
/// Record-level access end to end: roles give the customers module OWN or TEAM, customers belong to their manager,
/// and a customer outside reach answers exactly as one that does not exist. On SQLite, and on PostgreSQL when
/// CRM_TEST_POSTGRES is set.
/// </summary>
public sealed class RecordAccessTests
{
    private const string CreateCustomer = "mutation($name: String!, $manager: String) { createCustomer(input: { customer: { name: $name, managerId: $manager } }) { customer { id version } errors { code } } }";

    [Theory, OnSqlite, OnPostgres]
    public async Task A_customer_outside_OWN_or_TEAM_reach_is_indistinguishable_from_a_missing_one(DatabaseKind kind)
    {
        await using var database = await IdentityTestDatabase.CreateAsync(kind);
        await using var host = await CrmTestHost.StartAsync(settings: database.Settings);
        using var admin = host.CreateClient();
        var own = await IdentityApi.CreateRoleAsync(admin, "own customers", ["customers.read", "customers.write"], ("crm.customers", "OWN"));
        var team = await IdentityApi.CreateRoleAsync(admin, "team customers", ["customers.read", "customers.write"], ("crm.customers", "TEAM"));
        var north = await IdentityApi.CreateTeamAsync(admin, "north");
        var anna = await IdentityApi.CreateUserAsync(admin, "anna", [own], [north]);
        var boris = await IdentityApi.CreateUserAsync(admin, "boris", [team], [north]);
        var carl = await IdentityApi.CreateUserAsync(admin, "carl", [team]);

        var annas = await CreateAsync(admin, "Anna's client", anna);
        var boriss = await CreateAsync(admin, "Boris's client", boris);
        var missing = Crm.Sdk.GraphQL.GlobalId.Encode("Customer", Guid.NewGuid());
        using var annaClient = await IdentityApi.SignedInAsync(host, "anna");
        using var borisClient = await IdentityApi.SignedInAsync(host, "boris");
        using var carlClient = await IdentityApi.SignedInAsync(host, "carl");

        // OWN: Anna sees her customer only, in the list and by id, and Boris's answers like a missing one.
        Assert.Equal(["Anna's client"], await NamesAsync(annaClient));
        Assert.NotNull(await CustomerAsync(annaClient, annas.Id));
        Assert.Null(await CustomerAsync(annaClient, boriss.Id));
        Assert.Null(await NodeAsync(annaClient, boriss.Id));
        var outOfReach = await ArchiveAsync(annaClient, boriss.Id, boriss.Version);
        var notThere = await ArchiveAsync(annaClient, missing, 1);
        Assert.Equal("NOT_FOUND", outOfReach["code"]!.GetValue<string>());
        Assert.Equal(notThere["code"]!.GetValue<string>(), outOfReach["code"]!.GetValue<string>());
        Assert.Equal(notThere["path"]!.ToJsonString(), outOfReach["path"]!.ToJsonString());

        // TEAM: Boris shares team "north" with Anna, so he sees both; Carl has no team mates and sees neither.
        Assert.Equal(["Anna's client", "Boris's client"], await NamesAsync(borisClient));
        Assert.NotNull(await CustomerAsync(borisClient, annas.Id));
        Assert.Empty(await NamesAsync(carlClient));
        Assert.Null(await CustomerAsync(carlClient, annas.Id));

        // Nothing Anna tried changed Boris's customer.
        Assert.Equal(boriss.Version, (await CustomerAsync(admin, boriss.Id))!["version"]!.GetValue<long>());
    }

    private static async Task<(string Id, long Version)> CreateAsync(HttpClient admin, string name, string manager)
    {
        var json = await IdentityApi.PostAsync(admin, CreateCustomer, new { name, manager });
        var customer = json["data"]!["createCustomer"]!["customer"] ?? throw new InvalidOperationException(json.ToJsonString());
        return (customer["id"]!.GetValue<string>(), customer["version"]!.GetValue<long>());
    }

    private static async Task<List<string>> NamesAsync(HttpClient client)
    {
        var json = await IdentityApi.PostAsync(client, "{ customers(first: 20) { totalCount nodes { name } } }");
        var connection = json["data"]!["customers"]!;
        var names = connection["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(names.Count, connection["totalCount"]!.GetValue<int>());
        return names;
    }

    private static async Task<System.Text.Json.Nodes.JsonNode?> CustomerAsync(HttpClient client, string id)
    {
        var json = await IdentityApi.PostAsync(client, "query($id: ID!) { customer(id: $id) { name version } }", new { id });
        Assert.Null(json["errors"]);
        return json["data"]!["customer"];
    }

    private static async Task<System.Text.Json.Nodes.JsonNode?> NodeAsync(HttpClient client, string id)
    {
        var json = await IdentityApi.PostAsync(client, "query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Null(json["errors"]);
        return json["data"]!["node"];
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> ArchiveAsync(HttpClient client, string id, long version)
    {
        var json = await IdentityApi.PostAsync(client, "mutation($id: ID!, $version: Long!) { archiveCustomer(input: { id: $id, version: $version }) { customer { id } errors { code path } } }", new { id, version });
        return json["data"]?["archiveCustomer"]?["errors"]?[0] ?? throw new InvalidOperationException(json.ToJsonString());
    }
}
