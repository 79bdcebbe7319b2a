using Crm.Modules.Agreements.Storage;
using Crm.Modules.Agreements.UseCases;
using Crm.Sdk.Contracts.Agreements;
using MediatR;

namespace Crm.Modules.Agreements.Handlers;

/// <summary>Answers <see cref="CheckResourceClaims"/> for modules about to offer resources (a deal's quote, a booking).</summary>
internal sealed class CheckResourceClaimsHandler(AgreementsDbContext db) : IRequestHandler<CheckResourceClaims, IReadOnlyList<ResourceConflict>>
{
    public Task<IReadOnlyList<ResourceConflict>> Handle(CheckResourceClaims request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Claims.Any(c => c.To < c.From))
        {
            throw new ArgumentException("A claim ends before it starts.", nameof(request));
        }

        return ClaimChecker.FindConflictsAsync(db, request.CustomerId, request.Claims, ignoreAgreement: null, cancellationToken);
    }
}
