using Crm.Host.Tests.Persistence.Support;

namespace Crm.Modules.History.Tests.Support;

/// <summary>A test that needs SQL Server; skipped, naming CRM_TEST_SQLSERVER, when no server is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (SqlServerInstance.ConnectionString is null)
        {
            Skip = SqlServerInstance.SkipReason;
        }
    }
}
