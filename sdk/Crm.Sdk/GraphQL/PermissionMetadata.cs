using GraphQL.Builders;
using GraphQL.Types;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// Declares that a field needs a permission (e.g. <c>customers.read</c>). The requirement is stored in the field's
/// metadata; the host checks it before the resolver runs and answers <c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c> at
/// that field's path, leaving the rest of the response intact.
/// </summary>
public static class PermissionMetadata
{
    /// <summary>The metadata key under which the required permissions are kept.</summary>
    public const string Key = "crm:permissions";

    /// <summary>Requires <paramref name="permission"/> for this field; several calls require all of them.</summary>
    /// <example><code>schema.Query.Field&lt;CustomerType&gt;("customer").RequirePermission("customers.read")</code></example>
    public static FieldBuilder<TSource, TReturn> RequirePermission<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string permission)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.RequirePermission(permission);
        return field;
    }

    /// <summary>Requires <paramref name="permission"/> for a field given as a <see cref="FieldType"/>.</summary>
    public static FieldType RequirePermission(this FieldType field, string permission)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentException.ThrowIfNullOrWhiteSpace(permission);
        var existing = field.GetMetadata<string[]>(Key) ?? [];
        if (!existing.Contains(permission, StringComparer.Ordinal))
        {
            field.Metadata[Key] = existing.Append(permission).ToArray();
        }

        return field;
    }

    /// <summary>The permissions the field requires (empty when it is open to everyone).</summary>
    public static IReadOnlyList<string> GetRequiredPermissions(this IFieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.GetMetadata<string[]>(Key) ?? [];
    }
}
