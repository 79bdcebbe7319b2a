using System.Collections;
using System.Globalization;
using System.Linq.Expressions;

namespace Crm.Sdk.GraphQL.Filtering;

/// <summary>
/// Turns the value of a generated filter argument (<see cref="FilterInputGraphType{TEntity}"/>) into a predicate EF Core
/// translates to SQL. Compared values become query parameters, not literals, so the database reuses its plans.
/// </summary>
public static class FilterExpressionBuilder
{
    /// <summary>The predicate for <paramref name="filter"/> (the argument as GraphQL.NET parsed it).</summary>
    /// <example><code>query = query.Where(FilterExpressionBuilder.Build&lt;Customer&gt;(ctx.GetArgument&lt;Dictionary&lt;string, object?&gt;&gt;("filter")));</code></example>
    public static Expression<Func<TEntity, bool>> Build<TEntity>(IDictionary<string, object?> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var entity = Expression.Parameter(typeof(TEntity), "entity");
        return Expression.Lambda<Func<TEntity, bool>>(Body<TEntity>(filter, entity) ?? Expression.Constant(true), entity);
    }

    private static Expression? Body<TEntity>(IDictionary<string, object?> filter, ParameterExpression entity)
    {
        var parts = new List<Expression>();
        foreach (var (key, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            switch (key)
            {
                case "and":
                    parts.AddRange(Nested<TEntity>(value, entity).Select(part => part ?? Expression.Constant(true)));
                    break;
                case "or":
                    var alternatives = Nested<TEntity>(value, entity).Select(part => part ?? Expression.Constant(true)).ToList();
                    parts.Add(alternatives.Count == 0 ? Expression.Constant(false) : alternatives.Aggregate(Expression.OrElse));
                    break;
                case "not":
                    parts.Add(Expression.Not(Body<TEntity>(AsObject(value), entity) ?? Expression.Constant(true)));
                    break;
                default:
                    var field = EntityFields<TEntity>.Find(key)
                        ?? throw new DomainException(ErrorCodes.InvalidInput, $"{typeof(TEntity).Name} cannot be filtered by '{key}'.");
                    foreach (var (operation, operand) in AsObject(value))
                    {
                        if (Condition(field, operation, operand, Expression.Property(entity, field.Property)) is { } condition)
                        {
                            parts.Add(condition);
                        }
                    }

                    break;
            }
        }

        return parts.Count == 0 ? null : parts.Aggregate(Expression.AndAlso);
    }

    private static IEnumerable<Expression?> Nested<TEntity>(object value, ParameterExpression entity) =>
        ((IEnumerable)value).Cast<object?>().Where(item => item is not null).Select(item => Body<TEntity>(AsObject(item!), entity));

    private static IDictionary<string, object?> AsObject(object value) =>
        value as IDictionary<string, object?> ?? throw new DomainException(ErrorCodes.InvalidInput, "A filter must be an object.");

    private static Expression? Condition(EntityField field, string operation, object? operand, MemberExpression member)
    {
        if (operation == "isNull")
        {
            if (operand is not bool isNull)
            {
                return null;
            }

            return field.IsNullable
                ? isNull ? Expression.Equal(member, Expression.Constant(null, member.Type)) : Expression.NotEqual(member, Expression.Constant(null, member.Type))
                : Expression.Constant(!isNull);
        }

        if (operand is null)
        {
            return null;
        }

        return operation switch
        {
            "eq" => Expression.Equal(member, Parameter(field, operand, member.Type)),
            "neq" => Expression.NotEqual(member, Parameter(field, operand, member.Type)),
            "in" => In(field, operand, member),
            "gt" => Compare(member, Parameter(field, operand, member.Type), ExpressionType.GreaterThan),
            "gte" => Compare(member, Parameter(field, operand, member.Type), ExpressionType.GreaterThanOrEqual),
            "lt" => Compare(member, Parameter(field, operand, member.Type), ExpressionType.LessThan),
            "lte" => Compare(member, Parameter(field, operand, member.Type), ExpressionType.LessThanOrEqual),
            "contains" => Text(member, nameof(string.Contains), operand),
            "startsWith" => Text(member, nameof(string.StartsWith), operand),
            _ => throw new DomainException(ErrorCodes.InvalidInput, $"'{operation}' is not a filter operator."),
        };
    }

    /// <summary>Compares two values of the same type; strings through <see cref="string.CompareOrdinal(string, string)"/>.</summary>
    internal static Expression Compare(Expression left, Expression right, ExpressionType comparison)
    {
        if (left.Type == typeof(string))
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
            return Expression.MakeBinary(comparison, compare, Expression.Constant(0));
        }

        var underlying = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
        if (underlying.IsEnum)
        {
            var numeric = left.Type == underlying ? Enum.GetUnderlyingType(underlying) : typeof(Nullable<>).MakeGenericType(Enum.GetUnderlyingType(underlying));
            return Expression.MakeBinary(comparison, Expression.Convert(left, numeric), Expression.Convert(right, numeric));
        }

        if (underlying == typeof(Guid) || underlying == typeof(bool))
        {
            var compareTo = underlying.GetMethod(nameof(Guid.CompareTo), [underlying])!;
            var value = left.Type == underlying ? left : Expression.Property(left, "Value");
            var other = right.Type == underlying ? right : Expression.Property(right, "Value");
            return Expression.MakeBinary(comparison, Expression.Call(value, compareTo, other), Expression.Constant(0));
        }

        return Expression.MakeBinary(comparison, left, right);
    }

