using Crm.Host.Persistence;
using Crm.Host.Persistence.Providers;

namespace Crm.Host.Tests.Persistence.Providers;

public sealed class DatabaseProviderFactoryTests
{
    [Fact]
    public void Sqlite_is_the_default_with_a_file_in_the_data_folder()
    {
        var provider = DatabaseProviderFactory.Create(new DatabaseOptions { DataDirectory = "/srv/crm-data" });

        var sqlite = Assert.IsType<SqliteDatabaseProvider>(provider);
        Assert.Equal("/srv/crm-data/crm.db", sqlite.FilePath);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgresql")]
    public void Postgres_is_chosen_by_name(string name)
    {
        var provider = DatabaseProviderFactory.Create(new DatabaseOptions { Provider = name, ConnectionString = "Host=db;Database=crm;Username=crm;Password=secret" });

        Assert.Equal("Postgres", provider.Name);
        Assert.Equal("PostgreSQL database 'crm' at db:5432", provider.Description);
    }

    [Fact]
    public void An_unknown_provider_names_the_setting_and_the_choices()
    {
        var error = Assert.Throws<DatabaseConfigurationException>(() => DatabaseProviderFactory.Create(new DatabaseOptions { Provider = "Oracle" }));

        Assert.Equal("Crm:Database:Provider is 'Oracle', which is not a database provider Crm knows. Use 'Sqlite' (default), 'Postgres' or 'SqlServer'.", error.Message);
    }

    [Fact]
    public void Postgres_without_a_connection_string_names_the_missing_setting()
    {
        var error = Assert.Throws<DatabaseConfigurationException>(() => DatabaseProviderFactory.Create(new DatabaseOptions { Provider = "Postgres" }));

        Assert.StartsWith("Crm:Database:Provider is 'Postgres' but ConnectionStrings:Crm is empty.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_a_configuration_error()
    {
        var error = Assert.Throws<DatabaseConfigurationException>(
            () => DatabaseProviderFactory.Create(new DatabaseOptions { Provider = "Postgres", ConnectionString = "Hots=db;Nonsense" }));

        Assert.Contains("ConnectionStrings:Crm is not a valid PostgreSQL connection string", error.Message, StringComparison.Ordinal);
    }
}
