namespace Crm.Host.Persistence.Providers;

/// <summary>The one place that turns <c>Crm:Database:Provider</c> into a provider.</summary>
internal static class DatabaseProviderFactory
{
    public static IDatabaseProvider Create(DatabaseOptions options) =>
        (options.Provider ?? "").Trim().ToUpperInvariant() switch
        {
            "" or "SQLITE" => new SqliteDatabaseProvider(options),
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => new PostgresDatabaseProvider(RequireConnectionString(options, "Postgres", "Host=db;Database=crm;Username=crm;Password=...")),
            "SQLSERVER" or "MSSQL" => new SqlServerDatabaseProvider(RequireConnectionString(options, "SqlServer", "Server=db;Database=crm;User Id=crm;Password=...;TrustServerCertificate=True")),
            _ => throw new DatabaseConfigurationException(
                $"{DatabaseOptions.ProviderSetting} is '{options.Provider}', which is not a database provider Crm knows. Use 'Sqlite' (default), 'Postgres' or 'SqlServer'."),
        };

    // The example is in the provider's own format: a PostgreSQL-style string would not parse on SQL Server.
    private static string RequireConnectionString(DatabaseOptions options, string provider, string example) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new DatabaseConfigurationException(
                $"{DatabaseOptions.ProviderSetting} is '{provider}' but {DatabaseOptions.ConnectionStringSetting} is empty. Set it (environment: ConnectionStrings__Crm), e.g. '{example}'.")
            : options.ConnectionString;
}
