namespace Crm.Sdk.Persistence;

/// <summary>
/// Where one module's tables live in the shared database: on PostgreSQL (and SQL Server) a schema of the
/// module's own, on SQLite (no schemas) a table-name prefix. Also names the module's own migrations history
/// table. Migrations use it so the same hand-written migration creates the right names on every provider.
/// </summary>
/// <param name="ModuleId">The module the storage belongs to, e.g. <c>acme.tickets</c>.</param>
/// <param name="Schema">The module's schema, or null on a provider without schemas.</param>
/// <param name="TablePrefix">Prepended to every table name; empty when the module has a schema.</param>
/// <param name="MigrationsHistoryTable">The module's own migrations history table (already prefixed).</param>
public sealed record ModuleStorage(string ModuleId, string? Schema, string TablePrefix, string MigrationsHistoryTable)
{
    /// <summary>The storage name derived from a module id: <c>acme.tickets</c> becomes <c>acme_tickets</c>.</summary>
    public static string NameFor(string moduleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleId);
        return moduleId.Replace('.', '_').Replace('-', '_');
    }

    /// <summary>The physical name of the module's table <paramref name="name"/>; use it in migrations.</summary>
    public string Table(string name) => TablePrefix + name;

    /// <summary>
    /// The module's table <paramref name="name"/> as raw SQL refers to it: schema-qualified where the module has a
    /// schema, double-quoted (standard SQL quoting, which PostgreSQL, SQLite and SQL Server all accept).
    /// </summary>
    public string QuotedTable(string name) => Quoted(Table(name));

    /// <summary>The module's migrations history table as raw SQL refers to it, quoted as <see cref="QuotedTable"/>.</summary>
    public string QuotedMigrationsHistoryTable => Quoted(MigrationsHistoryTable);

    /// <summary>
    /// The name EF Core gives by convention to an index on <paramref name="columns"/> of the module's table
    /// <paramref name="table"/> (<c>IX_{table}_{col1}_{col2}</c>); use it in migrations so the database and the
    /// model agree.
    /// </summary>
    public string IndexName(string table, params string[] columns) => $"IX_{Table(table)}_{string.Join('_', columns)}";

    /// <summary>The conventional primary key name of the module's table <paramref name="table"/>.</summary>
    public string PrimaryKeyName(string table) => $"PK_{Table(table)}";

    private string Quoted(string physicalName) =>
        Schema is null ? $"\"{physicalName}\"" : $"\"{Schema}\".\"{physicalName}\"";
}
