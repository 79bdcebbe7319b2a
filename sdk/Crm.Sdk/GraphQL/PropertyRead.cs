using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// The resolver of a field that returns a property of its source: a delegate bound to the property's getter, made
/// without runtime code generation (see <see cref="CrmObjectGraphType{TSource}"/>).
/// </summary>
internal sealed class PropertyRead<TSource, TProperty> : IFieldResolver, IRequiresResolveFieldContextAccessor
{
    private readonly Func<TSource, TProperty> _get;

    private PropertyRead(PropertyInfo property, Func<TSource, TProperty> get)
    {
        Property = property;
        _get = get;
    }

    /// <summary>The property the field returns.</summary>
    public PropertyInfo Property { get; }

    /// <summary>A property read needs nothing of the context but its source.</summary>
    public bool RequiresResolveFieldContextAccessor => false;

    /// <summary>
    /// The read of <paramref name="expression"/>'s property, or null unless the expression is exactly
    /// <c>x => x.Property</c> on a class source with a readable instance property of the expression's own type that
    /// is not a task (GraphQL.NET's compiled resolver awaits those; this one does not).
    /// </summary>
    public static PropertyRead<TSource, TProperty>? TryBind(Expression<Func<TSource, TProperty>> expression)
    {
        if (typeof(TSource).IsValueType || IsAwaitable(typeof(TProperty))
            || expression.Body is not MemberExpression { Member: PropertyInfo property, Expression: ParameterExpression parameter }
            || parameter != expression.Parameters[0]
            || property.PropertyType != typeof(TProperty)
            || property.GetMethod is not { IsStatic: false } getter)
        {
            return null;
        }

        return new PropertyRead<TSource, TProperty>(property, getter.CreateDelegate<Func<TSource, TProperty>>());
    }

    /// <summary>
    /// The field's graph type as GraphQL.NET infers it for an expression field: from the property's nullable
    /// annotations and GraphQL attributes when no nullability is given, else from the CLR type.
    /// </summary>
    public Type InferGraphType(bool? nullable)
    {
        if (nullable is null && GlobalSwitches.InferFieldNullabilityFromNRTAnnotations)
        {
            var information = new TypeInformation(Property, isInput: false);
            information.ApplyAttributes();
            return information.ConstructGraphType();
        }

        return typeof(TProperty).GetGraphTypeFromType(nullable ?? false, TypeMappingMode.OutputType);
    }

    /// <inheritdoc/>
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(_get((TSource)context.Source!));

    private static bool IsAwaitable(Type type) =>
        typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>));
}
