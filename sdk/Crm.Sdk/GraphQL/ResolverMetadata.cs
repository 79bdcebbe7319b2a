using GraphQL.Builders;
using GraphQL.Types;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// Marks a field whose resolver only reads its source object (no services, no I/O), so the host can skip giving it
/// the module's request scope. Property fields (<c>Field(x => x.Name)</c>) are recognised without it; use it for
/// small computed fields on hot paths, such as global ids.
/// </summary>
public static class ResolverMetadata
{
    /// <summary>The metadata key of the mark.</summary>
    public const string NoServicesKey = "crm:no-services";

    /// <summary>Marks the field as resolving without services.</summary>
    /// <example><code>Field&lt;StringGraphType&gt;("initials").Resolve(ctx => ctx.Source.Name[..1]).ResolvesWithoutServices();</code></example>
    public static FieldBuilder<TSource, TReturn> ResolvesWithoutServices<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.Metadata[NoServicesKey] = true;
        return field;
    }

    /// <summary>True when the field was marked with <see cref="ResolvesWithoutServices{TSource, TReturn}"/>.</summary>
    public static bool ResolvesWithoutServices(this IFieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.GetMetadata(NoServicesKey, false);
    }
}
