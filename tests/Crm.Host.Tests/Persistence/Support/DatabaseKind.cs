namespace Crm.Host.Tests.Persistence.Support;

/// <summary>The database engines the persistence tests run on.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
    SqlServer,
}
