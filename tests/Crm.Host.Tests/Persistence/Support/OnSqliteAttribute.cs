using System.Reflection;
using Xunit.Sdk;

namespace Crm.Host.Tests.Persistence.Support;

/// <summary>Runs a provider theory on a SQLite file (always available).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.Sqlite]];
}
