using System.Net.Mail;

namespace Crm.Modules.Customers.Domain;

/// <summary>E-mail validation strict enough to catch typos (a missing '@' or domain), loose enough for real addresses.</summary>
public static class EmailAddress
{
    /// <summary>Longest address SMTP accepts.</summary>
    public const int MaxLength = 254;

    /// <summary>True when <paramref name="text"/> is one address of the form <c>local@domain.tld</c> without a display name.</summary>
    public static bool IsValid(string text)
    {
        if (text.Length is 0 or > MaxLength || text.Any(char.IsWhiteSpace))
        {
            return false;
        }

        if (!MailAddress.TryCreate(text, out var parsed) || !string.Equals(parsed.Address, text, StringComparison.Ordinal))
        {
            return false;
        }

        var domain = parsed.Host;
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 2;
    }

    /// <summary>The address as stored and compared: trimmed and lower-cased.</summary>
    public static string Normalize(string text) => text.Trim().ToLowerInvariant();
}
