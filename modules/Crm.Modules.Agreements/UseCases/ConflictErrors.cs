using System.Globalization;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.Contracts.Customers;
using MediatR;

namespace Crm.Modules.Agreements.UseCases;

/// <summary>Words each conflict so a colleague knows whom to call: the holder, the agreement, who recorded it and when.</summary>
internal static class ConflictErrors
{
    public static async Task<ContractError[]> DescribeAsync(IMediator mediator, IReadOnlyList<ResourceConflict> conflicts, CancellationToken cancellationToken)
    {
        var holders = await mediator.Send(new GetCustomerSummaries(conflicts.Select(c => c.HolderCustomerId).Distinct().ToList()), cancellationToken);
        var names = holders.ToDictionary(h => h.CustomerId, h => h.Name);
        return conflicts.Select(c => new ContractError(
            ContractErrorCodes.ResourceConflict,
            string.Create(CultureInfo.InvariantCulture,
                $"'{c.Resource}' is held from {c.From:yyyy-MM-dd} to {c.To:yyyy-MM-dd} by {names.GetValueOrDefault(c.HolderCustomerId, c.HolderCustomerId.ToString())} under \"{c.AgreementSubject}\" ({c.AgreementStatus.ToString().ToUpperInvariant()}), recorded by {c.RecordedBy} on {c.RecordedAt:yyyy-MM-dd}. Talk to them first, or go ahead with an override reason."),
            "claims")).ToArray();
    }
}
