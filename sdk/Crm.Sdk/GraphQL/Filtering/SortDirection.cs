using GraphQL.Types;

namespace Crm.Sdk.GraphQL.Filtering;

/// <summary>Which way an ordering runs.</summary>
public enum SortDirection
{
    /// <summary>Smallest first.</summary>
    Asc,

    /// <summary>Largest first.</summary>
    Desc,
}

/// <summary>The GraphQL <c>SortDirection</c> enum: <c>ASC</c>, <c>DESC</c>.</summary>
public sealed class SortDirectionGraphType : EnumerationGraphType<SortDirection>
{
    /// <summary>Declares the enum.</summary>
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Description = "Which way an ordering runs.";
    }
}
