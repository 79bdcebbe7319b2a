namespace Crm.Modules.Sales.Tests.Support;

/// <summary>Which database a harness runs on.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