    /// <summary>A query parameter holding <paramref name="value"/> converted to <paramref name="type"/>.</summary>
    internal static Expression Parameter(EntityField field, object? value, Type type)
    {
        var converted = value is null ? null : ConvertValue(field, value);
        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(type), converted)!;
        return Expression.Property(Expression.Constant(box), nameof(ValueBox<int>.Value));
    }

    private static Expression In(EntityField field, object operand, MemberExpression member)
    {
        var values = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var item in (IEnumerable)operand)
        {
            values.Add(item is null ? null : ConvertValue(field, item));
        }

        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(values.GetType()), values)!;
        var list = Expression.Property(Expression.Constant(box), nameof(ValueBox<int>.Value));
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], list, member);
    }

    private static Expression Text(MemberExpression member, string method, object operand)
    {
        if (member.Type != typeof(string))
        {
            throw new DomainException(ErrorCodes.InvalidInput, $"'{method}' applies to text fields only.");
        }

        var call = Expression.Call(member, typeof(string).GetMethod(method, [typeof(string)])!, Expression.Constant(operand.ToString()));
        return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), call);
    }

    /// <summary>Converts a parsed GraphQL value (or a cursor value) to the property's type.</summary>
    internal static object ConvertValue(EntityField field, object value)
    {
        var target = field.ValueType;
        try
        {
            return value switch
            {
                _ when target.IsInstanceOfType(value) => value,
                string text when target == typeof(Guid) => Guid.Parse(text),
                string text when target.IsEnum => Enum.Parse(target, text, ignoreCase: true),
                _ when target.IsEnum => Enum.ToObject(target, value),
                DateTime dateTime when target == typeof(DateTimeOffset) => new DateTimeOffset(dateTime),
                DateTimeOffset offset when target == typeof(DateTime) => offset.UtcDateTime,
                string text when target == typeof(DateTime) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                string text when target == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
                _ => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            };
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new DomainException(ErrorCodes.InvalidInput, $"'{value}' is not a valid value for '{field.Name}'.", exception);
        }
    }

    // Holding a compared value in an object's property makes EF Core send it as a parameter.
    private sealed class ValueBox<T>(T value)
    {
        public T Value { get; } = value;
    }
}
