using GraphQL.Types;

namespace Crm.Sdk.GraphQL.Filtering;

/// <summary>
/// The generated filter of an entity, <c>{Entity}Filter</c>: one operator object per usable property (see
/// <see cref="EntityFields{TEntity}"/>) plus <c>and</c>, <c>or</c>, <c>not</c>. Added to a connection with
/// <see cref="Connections.ConnectionBuilder{TNode}.Filterable"/>; turned into a LINQ predicate by
/// <see cref="FilterExpressionBuilder"/>.
/// </summary>
/// <typeparam name="TEntity">The entity filtered.</typeparam>
public sealed class FilterInputGraphType<TEntity> : InputObjectGraphType
{
    /// <summary>Declares the filter's fields.</summary>
    public FilterInputGraphType()
    {
        Name = typeof(TEntity).Name + "Filter";
        Description = $"Conditions on {typeof(TEntity).Name}; all given fields must hold.";
        // An entity's own id is public only as a global id; clients fetch by it with node(id), not by filtering.
        var hidesId = typeof(IEntity).IsAssignableFrom(typeof(TEntity));
        foreach (var field in EntityFields<TEntity>.All.Where(field => !(hidesId && field.Name == "id")))
        {
            AddField(new FieldType { Name = field.Name, Type = OperatorTypeOf(field) });
        }

        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<TEntity>>>>("and").Description("Every one of these holds.");
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<TEntity>>>>("or").Description("At least one of these holds.");
        Field<FilterInputGraphType<TEntity>>("not").Description("This does not hold.");
    }

    private static Type OperatorTypeOf(EntityField field) => field.ValueType switch
    {
        var type when type == typeof(string) => typeof(StringFilterInputType),
        var type when type == typeof(int) || type == typeof(short) => typeof(IntFilterInputType),
        var type when type == typeof(long) => typeof(LongFilterInputType),
        var type when type == typeof(double) || type == typeof(float) => typeof(FloatFilterInputType),
        var type when type == typeof(decimal) => typeof(DecimalFilterInputType),
        var type when type == typeof(bool) => typeof(BooleanFilterInputType),
        var type when type == typeof(DateTime) => typeof(DateTimeFilterInputType),
        var type when type == typeof(DateTimeOffset) => typeof(DateTimeOffsetFilterInputType),
        var type when type == typeof(Guid) => typeof(IdFilterInputType),
        var type when type.IsEnum => typeof(EnumFilterInputType<>).MakeGenericType(type),
        var type => throw new NotSupportedException($"Properties of type {type.Name} cannot be filtered."),
    };
}
