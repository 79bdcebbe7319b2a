using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Sdk.Persistence;

/// <summary>
/// The base of a module's hand-written migrations. Name tables through <see cref="Storage"/> so one migration
/// creates the right names on every provider, and mark the class with
/// <c>[DbContext(typeof(YourDbContext))]</c> and <c>[Migration("20261123120000_CreateTickets")]</c> (ids sort in
/// the order migrations apply). Each migration runs in its own transaction; a failing one leaves nothing behind
/// and the module Faulted. Never edit a migration that has shipped: add a new one.
/// </summary>
/// <example>
/// <code>
/// protected override void Up(MigrationBuilder migration)
/// {
///     EnsureSchema(migration);
///     migration.CreateTable(
///         name: Storage.Table("tickets"), schema: Storage.Schema,
///         columns: t =&gt; new { Id = t.Column&lt;Guid&gt;(nullable: false), Title = t.Column&lt;string&gt;(maxLength: 200, nullable: false) },
///         constraints: t =&gt; t.PrimaryKey(Storage.PrimaryKeyName("tickets"), x =&gt; x.Id));
/// }
/// </code>
/// </example>
public abstract class ModuleMigration : Migration
{
    private ModuleStorage? _storage;

    /// <summary>Where the module's tables live; set by the host before the migration runs.</summary>
    /// <exception cref="InvalidOperationException">Read before the host set it (the migration was created outside the host).</exception>
    public ModuleStorage Storage
    {
        get => _storage ?? throw new InvalidOperationException($"{GetType().Name} was created outside the host's migration runner: its module storage is unknown.");
        set => _storage = value;
    }

    /// <summary>Creates the module's schema when the provider has schemas; call it first in the first migration.</summary>
    protected void EnsureSchema(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (Storage.Schema is not null)
        {
            migrationBuilder.EnsureSchema(Storage.Schema);
        }
    }
}
