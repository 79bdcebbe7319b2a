using Crm.Host.Tests.Http;
using Crm.Host.Tests.Identity.Support;
using Crm.Sdk.GraphQL;

namespace Crm.Host.Tests.Identity.Authentication;

public sealed class FieldAuthorizationTests
{
    [Fact]
    public async Task Anonymous_callers_get_UNAUTHENTICATED_at_the_protected_field_and_the_rest_of_the_response()
    {
        await using var host = await CrmTestHost.StartAsync();
        using var anonymous = host.CreateAnonymousClient();

        var json = await IdentityApi.PostAsync(anonymous, "query($id: ID!) { __typename me { id } customer(id: $id) { name } }", new { id = GlobalId.Encode("Customer", Guid.NewGuid()) });

        Assert.Equal("Query", json["data"]!["__typename"]!.GetValue<string>());
        Assert.Null(json["data"]!["me"]);
        Assert.Null(json["data"]!["customer"]);
        var error = Assert.Single(json["errors"]!.AsArray());
        Assert.Equal(ErrorCodes.Unauthenticated, error!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("customer", error["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_user_without_the_permission_gets_FORBIDDEN_at_that_field_and_the_fields_it_may_read()
    {
        await using var host = await CrmTestHost.StartAsync();
        using var admin = host.CreateClient();
        var readers = await IdentityApi.CreateRoleAsync(admin, "customer readers", ["customers.read"], ("crm.customers", "ALL"));
        await IdentityApi.CreateUserAsync(admin, "reader", [readers]);
        using var reader = await IdentityApi.SignedInAsync(host, "reader");

        var query = await IdentityApi.PostAsync(reader, "{ customers(first: 1) { totalCount } users { login } }");
        var mutation = await IdentityApi.PostAsync(reader, "mutation { createCustomer(input: { customer: { name: \"Nope\" } }) { customer { id } } }");

        Assert.NotNull(query["data"]!["customers"]);
        Assert.Null(query["data"]!["users"]);
        var error = Assert.Single(query["errors"]!.AsArray());
        Assert.Equal(ErrorCodes.Forbidden, error!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("users", error["path"]![0]!.GetValue<string>());
        Assert.Equal(ErrorCodes.Forbidden, IdentityApi.ErrorCode(mutation));
        var count = await IdentityApi.PostAsync(admin, "{ customers(first: 1) { totalCount } }");
        Assert.Equal(0, count["data"]!["customers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_role_change_takes_effect_on_the_next_request_after_the_cache_time()
    {
        await using var host = await CrmTestHost.StartAsync(settings: new Dictionary<string, string> { ["Crm:Identity:CacheDuration"] = "00:00:00" });
        using var admin = host.CreateClient();
        var nothing = await IdentityApi.CreateRoleAsync(admin, "nothing", []);
        var userId = await IdentityApi.CreateUserAsync(admin, "grower", [nothing]);
        using var grower = await IdentityApi.SignedInAsync(host, "grower");
        Assert.Equal(ErrorCodes.Forbidden, IdentityApi.ErrorCode(await IdentityApi.PostAsync(grower, "{ customers(first: 1) { totalCount } }")));

        var readers = await IdentityApi.CreateRoleAsync(admin, "readers", ["customers.read"], ("crm.customers", "ALL"));
        await IdentityApi.PostAsync(admin, "mutation($input: UpdateUserInput!) { updateUser(input: $input) { errors { code } } }", new { input = new { id = userId, roleIds = new[] { readers } } });

        Assert.Null((await IdentityApi.PostAsync(grower, "{ customers(first: 1) { totalCount } }"))["errors"]);
    }

    [Fact]
    public async Task A_role_change_reaches_a_token_in_use_once_the_cached_grants_expire()
    {
        // Cached token checks and grants (the principal is then reused between requests) must not keep old grants.
        await using var host = await CrmTestHost.StartAsync(settings: new Dictionary<string, string> { ["Crm:Identity:CacheDuration"] = "00:00:00.300" });
        using var admin = host.CreateClient();
        var nothing = await IdentityApi.CreateRoleAsync(admin, "nothing", []);
        var userId = await IdentityApi.CreateUserAsync(admin, "busy", [nothing]);
        using var busy = await IdentityApi.SignedInAsync(host, "busy");
        const string query = "{ customers(first: 1) { totalCount } }";
        Assert.Equal(ErrorCodes.Forbidden, IdentityApi.ErrorCode(await IdentityApi.PostAsync(busy, query)));
        Assert.Equal(ErrorCodes.Forbidden, IdentityApi.ErrorCode(await IdentityApi.PostAsync(busy, query)));

        var readers = await IdentityApi.CreateRoleAsync(admin, "readers", ["customers.read"], ("crm.customers", "ALL"));
        await IdentityApi.PostAsync(admin, "mutation($input: UpdateUserInput!) { updateUser(input: $input) { errors { code } } }", new { input = new { id = userId, roleIds = new[] { readers } } });

        var deadline = DateTime.UtcNow.AddSeconds(10);
        var answer = await IdentityApi.PostAsync(busy, query);
        while (answer["errors"] is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            answer = await IdentityApi.PostAsync(busy, query);
        }

        Assert.Null(answer["errors"]);
        Assert.Equal(0, answer["data"]!["customers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_document_a_signed_in_caller_ran_is_still_refused_to_an_anonymous_one()
    {
        // The document cache skips the per-request rules for documents that already passed them, but only under the
        // same rules: the anonymous caller's set refuses introspection.
        const string introspect = "{ __schema { queryType { name } } }";
        await using var host = await CrmTestHost.StartAsync();
        using var admin = host.CreateClient();
        using var anonymous = host.CreateAnonymousClient();

        Assert.Equal("Query", (await IdentityApi.PostAsync(admin, introspect))["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        Assert.Equal("Query", (await IdentityApi.PostAsync(admin, introspect))["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        Assert.Equal(ErrorCodes.IntrospectionDisabled, IdentityApi.ErrorCode(await IdentityApi.PostAsync(anonymous, introspect)));
        Assert.Equal(ErrorCodes.IntrospectionDisabled, IdentityApi.ErrorCode(await IdentityApi.PostAsync(anonymous, introspect)));
    }

    [Fact]
    public async Task Introspection_is_for_signed_in_callers_unless_anonymous_introspection_is_switched_on()
    {
        const string introspect = "{ __schema { queryType { name } } }";
        await using (var host = await CrmTestHost.StartAsync())
        {
            using var anonymous = host.CreateAnonymousClient();
            using var admin = host.CreateClient();
            Assert.Equal(ErrorCodes.IntrospectionDisabled, IdentityApi.ErrorCode(await IdentityApi.PostAsync(anonymous, introspect)));
            Assert.Equal("Query", (await IdentityApi.PostAsync(admin, introspect))["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        }

        await using (var open = await CrmTestHost.StartAsync(settings: new Dictionary<string, string> { ["Crm:GraphQL:AnonymousIntrospection"] = "true" }))
        {
            using var anonymous = open.CreateAnonymousClient();
            Assert.Equal("Query", (await IdentityApi.PostAsync(anonymous, introspect))["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        }
    }
}
