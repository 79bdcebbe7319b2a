using System.Linq.Expressions;

namespace Crm.Sdk.Security;

/// <summary>
/// The one place a module applies record-level access. Queries filter by the owner column so the database does the
/// work, and a record outside the caller's reach is simply absent: a module answers "not found" for it exactly as
/// for an id that never existed, so nobody can probe for records they may not see.
/// </summary>
/// <example>
/// <code>
/// var visible = db.Opportunities.WhereAccessible(currentUser, "crm.sales", o =&gt; o.OwnerId);
/// var one = await visible.SingleOrDefaultAsync(o =&gt; o.Id == id, cancellationToken); // null when out of reach
/// </code>
/// </example>
public static class RecordAccess
{
    /// <summary>
    /// Keeps only the records of <paramref name="source"/> that <paramref name="user"/> may see in module
    /// <paramref name="moduleId"/>, judged by the owner id that <paramref name="ownerId"/> selects.
    /// </summary>
    public static IQueryable<T> WhereAccessible<T>(this IQueryable<T> source, ICurrentUser user, string moduleId, Expression<Func<T, string?>> ownerId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(ownerId);
        switch (user.AccessLevelFor(moduleId))
        {
            case RecordAccessLevel.All:
                return source;
            case RecordAccessLevel.Team:
                // An array parameter translates to IN (...) / = ANY(@p) on every provider.
                var members = user.TeamMemberIds.ToArray();
                return source.Where(Compose(ownerId, owner => members.Contains(owner!)));
            case RecordAccessLevel.Own:
                var me = user.Id;
                return source.Where(Compose(ownerId, owner => owner == me));
            default:
                return source.Where(_ => false);
        }
    }

    /// <summary>True when <paramref name="user"/> may see a record of <paramref name="moduleId"/> owned by <paramref name="ownerId"/>.</summary>
    public static bool CanAccess(this ICurrentUser user, string moduleId, string? ownerId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.AccessLevelFor(moduleId) switch
        {
            RecordAccessLevel.All => true,
            RecordAccessLevel.Team => ownerId is not null && user.TeamMemberIds.Contains(ownerId),
            RecordAccessLevel.Own => ownerId is not null && string.Equals(ownerId, user.Id, StringComparison.Ordinal),
            _ => false,
        };
    }

    private static Expression<Func<T, bool>> Compose<T>(Expression<Func<T, string?>> ownerId, Expression<Func<string?, bool>> test)
    {
        var body = new ReplaceParameter(test.Parameters[0], ownerId.Body).Visit(test.Body);
        return Expression.Lambda<Func<T, bool>>(body, ownerId.Parameters);
    }

    private sealed class ReplaceParameter(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
