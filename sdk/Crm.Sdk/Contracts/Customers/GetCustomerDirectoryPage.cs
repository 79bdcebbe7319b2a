using MediatR;

namespace Crm.Sdk.Contracts.Customers;

/// <summary>
/// Reads every customer (archived included) in id order, one page at a time, so a module that keeps its own
/// copy of the customer list (to join with its records locally) can fill it when it is first enabled.
/// Pass the last id of a page as <see cref="After"/> to get the next; an empty page is the end.
/// </summary>
/// <param name="After">The last id already read, or null to start.</param>
/// <param name="Take">Page size, 1 to 5,000.</param>
public sealed record GetCustomerDirectoryPage(Guid? After, int Take) : IRequest<IReadOnlyList<CustomerSummary>>
{
    /// <summary>The largest page.</summary>
    public const int MaxTake = 5000;
}
