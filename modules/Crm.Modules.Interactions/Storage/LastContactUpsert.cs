using Crm.Modules.Interactions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Crm.Modules.Interactions.Storage;

/// <summary>
/// Moves a customer's last-contact figure forward in one statement: <c>INSERT ... ON CONFLICT DO UPDATE ...
/// WHERE newer</c>, understood alike by SQLite (3.24+) and PostgreSQL. One statement means two colleagues
/// recording at once can neither lose the newer date nor fail on a duplicate key. Names come from the model,
/// so the module's table prefix or schema is honoured.
/// </summary>
internal static class LastContactUpsert
{
    public static Task<int> ApplyAsync(InteractionsDbContext db, Guid customerId, string kind, DateTime at, long interactionId, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(LastContactRow))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => Quote(entity.FindProperty(property)!.GetColumnName(table)!);
        var name = entity.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
        var (customer, kindColumn, lastAt, interaction) = (Column(nameof(LastContactRow.CustomerId)), Column(nameof(LastContactRow.Kind)), Column(nameof(LastContactRow.LastAt)), Column(nameof(LastContactRow.InteractionId)));
        var sql = $$"""
            INSERT INTO {{name}} AS lc ({{customer}}, {{kindColumn}}, {{lastAt}}, {{interaction}}) VALUES ({0}, {1}, {2}, {3})
            ON CONFLICT ({{customer}}, {{kindColumn}}) DO UPDATE SET {{lastAt}} = excluded.{{lastAt}}, {{interaction}} = excluded.{{interaction}}
            WHERE excluded.{{lastAt}} > lc.{{lastAt}} OR (excluded.{{lastAt}} = lc.{{lastAt}} AND excluded.{{interaction}} > lc.{{interaction}})
            """;
        return db.Database.ExecuteSqlRawAsync(sql, [customerId, kind, at, interactionId], cancellationToken);
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
