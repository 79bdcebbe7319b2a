using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Customers;
using Crm.Sdk.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.UseCases;

/// <summary>
/// Leads: capture interest, qualify it into a customer (through the customers module's contract) and an
/// opportunity, or disqualify it with a reason. Leads out of the caller's reach answer NOT_FOUND.
/// </summary>
public sealed class ManageLeads(SalesDbContext db, IMediator mediator, OpenOpportunity open, ICurrentUser user, TimeProvider time)
{
    public async Task<ContractResult<Lead>> CaptureAsync(LeadInput input, CancellationToken cancellationToken)
    {
        var errors = new[]
        {
            Checks.Text(input.Name, 300, "name", "The name"),
            input.Source is { Length: > 100 } ? new ContractError(ContractErrorCodes.InvalidInput, "The source is limited to 100 characters.", "source") : null,
            input.Channel is { Length: > 100 } ? new ContractError(ContractErrorCodes.InvalidInput, "The channel is limited to 100 characters.", "channel") : null,
            input.Phone is { Length: > 50 } ? new ContractError(ContractErrorCodes.InvalidInput, "The phone is limited to 50 characters.", "phone") : null,
            input.Email is { Length: > 200 } ? new ContractError(ContractErrorCodes.InvalidInput, "The e-mail is limited to 200 characters.", "email") : null,
            await Checks.OwnerAsync(mediator, input.OwnerId, "ownerId", cancellationToken),
        }.OfType<ContractError>().ToList();
        if (input.ProductOfInterestId is { } product && !await db.Products.AnyAsync(p => p.Id == product, cancellationToken))
        {
            errors.Add(new(ContractErrorCodes.NotFound, $"No product has the id {product}.", "productOfInterestId"));
        }

        if (errors.Count > 0)
        {
            return ContractResult<Lead>.Failure(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var lead = new Lead
        {
            Id = Guid.CreateVersion7(),
            Name = input.Name.Trim(),
            IsPerson = input.IsPerson,
            Source = input.Source,
            Channel = input.Channel,
            ProductOfInterestId = input.ProductOfInterestId,
            Phone = input.Phone,
            Email = input.Email,
            OwnerId = input.OwnerId,
            Status = LeadStatus.New,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        return ContractResult<Lead>.Success(lead);
    }

    /// <summary>
    /// Validates the opportunity first, so a bad funnel or owner creates no customer; then the customer, then the
    /// opportunity and the lead's new state in one save.
    /// </summary>
    public async Task<ContractResult<Lead>> QualifyAsync(Guid id, QualifyInput input, CancellationToken cancellationToken)
    {
        var lead = await LoadOpenAsync(id, cancellationToken);
        if (!lead.Succeeded)
        {
            return lead;
        }

        var value = lead.Value;
        var opportunity = new OpportunityInput(Guid.Empty, input.Title, input.Amount, input.Currency, value.OwnerId, input.FunnelId)
        {
            ExpectedCloseDate = input.ExpectedCloseDate,
            ProductIds = value.ProductOfInterestId is { } product ? [product] : [],
            LeadId = value.Id,
        };
        var (errors, stage) = await open.ValidateAsync(opportunity, cancellationToken, checkCustomer: false);
        if (errors.Count > 0)
        {
            return ContractResult<Lead>.Failure(errors);
        }

        var customer = await mediator.Send(new CreateCustomer(value.Name, value.IsPerson, user.Id) { Phone = value.Phone, Email = value.Email, Source = value.Source, ManagerId = value.OwnerId }, cancellationToken);
        if (!customer.Succeeded)
        {
            return ContractResult<Lead>.Failure(customer.Errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var created = OpenOpportunity.Create(opportunity with { CustomerId = customer.Value.CustomerId }, stage!, user.Id, now, out var move);
        db.Opportunities.Add(created);
        db.StageMoves.Add(move);
        value.Status = LeadStatus.Qualified;
        value.CustomerId = customer.Value.CustomerId;
        value.OpportunityId = created.Id;
        value.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return ContractResult<Lead>.Success(value);
    }

    public async Task<ContractResult<Lead>> DisqualifyAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        if (Checks.Text(reason, 1000, "reason", "The reason") is { } bad)
        {
            return ContractResult<Lead>.Failure(bad);
        }

        var lead = await LoadOpenAsync(id, cancellationToken);
        if (!lead.Succeeded)
        {
            return lead;
        }

        lead.Value.Status = LeadStatus.Disqualified;
        lead.Value.DisqualifyReason = reason!.Trim();
        lead.Value.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return lead;
    }

    private async Task<ContractResult<Lead>> LoadOpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.WhereAccessible(user, SalesModule.Id, l => l.OwnerId).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        return lead switch
        {
            null => ContractResult<Lead>.Failure(new ContractError(ContractErrorCodes.NotFound, $"No lead has the id {id}.", "id")),
            { Status: not LeadStatus.New } => ContractResult<Lead>.Failure(new ContractError(SalesErrorCodes.AlreadyClosed, $"The lead is {lead.Status.ToString().ToUpperInvariant()} already.", "id")),
            _ => ContractResult<Lead>.Success(lead),
        };
    }
}
