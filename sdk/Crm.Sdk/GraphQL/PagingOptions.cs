using GraphQL;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// The page sizes connections use in this request, from the host's configured limits. Connection helpers read it;
/// a module only needs it to document its own page size.
/// </summary>
/// <param name="DefaultPageSize">Items per page when the client gives neither <c>first</c> nor <c>last</c>.</param>
/// <param name="MaxPageSize">The most items a page may hold; asking for more is a <see cref="ErrorCodes.PageSizeExceeded"/> error.</param>
public sealed record PagingOptions(int DefaultPageSize, int MaxPageSize)
{
    /// <summary>The user-context key the host stores the request's paging options under.</summary>
    public const string UserContextKey = "crm:paging";

    /// <summary>The defaults (10 per page, 50 at most) used when the host provided none.</summary>
    public static PagingOptions Default { get; } = new(10, 50);

    /// <summary>The request's paging options, or <see cref="Default"/>.</summary>
    public static PagingOptions From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext.TryGetValue(UserContextKey, out var value) && value is PagingOptions options ? options : Default;
    }
}
