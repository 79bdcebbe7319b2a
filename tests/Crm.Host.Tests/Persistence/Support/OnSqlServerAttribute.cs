using System.Reflection;
using Xunit.Sdk;

namespace Crm.Host.Tests.Persistence.Support;

/// <summary>Runs a provider theory on SQL Server; skipped, saying how to enable it, when no server is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqlServerAttribute : DataAttribute
{
    public OnSqlServerAttribute()
    {
        if (SqlServerInstance.ConnectionString is null)
        {
            Skip = SqlServerInstance.SkipReason;
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.SqlServer]];
}
