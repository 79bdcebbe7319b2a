using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Modules.Customers.Storage.Migrations;

/// <summary>
/// Trigram (pg_trgm) GIN indexes, which let PostgreSQL answer <c>LIKE '%fragment%'</c> from an index. The model
/// does not describe them (EF has no provider-neutral way to), so they are named apart from the model's indexes.
/// pg_trgm is a trusted extension: the database owner may create it.
/// </summary>
internal static class PostgresTrigrams
{
    public const string Provider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static void CreateIndex(MigrationBuilder migrationBuilder, ModuleStorage storage, string table, string column)
    {
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
        migrationBuilder.Sql($"CREATE INDEX \"TRGM_{storage.Table(table)}_{column}\" ON \"{storage.Schema}\".\"{storage.Table(table)}\" USING gin (\"{column}\" gin_trgm_ops);");
    }
}
