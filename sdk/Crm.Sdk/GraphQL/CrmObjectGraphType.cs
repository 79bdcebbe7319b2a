using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// The base for a module's object types: GraphQL.NET's <see cref="ObjectGraphType{TSourceType}"/>, except that a
/// property field declared with an expression (<c>Field(x => x.Name)</c>) reads the property through a delegate bound
/// to its getter instead of a compiled expression.
/// </summary>
/// <remarks>
/// The host composes the schema anew each time an admin switches a module on or off, so every object type is
/// constructed again. GraphQL.NET compiles each field expression at construction (runtime code generation and
/// JIT, a few hundred microseconds each); across the CRM's types that was half the time of a toggle. Binding the
/// getter costs next to nothing and reads the property as fast. The field itself (name, graph type and
/// nullability inferred from the property's type and nullable annotations, description, deprecation, default) is
/// what GraphQL.NET would declare; expressions that are not a plain property read of the source fall back to it.
/// </remarks>
/// <typeparam name="TSource">The object the type's resolvers receive as their source.</typeparam>
/// <example>
/// <code>
/// public sealed class CompetitorType : CrmObjectGraphType&lt;Competitor&gt;
/// {
///     public CompetitorType() { Name = "Competitor"; Field(x => x.Name); Field(x => x.Website, nullable: true); }
/// }
/// </code>
/// </example>
public abstract class CrmObjectGraphType<TSource> : ObjectGraphType<TSource>
{
    /// <inheritdoc/>
    public override FieldBuilder<TSource, TProperty> Field<TProperty>(Expression<Func<TSource, TProperty>> expression) =>
        PropertyField(null, expression, nullable: null, type: null) ?? base.Field(expression);

    /// <inheritdoc/>
    public override FieldBuilder<TSource, TProperty> Field<TProperty>(Expression<Func<TSource, TProperty>> expression, bool nullable) =>
        PropertyField(null, expression, nullable, type: null) ?? base.Field(expression, nullable);

    /// <inheritdoc/>
    public override FieldBuilder<TSource, TProperty> Field<TProperty>(Expression<Func<TSource, TProperty>> expression, Type type) =>
        PropertyField(null, expression, nullable: null, type) ?? base.Field(expression, type);

    /// <inheritdoc/>
    public override FieldBuilder<TSource, TProperty> Field<TProperty>(string name, Expression<Func<TSource, TProperty>> expression) =>
        PropertyField(name, expression, nullable: null, type: null) ?? base.Field(name, expression);

    /// <inheritdoc/>
    public override FieldBuilder<TSource, TProperty> Field<TProperty>(string name, Expression<Func<TSource, TProperty>> expression, bool nullable) =>
        PropertyField(name, expression, nullable, type: null) ?? base.Field(name, expression, nullable);

    /// <inheritdoc/>
    public override FieldBuilder<TSource, TProperty> Field<TProperty>(string name, Expression<Func<TSource, TProperty>> expression, Type type) =>
        PropertyField(name, expression, nullable: null, type) ?? base.Field(name, expression, type);

    // Null when the expression is not a plain property read; the caller then lets GraphQL.NET compile it.
    private FieldBuilder<TSource, TProperty>? PropertyField<TProperty>(string? name, Expression<Func<TSource, TProperty>> expression, bool? nullable, Type? type)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var read = PropertyRead<TSource, TProperty>.TryBind(expression);
        if (read is null)
        {
            return null;
        }

        var builder = CreateBuilder<TProperty>(name ?? read.Property.Name, type ?? read.InferGraphType(nullable))
            .Description(expression.DescriptionOf())
            .DeprecationReason(expression.DeprecationReasonOf())
            .Resolve(read)
            .ResolvesWithoutServices();
        builder.FieldType.DefaultValue = expression.DefaultValueOf();
        builder.FieldType.Metadata[OriginalPropertyNameKey] = read.Property.Name;
        AddField(builder.FieldType);
        return builder;
    }

    // The metadata key GraphQL.NET gives expression fields (its constant is internal); kept so code that looks up
    // a field's property by it sees the same field either way.
    private const string OriginalPropertyNameKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME";
}
