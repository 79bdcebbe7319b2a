using System.Linq.Expressions;
using System.Reflection;

namespace Crm.Sdk.GraphQL.Filtering;

/// <summary>
/// The public properties of <typeparamref name="TEntity"/> that filters and orderings can use (strings, numbers,
/// booleans, dates, Guids, enums, and their nullable forms), read once per entity type. Immutable after start.
/// </summary>
/// <typeparam name="TEntity">The entity a connection pages over.</typeparam>
public static class EntityFields<TEntity>
{
    /// <summary>The usable properties by their GraphQL (camelCase) field name, in declaration order.</summary>
    public static IReadOnlyList<EntityField> All { get; } = typeof(TEntity)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(property => property.CanRead && property.GetIndexParameters().Length == 0 && EntityField.KindOf(property.PropertyType) is not null)
        .Select(property => new EntityField(property, typeof(TEntity)))
        .ToList();

    /// <summary>The property with GraphQL field name <paramref name="name"/>, or null.</summary>
    public static EntityField? Find(string name) => All.FirstOrDefault(field => field.Name == name);
}

/// <summary>What a filter or ordering knows about one entity property.</summary>
public sealed class EntityField
{
    private readonly Type _entityType;

    // Two first readers may both compile it; either delegate does the same.
    private Func<object, object?>? _getter;

    internal EntityField(PropertyInfo property, Type entityType)
    {
        Property = property;
        Name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
        EnumName = string.Concat(property.Name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
        ValueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        // Reference types count as nullable unless their nullable annotation says otherwise (keyset paging needs to know).
        IsNullable = property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is not null
            : new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull;
        Kind = KindOf(property.PropertyType)!.Value;
        var parameter = Expression.Parameter(entityType, "entity");
        Selector = Expression.Lambda(Expression.Property(parameter, property), parameter);
        _entityType = entityType;
    }

    /// <summary>The CLR property.</summary>
    public PropertyInfo Property { get; }

    /// <summary>The GraphQL field name (camelCase).</summary>
    public string Name { get; }

    /// <summary>The name as an enum value of the order-field enum (SCREAMING_SNAKE_CASE).</summary>
    public string EnumName { get; }

    /// <summary>The property type without <see cref="Nullable{T}"/>.</summary>
    public Type ValueType { get; }

    /// <summary>Whether the property can hold null (reference types count as nullable).</summary>
    public bool IsNullable { get; }

    /// <summary>Which operator set applies.</summary>
    public FieldKind Kind { get; }

    /// <summary><c>entity => entity.Property</c>, for building queries.</summary>
    public LambdaExpression Selector { get; }

    /// <summary>
    /// Reads the property of an entity (for cursors). Compiled on first use: a connection reads only its sort keys,
    /// and compiling a getter for every property of every entity cost the start-up's schema composition about 25 ms.
    /// </summary>
    public Func<object, object?> Getter => _getter ??= Expression.Lambda<Func<object, object?>>(
        Expression.Convert(Expression.Property(Expression.Convert(ObjectParameter, _entityType), Property), typeof(object)),
        ObjectParameter).Compile();

    private static ParameterExpression ObjectParameter { get; } = Expression.Parameter(typeof(object), "value");

    internal static FieldKind? KindOf(Type type)
    {
        var value = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            _ when value == typeof(string) => FieldKind.String,
            _ when value == typeof(bool) => FieldKind.Boolean,
            _ when value == typeof(Guid) => FieldKind.Id,
            _ when value.IsEnum => FieldKind.Enum,
            _ when value == typeof(int) || value == typeof(long) || value == typeof(short) || value == typeof(double)
                || value == typeof(float) || value == typeof(decimal) => FieldKind.Number,
            _ when value == typeof(DateTime) || value == typeof(DateTimeOffset) => FieldKind.Date,
            _ => null,
        };
    }
}

/// <summary>The operator family of a filterable property.</summary>
public enum FieldKind
{
    /// <summary>eq, neq, in, contains, startsWith, isNull.</summary>
    String,

    /// <summary>eq, neq, in, gt, gte, lt, lte, isNull.</summary>
    Number,

    /// <summary>eq, neq, in, gt, gte, lt, lte, isNull.</summary>
    Date,

    /// <summary>eq, neq, isNull.</summary>
    Boolean,

    /// <summary>eq, neq, in, isNull (a Guid written as text).</summary>
    Id,

    /// <summary>eq, neq, in, isNull.</summary>
    Enum,
}
