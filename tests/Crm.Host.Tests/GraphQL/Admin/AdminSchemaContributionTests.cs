using System.Text.Json.Nodes;
using Crm.Host.Tests.Http;

namespace Crm.Host.Tests.GraphQL.Admin;

/// <summary>
/// The module admin API on the real host (Kestrel on 127.0.0.1, real test plugins: test.alpha, test.beta which needs
/// it, and test.greetings which adds Query.greeting), called as a signed-in admin through the executor.
/// </summary>
public sealed class AdminSchemaContributionTests
{
    private static readonly Dictionary<string, string> Introspection = new() { ["GraphQL:Limits:AllowIntrospection"] = "true" };

    [Fact]
    public async Task Modules_lists_built_ins_and_plugins_with_state_and_dependencies_both_ways()
    {
        await using var host = await CrmTestHost.StartAsync(["Alpha", "Beta"]);
        var modules = await new AdminApiClient(host).ModulesAsync();

        var alpha = modules["test.alpha"];
        var beta = modules["test.beta"];
        Assert.Equal(("Test plugin Alpha", "1.2.0", "PLUGIN", false, "ENABLED"),
            (alpha["name"].Text(), alpha["version"].Text(), alpha["origin"].Text(), alpha["builtIn"]!.GetValue<bool>(), alpha["state"].Text()));
        Assert.Equal(["test.beta"], alpha["neededBy"].Texts());
        Assert.Equal(["test.alpha"], beta["dependsOn"].Texts());
        Assert.NotNull(alpha["permissions"]);
        var builtIn = Assert.Single(modules.Values, m => m["id"].Text() == "test.builtin");
        Assert.True(builtIn["builtIn"]!.GetValue<bool>());
        Assert.Null(alpha["lastError"]);
    }

    [Fact]
    public async Task Disabling_a_module_others_depend_on_is_refused_with_a_typed_error_listing_them()
    {
        await using var host = await CrmTestHost.StartAsync(["Alpha", "Beta"]);
        var api = new AdminApiClient(host);

        var response = await api.AsAdminAsync("""
            mutation { disableModule(input: { id: "test.alpha" }) {
              module { id } changed
              errors { __typename code message path ... on DependentsEnabledError { dependents } } } }
            """);

        var payload = response["data"]!["disableModule"]!;
        var error = payload["errors"]![0]!;
        Assert.Equal(("DependentsEnabledError", "DEPENDENTS_ENABLED"), (error["__typename"].Text(), error["code"].Text()));
        Assert.Equal(["test.beta"], error["dependents"].Texts());
        Assert.Contains("cascade", error["message"].Text(), StringComparison.Ordinal);
        Assert.Empty(payload["changed"]!.AsArray());
        Assert.Equal("ENABLED", (await api.ModulesAsync())["test.alpha"]["state"].Text());
    }

