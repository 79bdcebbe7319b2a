using GraphQL.Types;

namespace Crm.Sdk.GraphQL.Filtering;

/// <summary>
/// The operators one property offers in a generated filter: <c>eq</c>, <c>neq</c>, <c>in</c> and <c>isNull</c> always;
/// <c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c> for ordered values; <c>contains</c>, <c>startsWith</c> for text.
/// Several operators in one object must all hold.
/// </summary>
/// <typeparam name="TValueGraphType">The GraphQL type of the compared value.</typeparam>
public abstract class OperatorFilterInputType<TValueGraphType> : InputObjectGraphType
    where TValueGraphType : IGraphType
{
    /// <summary>Declares the operators.</summary>
    /// <param name="name">The GraphQL name, e.g. <c>StringFilter</c>.</param>
    /// <param name="ordered">Adds gt, gte, lt, lte.</param>
    /// <param name="text">Adds contains and startsWith.</param>
    /// <param name="list">Adds in.</param>
    protected OperatorFilterInputType(string name, bool ordered, bool text, bool list = true)
    {
        Name = name;
        Description = "Conditions on one field; all given conditions must hold.";
        Field<TValueGraphType>("eq").Description("Equal to.");
        Field<TValueGraphType>("neq").Description("Not equal to.");
        if (list)
        {
            Field<ListGraphType<NonNullGraphType<TValueGraphType>>>("in").Description("Equal to one of.");
        }

        if (ordered)
        {
            Field<TValueGraphType>("gt").Description("Greater than.");
            Field<TValueGraphType>("gte").Description("Greater than or equal to.");
            Field<TValueGraphType>("lt").Description("Less than.");
            Field<TValueGraphType>("lte").Description("Less than or equal to.");
        }

        if (text)
        {
            Field<StringGraphType>("contains").Description("Contains the text.");
            Field<StringGraphType>("startsWith").Description("Starts with the text.");
        }

        Field<BooleanGraphType>("isNull").Description("true: has no value; false: has a value.");
    }
}

/// <summary>Operators on a <c>String</c> field.</summary>
public sealed class StringFilterInputType() : OperatorFilterInputType<StringGraphType>("StringFilter", ordered: false, text: true);

/// <summary>Operators on an <c>Int</c> field.</summary>
public sealed class IntFilterInputType() : OperatorFilterInputType<IntGraphType>("IntFilter", ordered: true, text: false);

/// <summary>Operators on a <c>Long</c> field.</summary>
public sealed class LongFilterInputType() : OperatorFilterInputType<LongGraphType>("LongFilter", ordered: true, text: false);

/// <summary>Operators on a <c>Float</c> field.</summary>
public sealed class FloatFilterInputType() : OperatorFilterInputType<FloatGraphType>("FloatFilter", ordered: true, text: false);

/// <summary>Operators on a <c>Decimal</c> field.</summary>
public sealed class DecimalFilterInputType() : OperatorFilterInputType<DecimalGraphType>("DecimalFilter", ordered: true, text: false);

/// <summary>Operators on a <c>Boolean</c> field.</summary>
public sealed class BooleanFilterInputType() : OperatorFilterInputType<BooleanGraphType>("BooleanFilter", ordered: false, text: false, list: false);

/// <summary>Operators on a <c>DateTime</c> field.</summary>
public sealed class DateTimeFilterInputType() : OperatorFilterInputType<DateTimeGraphType>("DateTimeFilter", ordered: true, text: false);

/// <summary>Operators on a <c>DateTimeOffset</c> field.</summary>
public sealed class DateTimeOffsetFilterInputType() : OperatorFilterInputType<DateTimeOffsetGraphType>("DateTimeOffsetFilter", ordered: true, text: false);

/// <summary>Operators on a Guid field, compared as text (<c>ID</c>).</summary>
public sealed class IdFilterInputType() : OperatorFilterInputType<IdGraphType>("IdFilter", ordered: false, text: false);

/// <summary>Operators on an enum field; the enum's graph type is <see cref="EnumerationGraphType{TEnum}"/>.</summary>
/// <typeparam name="TEnum">The CLR enum.</typeparam>
public sealed class EnumFilterInputType<TEnum>() : OperatorFilterInputType<EnumerationGraphType<TEnum>>(typeof(TEnum).Name + "Filter", ordered: false, text: false)
    where TEnum : Enum;
