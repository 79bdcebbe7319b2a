namespace Crm.Host.Persistence;

/// <summary>
/// Which database Crm uses and how it reaches it. Bound from <c>Crm:Database</c>, with
/// <see cref="ConnectionString"/> from <c>ConnectionStrings:Crm</c> and <see cref="DataDirectory"/> from
/// <c>Crm:DataDirectory</c> (environment: <c>Crm__Database__Provider</c>, <c>ConnectionStrings__Crm</c>,
/// <c>Crm__DataDirectory</c>).
/// </summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section of the provider settings.</summary>
    public const string Section = "Crm:Database";

    /// <summary>The setting that names the provider, as people write it in configuration.</summary>
    public const string ProviderSetting = "Crm:Database:Provider";

    /// <summary>The setting that holds a server's connection string.</summary>
    public const string ConnectionStringSetting = "ConnectionStrings:Crm";

    /// <summary>The setting that holds the data folder.</summary>
    public const string DataDirectorySetting = "Crm:DataDirectory";

    /// <summary><c>Sqlite</c> (default, a file in <see cref="DataDirectory"/>), <c>Postgres</c> or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The server connection string (PostgreSQL, SQL Server); unused by SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The folder that holds the SQLite file; created on first run.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The SQLite file's name inside <see cref="DataDirectory"/>.</summary>
    public string SqliteFileName { get; set; } = "crm.db";

    /// <summary>How long a SQLite command waits for a lock held by another process before it fails.</summary>
    public int BusyTimeoutSeconds { get; set; } = 5;

    /// <summary>How many times start-up tries to reach the database before it gives up with an error.</summary>
    public int StartupAttempts { get; set; } = 6;

    /// <summary>The wait after the first failed start-up attempt; it doubles after each further failure.</summary>
    public TimeSpan StartupFirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
