namespace Crm.Host.Tests.Persistence.Support;

/// <summary>A test that needs PostgreSQL; skipped, saying how to enable it, when no server is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.ConnectionString is null)
        {
            Skip = PostgresServer.SkipReason;
        }
    }
}
