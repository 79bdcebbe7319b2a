using GraphQL.Types;

namespace Crm.Sdk.GraphQL.Filtering;

/// <summary>
/// One element of a generated <c>orderBy</c> list, <c>{Entity}Order</c>: <c>field</c> (an enum of the entity's
/// orderable properties) and <c>direction</c> (default <c>ASC</c>). The list orders by its first element, then the next.
/// </summary>
/// <typeparam name="TEntity">The entity ordered.</typeparam>
public sealed class OrderInputGraphType<TEntity> : InputObjectGraphType
{
    /// <summary>Declares the input.</summary>
    public OrderInputGraphType()
    {
        Name = typeof(TEntity).Name + "Order";
        Description = $"One ordering key of {typeof(TEntity).Name}.";
        Field<NonNullGraphType<OrderFieldGraphType<TEntity>>>("field").Description("The field to order by.");
        Field<NonNullGraphType<SortDirectionGraphType>>("direction").DefaultValue(SortDirection.Asc).Description("Which way.");
    }

    /// <summary>Declares the input over a module's own choice of fields (see <see cref="SortField"/>).</summary>
    public OrderInputGraphType(OrderFieldGraphType<TEntity> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Name = typeof(TEntity).Name + "Order";
        Description = $"One ordering key of {typeof(TEntity).Name}.";
        Field("field", new NonNullGraphType(fields)).Description("The field to order by.");
        Field<NonNullGraphType<SortDirectionGraphType>>("direction").DefaultValue(SortDirection.Asc).Description("Which way.");
    }
}

/// <summary>The enum of an entity's orderable fields, <c>{Entity}OrderField</c> (values in SCREAMING_SNAKE_CASE).</summary>
/// <typeparam name="TEntity">The entity ordered.</typeparam>
public sealed class OrderFieldGraphType<TEntity> : EnumerationGraphType
{
    /// <summary>Declares one value per orderable property; the value is the property's GraphQL field name.</summary>
    public OrderFieldGraphType()
    {
        Name = typeof(TEntity).Name + "OrderField";
        Description = $"The fields {typeof(TEntity).Name} can be ordered by.";
        foreach (var field in EntityFields<TEntity>.All.Where(field => field.Kind != FieldKind.Boolean || !field.IsNullable))
        {
            Add(field.EnumName, field.Name, $"Order by {field.Name}.");
        }
    }

    /// <summary>Declares only <paramref name="fields"/>; each value's internal value is its property's GraphQL name.</summary>
    /// <exception cref="ArgumentException">A field names no orderable property of the entity.</exception>
    public OrderFieldGraphType(IEnumerable<SortField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Name = typeof(TEntity).Name + "OrderField";
        Description = $"The fields {typeof(TEntity).Name} can be ordered by.";
        foreach (var field in fields)
        {
            var property = EntityFields<TEntity>.Find(field.PropertyName)
                ?? throw new ArgumentException($"{typeof(TEntity).Name} has no orderable property '{field.PropertyName}'.", nameof(fields));
            Add(field.Name, property.Name, field.Description);
        }
    }
}
