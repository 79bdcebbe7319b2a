using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Sdk.Persistence;

/// <summary>
/// Keeps a secret out of the audit trail: the audit entry still says the property changed, but writes
/// <see cref="Placeholder"/> instead of its value. Use it for password hashes, token hashes and the like, which
/// admins who read the audit trail must not see.
/// </summary>
public static class AuditExclusion
{
    /// <summary>The model annotation that marks a property.</summary>
    public const string AnnotationName = "Crm:ExcludedFromAudit";

    /// <summary>What the audit entry holds instead of the value.</summary>
    public const string Placeholder = "[not audited]";

    /// <summary>Marks <paramref name="property"/> so its values never reach an audit entry.</summary>
    /// <example><code>user.Property(u =&gt; u.PasswordHash).ExcludeFromAudit();</code></example>
    public static PropertyBuilder<T> ExcludeFromAudit<T>(this PropertyBuilder<T> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasAnnotation(AnnotationName, true);
    }
}