    [Fact]
    public async Task Disabling_with_cascade_switches_dependents_off_first()
    {
        await using var host = await CrmTestHost.StartAsync(["Alpha", "Beta"]);
        var api = new AdminApiClient(host);

        var response = await api.AsAdminAsync("""
            mutation { disableModule(input: { id: "test.alpha", cascade: true }) { module { id state } changed errors { code } } }
            """);

        var payload = response["data"]!["disableModule"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal(["test.beta", "test.alpha"], payload["changed"].Texts());
        Assert.Equal("DISABLED", payload["module"]!["state"].Text());
        var modules = await api.ModulesAsync();
        Assert.Equal("DISABLED", modules["test.beta"]["state"].Text());
    }

    [Fact]
    public async Task A_disabled_modules_fields_leave_the_next_introspection_and_return_when_enabled()
    {
        await using var host = await CrmTestHost.StartAsync(["Greetings"], settings: Introspection);
        var api = new AdminApiClient(host);
        Assert.Contains("greeting", await api.QueryFieldsAsync());

        // The toggling request itself runs on the shape it started with and answers normally.
        var disabled = await api.AsAdminAsync("""mutation { disableModule(input: { id: "test.greetings" }) { module { state } errors { code } } }""");
        var afterDisable = await api.QueryFieldsAsync();
        var enabled = await api.AsAdminAsync("""mutation { enableModule(input: { id: "test.greetings" }) { module { state } changed errors { code } } }""");
        var afterEnable = await api.QueryFieldsAsync();

        Assert.Null(disabled["errors"]);
        Assert.Equal("DISABLED", disabled["data"]!["disableModule"]!["module"]!["state"].Text());
        Assert.DoesNotContain("greeting", afterDisable);
        Assert.Contains("modules", afterDisable);
        Assert.Equal("ENABLED", enabled["data"]!["enableModule"]!["module"]!["state"].Text());
        Assert.Equal(["test.greetings"], enabled["data"]!["enableModule"]!["changed"].Texts());
        Assert.Contains("greeting", afterEnable);
    }

    [Fact]
    public async Task Enabling_a_module_whose_dependency_is_off_names_it_unless_dependencies_are_asked_for()
    {
        await using var host = await CrmTestHost.StartAsync(["Alpha", "Beta"]);
        var api = new AdminApiClient(host);
        await api.AsAdminAsync("""mutation { disableModule(input: { id: "test.alpha", cascade: true }) { changed } }""");

        var refused = await api.AsAdminAsync("""
            mutation { enableModule(input: { id: "test.beta" }) { errors { code ... on DependenciesNotEnabledError { dependencies } } } }
            """);
        var accepted = await api.AsAdminAsync("""
            mutation { enableModule(input: { id: "test.beta", withDependencies: true }) { module { state } changed errors { code } } }
            """);

        var error = refused["data"]!["enableModule"]!["errors"]![0]!;
        Assert.Equal("DEPENDENCIES_NOT_ENABLED", error["code"].Text());
        Assert.Equal(["test.alpha"], error["dependencies"].Texts());
        Assert.Equal(["test.alpha", "test.beta"], accepted["data"]!["enableModule"]!["changed"].Texts());
        Assert.Equal("ENABLED", accepted["data"]!["enableModule"]!["module"]!["state"].Text());
    }

    [Fact]
    public async Task An_unknown_module_id_is_a_user_error_naming_the_known_ones()
    {
        await using var host = await CrmTestHost.StartAsync(["Alpha"]);

        var response = await new AdminApiClient(host).AsAdminAsync("""mutation { enableModule(input: { id: "nope" }) { module { id } errors { code message path } } }""");

        var error = response["data"]!["enableModule"]!["errors"]![0]!;
        Assert.Equal("MODULE_NOT_FOUND", error["code"].Text());
        Assert.Contains("test.alpha", error["message"].Text(), StringComparison.Ordinal);
        Assert.Equal(["input", "id"], error["path"].Texts());
    }

    [Fact]
    public async Task Uninstall_refuses_a_built_in_an_enabled_plugin_and_a_missing_confirmation_then_removes_the_plugin()
    {
        await using var host = await CrmTestHost.StartAsync(["Alpha"]);
        var api = new AdminApiClient(host);
        const string Uninstall = """
            mutation U($input: UninstallPluginInput!) { uninstallPlugin(input: $input) {
              module { id } changed errors { __typename code message path } } }
            """;

        var builtIn = await api.AsAdminAsync(Uninstall, new { input = new { id = "test.builtin", confirm = "test.builtin" } });
        var enabled = await api.AsAdminAsync(Uninstall, new { input = new { id = "test.alpha", confirm = "test.alpha" } });
        await api.AsAdminAsync("""mutation { disableModule(input: { id: "test.alpha" }) { changed } }""");
        var unconfirmed = await api.AsAdminAsync(Uninstall, new { input = new { id = "test.alpha" } });
        var wrongConfirmation = await api.AsAdminAsync(Uninstall, new { input = new { id = "test.alpha", confirm = "yes" } });
        var stillThere = Directory.Exists(Path.Combine(host.Root.FullName, "plugins", "Alpha"));
        var done = await api.AsAdminAsync(Uninstall, new { input = new { id = "test.alpha", confirm = "test.alpha" } });

        Assert.Equal(("BuiltInModuleError", "BUILT_IN_MODULE"), FirstError(builtIn));
        Assert.Equal(("InputError", "MODULE_ENABLED"), FirstError(enabled));
        Assert.Equal(("InputError", "CONFIRMATION_REQUIRED"), FirstError(unconfirmed));
        Assert.Equal(["input", "confirm"], unconfirmed["data"]!["uninstallPlugin"]!["errors"]![0]!["path"].Texts());
        Assert.Equal(("InputError", "CONFIRMATION_REQUIRED"), FirstError(wrongConfirmation));
        Assert.True(stillThere);
        Assert.Empty(done["data"]!["uninstallPlugin"]!["errors"]!.AsArray());
        Assert.Equal(["test.alpha"], done["data"]!["uninstallPlugin"]!["changed"].Texts());
        Assert.False(Directory.Exists(Path.Combine(host.Root.FullName, "plugins", "Alpha")));
        Assert.DoesNotContain("test.alpha", (await api.ModulesAsync()).Keys);
    }

    [Fact]
    public async Task Rescan_finds_a_plugin_copied_in_and_refuses_a_folder_with_a_broken_manifest()
    {
        await using var host = await CrmTestHost.StartAsync();
        var plugins = Path.Combine(host.Root.FullName, "plugins");
        CopyTestPlugin("Greetings", Path.Combine(plugins, "Greetings"));
        Directory.CreateDirectory(Path.Combine(plugins, "Broken"));
        await File.WriteAllTextAsync(Path.Combine(plugins, "Broken", "crm-module.json"), "{ not json");

        var response = await new AdminApiClient(host).AsAdminAsync("""
            mutation { rescanPlugins { found { id state } refused { id state lastError } errors { code } } }
            """);

        var payload = response["data"]!["rescanPlugins"]!;
        var found = Assert.Single(payload["found"]!.AsArray());
        Assert.Equal(("test.greetings", "ENABLED"), (found!["id"].Text(), found["state"].Text()));
        var refused = Assert.Single(payload["refused"]!.AsArray());
        Assert.Equal(("plugins/Broken", "FAULTED"), (refused!["id"].Text(), refused["state"].Text()));
        Assert.False(string.IsNullOrWhiteSpace(refused["lastError"].Text()));
    }

    [Fact]
    public async Task The_audit_trail_pages_newest_first_and_filters_by_module_entity_user_and_time()
    {
        await using var host = await CrmTestHost.StartAsync(["Greetings"]);
        var api = new AdminApiClient(host);
        for (var i = 0; i < 2; i++)
        {
            await api.AsAdminAsync("""mutation { disableModule(input: { id: "test.greetings" }) { changed } }""");
            await api.AsAdminAsync("""mutation { enableModule(input: { id: "test.greetings" }) { changed } }""");
        }

        const string Trail = """
            query T($filter: AuditTrailFilter, $first: Int, $after: String) { auditTrail(filter: $filter, first: $first, after: $after) {
              totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { occurredAt user module entity entityKey action changes } } } }
            """;
        var filter = new { module = "crm.host", entity = "ModuleStateRecord" };
        var first = (await api.AsAdminAsync(Trail, new { filter, first = 3 }))["data"]!["auditTrail"]!;
        var second = (await api.AsAdminAsync(Trail, new { filter, first = 3, after = first["pageInfo"]!["endCursor"].Text() }))["data"]!["auditTrail"]!;
        var byNobody = (await api.AsAdminAsync(Trail, new { filter = new { user = "nobody" } }))["data"]!["auditTrail"]!;
        var future = (await api.AsAdminAsync(Trail, new { filter = new { from = DateTimeOffset.UtcNow.AddDays(1) } }))["data"]!["auditTrail"]!;

        var entries = first["edges"]!.AsArray().Concat(second["edges"]!.AsArray()).Select(e => e!["node"]!).ToList();
        Assert.Equal(4, first["totalCount"]!.GetValue<int>());
        Assert.Equal((true, false), (first["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), first["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>()));
        Assert.Equal((false, true), (second["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>()));
        Assert.Equal(4, entries.Count);
        Assert.All(entries, e => Assert.Equal(("crm.host", "ModuleStateRecord", "test.greetings"), (e["module"].Text(), e["entity"].Text(), e["entityKey"].Text())));
        var times = entries.Select(e => DateTimeOffset.Parse(e["occurredAt"].Text(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Contains("Enabled", entries[0]["changes"].Text(), StringComparison.Ordinal);
        Assert.Equal(0, byNobody["totalCount"]!.GetValue<int>());
        Assert.Empty(future["edges"]!.AsArray());
    }

    [Fact]
    public async Task A_bad_cursor_or_a_page_over_the_hosts_limit_is_a_clear_error()
    {
        await using var host = await CrmTestHost.StartAsync();
        var api = new AdminApiClient(host);

        var badCursor = await api.AsAdminAsync("""{ auditTrail(after: "not-a-cursor") { totalCount } }""");
        var tooMany = await api.AsAdminAsync("""{ auditTrail(first: 51) { totalCount } }""");

        Assert.Equal("INVALID_INPUT", badCursor.ErrorCode());
        Assert.Equal("PAGE_SIZE_EXCEEDED", tooMany.ErrorCode());
    }

    [Fact]
    public async Task A_caller_without_the_permission_is_forbidden_at_that_field_only()
    {
        await using var host = await CrmTestHost.StartAsync(["Greetings"]);
        var api = new AdminApiClient(host);

        var auditorListsModules = await api.ExecuteAsync("{ modules { id } }", null, AdminApiClient.AuditRead);
        var managerReadsTrail = await api.ExecuteAsync("{ auditTrail { totalCount } }", null, AdminApiClient.ModulesManage);
        var managerDisables = await api.ExecuteAsync("""mutation { disableModule(input: { id: "test.greetings" }) { changed } }""", null, AdminApiClient.AuditRead);
        var both = await api.ExecuteAsync("{ greeting modules { id } }", null, AdminApiClient.AuditRead);

        Assert.Equal("FORBIDDEN", auditorListsModules.ErrorCode());
        Assert.Equal("FORBIDDEN", managerReadsTrail.ErrorCode());
        Assert.Equal("FORBIDDEN", managerDisables.ErrorCode());
        Assert.Equal("ENABLED", (await api.ModulesAsync())["test.greetings"]["state"].Text());
        Assert.Equal(["modules"], both["errors"]![0]!["path"].Texts());
        Assert.Equal("FORBIDDEN", both.ErrorCode());
        Assert.NotNull(both["data"]!["greeting"]);
    }

    [Fact]
    public async Task Anonymous_callers_over_http_get_unauthenticated_and_change_nothing()
    {
        await using var host = await CrmTestHost.StartAsync(["Greetings"]);
        using var http = host.CreateClient();
        var client = new GraphQLHttpClient(http);

        var list = await client.PostJsonAsync(new { query = "{ modules { id } }" });
        var disable = await client.PostJsonAsync(new { query = """mutation { disableModule(input: { id: "test.greetings" }) { changed } }""" });
        var trail = await client.PostJsonAsync(new { query = "{ greeting auditTrail { totalCount } }" });

        Assert.Equal("UNAUTHENTICATED", list.FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", disable.FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", trail.FirstErrorCode);
        Assert.Equal(["auditTrail"], trail.Json["errors"]![0]!["path"].Texts());
        Assert.NotNull(trail.Json["data"]!["greeting"]);
        Assert.Equal("ENABLED", (await new AdminApiClient(host).ModulesAsync())["test.greetings"]["state"].Text());
    }

    private static (string Type, string Code) FirstError(JsonObject response)
    {
        var error = response["data"]!["uninstallPlugin"]!["errors"]![0]!;
        return (error["__typename"].Text(), error["code"].Text());
    }

    private static void CopyTestPlugin(string name, string target)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "test-plugins", $"TestPlugins.{name}");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
