using Crm.Host.Persistence.Auditing;
using Crm.Sdk.GraphQL;
using Crm.Sdk.GraphQL.Connections;
using Crm.Sdk.Persistence;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;

namespace Crm.Host.GraphQL.Admin;

/// <summary>
/// Resolves <c>auditTrail(filter, first, after)</c>: newest first, forward paging only (the trail is read from the
/// latest write backwards), page size bounded by both the host's limit and <see cref="AuditQuery.MaxPageSize"/>.
/// </summary>
internal sealed class AuditTrailField(AuditTrail trail)
{
    public async Task<IConnectionPage> ResolveAsync(IResolveFieldContext context)
    {
        var paging = PagingOptions.From(context);
        var max = Math.Min(paging.MaxPageSize, AuditQuery.MaxPageSize);
        var first = context.GetArgument<int?>("first") ?? Math.Min(paging.DefaultPageSize, max);
        if (first < 1)
        {
            throw new DomainException(ErrorCodes.InvalidInput, "first must be at least 1.");
        }

        if (first > max)
        {
            throw new DomainException(ErrorCodes.PageSizeExceeded, $"A page holds at most {max} items; {first} were asked for.");
        }

        var after = context.GetArgument<string?>("after") is { } cursor ? AuditCursor.Decode(cursor) : (long?)null;
        var filter = context.GetArgument<AuditQuery?>("filter") ?? new AuditQuery();
        var page = await trail.QueryAsync(filter with { First = first, After = after }, context.CancellationToken).ConfigureAwait(false);
        var edges = page.Entries.Select(entry => new ConnectionEdge<AuditEntry>(AuditCursor.Encode(entry.Id), entry)).ToList();
        var pageInfo = new PageInfo
        {
            HasNextPage = page.NextCursor is not null,
            HasPreviousPage = after is not null,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new ConnectionPage<AuditEntry>(edges, pageInfo, cancellationToken => trail.CountAsync(filter, cancellationToken));
    }
}
