using System.Text.Json.Nodes;
using Crm.Plugins.Tests.Support;
using Crm.Sdk.Contracts.Sales;
using Crm.Sdk.GraphQL;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Plugins.Tests.Competitors;

/// <summary>
/// crm.competitors loaded from its plugin folder into a running host: SWOT, activities, clients' competitors, the
/// win/loss report from OpportunityClosed (published through the host's mediator, as crm.sales would), and
/// positioning files refused for size or type with nothing stored.
/// </summary>
public sealed class CompetitorsTests : IAsyncLifetime
{
    private PluginTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PluginTestHost.StartAsync(["Crm.Plugins.Competitors"]);
        _host.SignIn("analyst", "competitors.read", "competitors.write");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_competitor_with_swot_and_activities_shows_on_its_clients_and_in_the_win_loss_report()
    {
        var rival = await CreateAsync("Rival Roasters");
        var other = await CreateAsync("Other Beans");
        await _host.SendAsync("mutation($c: ID!) { addSwotItem(input: { competitorId: $c, quadrant: STRENGTH, text: \"Cheaper beans\" }) { errors { code } } }", new { c = rival });
        await _host.SendAsync("mutation($c: ID!) { addSwotItem(input: { competitorId: $c, quadrant: OPPORTUNITY, text: \"Slow delivery\" }) { errors { code } } }", new { c = rival });
        await _host.SendAsync("mutation($c: ID!) { recordCompetitorActivity(input: { competitorId: $c, kind: PRICE_CHANGE, description: \"-10% on espresso\", observedOn: \"2026-11-01\", source: \"Their newsletter\" }) { errors { code } } }", new { c = rival });
        var customer = await _host.CreateCustomerAsync("Split Buyer");
        await _host.SendAsync("mutation($u: ID!, $c: ID!) { linkCustomerCompetitor(input: { customerId: $u, competitorId: $c, note: \"Buys espresso there\" }) { errors { code } } }", new { u = customer, c = rival });

        var shown = await _host.SendAsync("""
            query($u: ID!) { customer(id: $u) { competitors { name swot { strengths opportunities threats } activities { kind description source } } } }
            """, new { u = customer });
        var competitor = Assert.Single(shown["customer"]!["competitors"]!.AsArray())!;
        Assert.Equal("Rival Roasters", competitor["name"]!.GetValue<string>());
        Assert.Equal(["Cheaper beans"], competitor["swot"]!["strengths"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["Slow delivery"], competitor["swot"]!["opportunities"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("PRICE_CHANGE", competitor["activities"]![0]!["kind"]!.GetValue<string>());

        var customerId = Guid.ParseExact(GlobalId.Decode(customer, "Customer"), "N");
        var product = Guid.NewGuid();
        var mediator = _host.Host.Services.GetRequiredService<IMediator>();
        var closedAt = _host.Clock.GetUtcNow();
        var lost = new OpportunityClosed(Guid.NewGuid(), customerId, "seller", Won: false, closedAt, 1200m, "EUR", [product], "PRICE", "They went with Other Beans for the grinder");
        await mediator.Publish(lost);
        await mediator.Publish(lost);
        await mediator.Publish(new OpportunityClosed(Guid.NewGuid(), customerId, "seller", Won: false, closedAt, 300m, "EUR", [product], "PRICE", null));
        await mediator.Publish(new OpportunityClosed(Guid.NewGuid(), customerId, "seller", Won: true, closedAt, 500m, "EUR", [], null, null));

        var report = await _host.SendAsync("query($f: DateTimeOffset!, $t: DateTimeOffset!) { competitorReport(from: $f, to: $t) { competitor { id name } wins losses lostAmount byProduct { wins losses } } }",
            new { f = closedAt.AddDays(-1), t = closedAt.AddDays(1) });
        var scores = report["competitorReport"]!.AsArray().ToDictionary(s => s!["competitor"]!["name"]!.GetValue<string>(), s => s!);
        Assert.Equal((1, 1, 300m), Score(scores["Rival Roasters"]));
        Assert.Equal((0, 1, 1200m), Score(scores["Other Beans"]));
        Assert.Equal(other, scores["Other Beans"]["competitor"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_positioning_file_over_the_limit_or_of_a_forbidden_type_is_refused_and_nothing_is_stored()
    {
        var rival = await CreateAsync("File Rival");
        var tooLarge = Convert.ToBase64String(new byte[PositioningFileLimitsMax + 1]);
        var refusals = new (string Name, string Type, string Content, string Code)[]
        {
            ("battle-card.pdf", "application/pdf", tooLarge, "FILE_TOO_LARGE"),
            ("run-me.exe", "application/octet-stream", Convert.ToBase64String([0x4d, 0x5a]), "FILE_TYPE_NOT_ALLOWED"),
            ("fake.pdf", "image/png", Convert.ToBase64String([0x25, 0x50]), "FILE_TYPE_NOT_ALLOWED"),
        };
        foreach (var (name, type, content, code) in refusals)
        {
            var refused = await UploadAsync(rival, name, type, content);
            Assert.Null(refused["file"]);
            Assert.Equal(code, refused["errors"]![0]!["code"]!.GetValue<string>());
        }

        Assert.Empty(await FilesAsync(rival));
        var stored = await UploadAsync(rival, "comparison.txt", "text/plain", Convert.ToBase64String("We deliver next day."u8.ToArray()));
        Assert.Equal(20, stored["file"]!["size"]!.GetValue<long>());
        var file = Assert.Single(await FilesAsync(rival))!;
        Assert.Equal("We deliver next day.", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(file["contentBase64"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_duplicate_name_or_an_unknown_client_is_refused()
    {
        await CreateAsync("Twice Ltd");
        var duplicate = await _host.SendAsync("mutation { createCompetitor(input: { name: \"  twice   LTD \" }) { competitor { id } errors { code } } }");
        Assert.Equal("DUPLICATE", duplicate["createCompetitor"]!["errors"]![0]!["code"]!.GetValue<string>());

        var rival = await CreateAsync("Link Rival");
        var unknown = await _host.SendAsync("mutation($u: ID!, $c: ID!) { linkCustomerCompetitor(input: { customerId: $u, competitorId: $c }) { errors { code } } }", new { u = GlobalId.Encode("Customer", Guid.NewGuid()), c = rival });
        Assert.Equal("NOT_FOUND", unknown["linkCustomerCompetitor"]!["errors"]![0]!["code"]!.GetValue<string>());
        var period = await _host.Client.PostJsonAsync(new { query = "{ competitorReport(from: \"2026-02-01T00:00:00Z\", to: \"2026-01-01T00:00:00Z\") { wins } }" });
        Assert.Equal("INVALID_PERIOD", period.FirstErrorCode);
    }

    // Mirrors PositioningFileLimits.MaxBytes (512 KiB); the tests do not reference the plugin's assembly.
    private const int PositioningFileLimitsMax = 512 * 1024;

    private static (int Wins, int Losses, decimal LostAmount) Score(JsonNode score) =>
        (score["wins"]!.GetValue<int>(), score["losses"]!.GetValue<int>(), score["lostAmount"]!.GetValue<decimal>());

    private async Task<string> CreateAsync(string name)
    {
        var data = await _host.SendAsync("mutation($n: String!) { createCompetitor(input: { name: $n, website: \"https://example.test\" }) { competitor { id } errors { code } } }", new { n = name });
        return data["createCompetitor"]!["competitor"]!["id"]!.GetValue<string>();
    }

    private async Task<JsonNode> UploadAsync(string competitor, string name, string type, string content) =>
        (await _host.SendAsync("mutation($c: ID!, $n: String!, $t: String!, $b: String!) { uploadPositioningFile(input: { competitorId: $c, fileName: $n, contentType: $t, contentBase64: $b }) { file { size } errors { code message } } }",
            new { c = competitor, n = name, t = type, b = content }))["uploadPositioningFile"]!;

    private async Task<JsonArray> FilesAsync(string competitor) =>
        (await _host.SendAsync("query($c: ID!) { node(id: $c) { ... on Competitor { positioningFiles { fileName contentBase64 } } } }", new { c = competitor }))["node"]!["positioningFiles"]!.AsArray();
}
