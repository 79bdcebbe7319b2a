using Crm.Sdk.Persistence;

namespace Crm.Sdk.Tests.Persistence;

public sealed class ModuleStorageTests
{
    [Theory]
    [InlineData("crm.customers", "crm_customers")]
    [InlineData("acme.service-tickets", "acme_service_tickets")]
    [InlineData("loyalty", "loyalty")]
    public void A_module_id_becomes_a_storage_name_every_database_accepts_unquoted(string moduleId, string expected) =>
        Assert.Equal(expected, ModuleStorage.NameFor(moduleId));

    [Fact]
    public void Tables_indexes_and_keys_are_named_as_EF_names_them_by_convention()
    {
        var onSqlite = new ModuleStorage("acme.tickets", null, "acme_tickets__", "acme_tickets__migrations");

        Assert.Equal(
            ("acme_tickets__tickets", "IX_acme_tickets__tickets_CustomerId_OpenedAt", "PK_acme_tickets__tickets"),
            (onSqlite.Table("tickets"), onSqlite.IndexName("tickets", "CustomerId", "OpenedAt"), onSqlite.PrimaryKeyName("tickets")));
    }

    [Fact]
    public void With_a_schema_table_names_stay_as_the_module_wrote_them()
    {
        var onPostgres = new ModuleStorage("acme.tickets", "acme_tickets", "", "__migrations");

        Assert.Equal(("tickets", "IX_tickets_CustomerId"), (onPostgres.Table("tickets"), onPostgres.IndexName("tickets", "CustomerId")));
    }

    [Fact]
    public void Raw_sql_names_a_table_quoted_and_schema_qualified_where_there_is_a_schema()
    {
        var onSqlite = new ModuleStorage("acme.tickets", null, "acme_tickets__", "acme_tickets__migrations");
        var onPostgres = new ModuleStorage("acme.tickets", "acme_tickets", "", "__migrations");

        Assert.Equal(("\"acme_tickets__tickets\"", "\"acme_tickets\".\"tickets\""), (onSqlite.QuotedTable("tickets"), onPostgres.QuotedTable("tickets")));
        Assert.Equal(
            ("\"acme_tickets__migrations\"", "\"acme_tickets\".\"__migrations\""),
            (onSqlite.QuotedMigrationsHistoryTable, onPostgres.QuotedMigrationsHistoryTable));
    }
}
