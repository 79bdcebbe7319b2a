using Crm.Host.Identity.Tokens;
using Crm.Host.Tests.Http;
using Crm.Host.Tests.Identity.Support;
using Crm.Sdk.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.Identity.Tokens;

public sealed class ApiKeyTests
{
    private const string IssueKey = "mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret apiKey { id name } errors { code } } }";

    [Fact]
    public async Task An_issued_key_works_as_a_bearer_token_and_as_X_Api_Key_and_is_listed_without_its_secret()
    {
        await using var host = await CrmTestHost.StartAsync();
        using var admin = host.CreateClient();
        var adminId = (await IdentityApi.PostAsync(admin, "{ me { id } }"))["data"]!["me"]!["id"]!.GetValue<string>();

        var issued = await IdentityApi.PostAsync(admin, IssueKey, new { input = new { userId = adminId, name = "billing export" } });
        var secret = issued["data"]!["issueApiKey"]!["secret"]!.GetValue<string>();

        using var bearer = host.CreateClient(secret);
        Assert.Equal(adminId, (await IdentityApi.PostAsync(bearer, "{ me { id } }"))["data"]!["me"]!["id"]!.GetValue<string>());
        using var header = host.CreateAnonymousClient();
        header.DefaultRequestHeaders.Add("X-Api-Key", secret);
        Assert.Equal(adminId, (await IdentityApi.PostAsync(header, "{ me { id } }"))["data"]!["me"]!["id"]!.GetValue<string>());

        var listed = await IdentityApi.PostAsync(admin, "{ apiKeys { id name userId revokedAt } }");
        Assert.Equal("billing export", listed["data"]!["apiKeys"]![0]!["name"]!.GetValue<string>());
        Assert.DoesNotContain(secret, listed.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TokenSecrets.Hash(secret), listed.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_signs_nobody_in_so_protected_fields_answer_UNAUTHENTICATED()
    {
        await using var host = await CrmTestHost.StartAsync(settings: new Dictionary<string, string> { ["Crm:Identity:CacheDuration"] = "00:00:00" });
        using var admin = host.CreateClient();
        var adminId = (await IdentityApi.PostAsync(admin, "{ me { id } }"))["data"]!["me"]!["id"]!.GetValue<string>();
        var issued = await IdentityApi.PostAsync(admin, IssueKey, new { input = new { userId = adminId, name = "to revoke" } });
        var secret = issued["data"]!["issueApiKey"]!["secret"]!.GetValue<string>();
        var keyId = issued["data"]!["issueApiKey"]!["apiKey"]!["id"]!.GetValue<string>();
        using var integration = host.CreateClient(secret);
        Assert.Null((await IdentityApi.PostAsync(integration, "{ customers(first: 1) { totalCount } }"))["errors"]);

        var revoked = await IdentityApi.PostAsync(admin, "mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } errors { code } } }", new { id = keyId });
        var after = await IdentityApi.PostAsync(integration, "{ customers(first: 1) { totalCount } }");

        Assert.NotNull(revoked["data"]!["revokeApiKey"]!["apiKey"]!["revokedAt"]);
        Assert.Equal(ErrorCodes.Unauthenticated, IdentityApi.ErrorCode(after));
        Assert.Equal("customers", after["errors"]![0]!["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task An_expired_key_signs_nobody_in_and_an_expiry_in_the_past_is_refused_when_issuing()
    {
        await using var host = await CrmTestHost.StartAsync();
        using var admin = host.CreateClient();
        var adminId = (await IdentityApi.PostAsync(admin, "{ me { id } }"))["data"]!["me"]!["id"]!.GetValue<string>();

        var refused = await IdentityApi.PostAsync(admin, IssueKey, new { input = new { userId = adminId, name = "late", expiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) } });
        Assert.Equal(ErrorCodes.InvalidInput, refused["data"]!["issueApiKey"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(refused["data"]!["issueApiKey"]!["secret"]);

        // A key that has run out: issued with an expiry that has since passed.
        var tokens = host.Services.GetRequiredService<AccessTokens>();
        var expired = await tokens.IssueApiKeyAsync(adminId, "expired", DateTime.UtcNow.AddSeconds(-1), CancellationToken.None);
        using var integration = host.CreateClient(expired.Secret);
        var me = await IdentityApi.PostAsync(integration, "{ me { id } }");
        var customers = await IdentityApi.PostAsync(integration, "{ customers(first: 1) { totalCount } }");

        Assert.Null(me["data"]!["me"]);
        Assert.Equal(ErrorCodes.Unauthenticated, IdentityApi.ErrorCode(customers));
    }
}
