using System.Security.Cryptography;
using System.Text;

namespace Crm.Host.Identity.Tokens;

/// <summary>
/// Makes and hashes the secrets of sessions and API keys: 32 random bytes, base64url, with a prefix saying which kind
/// (<c>crms_</c> session, <c>crmk_</c> key) so a leaked one is recognisable by secret scanners. Only the SHA-256 is
/// stored; a slow hash is not needed for 256 random bits.
/// </summary>
internal static class TokenSecrets
{
    public const string SessionPrefix = "crms_";
    public const string ApiKeyPrefix = "crmk_";

    public static string Create(string prefix) => prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>A random password for the first admin: 20 characters of letters and digits.</summary>
    public static string CreatePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
