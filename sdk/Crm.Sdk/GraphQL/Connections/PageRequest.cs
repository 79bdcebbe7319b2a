namespace Crm.Sdk.GraphQL.Connections;

/// <summary>The paging arguments of one connection call, checked against the page size limits.</summary>
/// <param name="First">Items from the start (after <paramref name="After"/>).</param>
/// <param name="After">Start after this cursor.</param>
/// <param name="Last">Items from the end (before <paramref name="Before"/>).</param>
/// <param name="Before">End before this cursor.</param>
public sealed record PageRequest(int? First, string? After, int? Last, string? Before)
{
    /// <summary>Checks the arguments; the page size when neither first nor last is given is <paramref name="defaultSize"/>.</summary>
    /// <exception cref="DomainException">Negative sizes, both first and last, or a size over <paramref name="maxSize"/>.</exception>
    public PageRequest Validate(int defaultSize, int maxSize)
    {
        if (First < 0 || Last < 0)
        {
            throw new DomainException(ErrorCodes.InvalidInput, "first and last must not be negative.");
        }

        if (First is not null && Last is not null)
        {
            throw new DomainException(ErrorCodes.InvalidInput, "Give either first or last, not both.");
        }

        var size = First ?? Last;
        if (size > maxSize)
        {
            throw new DomainException(ErrorCodes.PageSizeExceeded, $"A page holds at most {maxSize} items; {size} were asked for.");
        }

        return First is null && Last is null ? this with { First = Math.Min(defaultSize, maxSize) } : this;
    }
}
