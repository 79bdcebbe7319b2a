using System.Reflection;
using Xunit.Sdk;

namespace Crm.Host.Tests.Persistence.Support;

/// <summary>Runs a provider theory on PostgreSQL; skipped, saying how to enable it, when no server is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        if (PostgresServer.ConnectionString is null)
        {
            Skip = PostgresServer.SkipReason;
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.Postgres]];
}
