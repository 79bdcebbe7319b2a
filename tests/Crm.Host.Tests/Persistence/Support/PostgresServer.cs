namespace Crm.Host.Tests.Persistence.Support;

/// <summary>The PostgreSQL the tests may use, named by the environment (set by .ci/setup.d/postgres.sh).</summary>
internal static class PostgresServer
{
    public const string Variable = "CRM_TEST_POSTGRES";

    public const string SkipReason =
        "PostgreSQL tests need a server: set CRM_TEST_POSTGRES to a connection string of a login that may create databases " +
        "(e.g. \"Host=127.0.0.1;Username=crm_test;Password=crm_test;Database=crm_test\"), or run .ci/run, which installs and starts one.";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
