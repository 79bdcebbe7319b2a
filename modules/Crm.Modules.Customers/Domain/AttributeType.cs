namespace Crm.Modules.Customers.Domain;

/// <summary>The type of a custom attribute an admin defines for customers.</summary>
public enum AttributeType
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>One of a fixed list of choices.</summary>
    Choice,
}
