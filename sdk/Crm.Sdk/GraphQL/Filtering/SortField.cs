namespace Crm.Sdk.GraphQL.Filtering;

/// <summary>
/// One field a connection may be ordered by when the module chooses them itself (see
/// <c>ConnectionBuilder.Sortable(params SortField[])</c>): the enum value clients send, and the entity property it
/// orders by. A module names fields for people (<c>NAME</c>) while ordering by what the database indexes
/// (<c>NameKey</c>, the folded name), and leaves out properties nobody should sort on.
/// </summary>
/// <param name="Name">The enum value, SCREAMING_SNAKE_CASE, e.g. <c>NAME</c>.</param>
/// <param name="PropertyName">The entity property's GraphQL (camelCase) name, e.g. <c>nameKey</c>; must be non-nullable for keyset paging.</param>
/// <param name="Description">What ordering by it means.</param>
public sealed record SortField(string Name, string PropertyName, string Description);
