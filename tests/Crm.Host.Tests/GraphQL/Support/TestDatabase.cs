using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Tests.GraphQL.Support;

/// <summary>
/// A folder of real SQLite files, one per test module (each module owns its own database, as in production), with
/// one SQL statement counter shared by all of them. Deleted when disposed.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crm-graphql-tests", Guid.NewGuid().ToString("N"));

    public TestDatabase()
    {
        Directory.CreateDirectory(_folder);
    }

    public SqlStatementCounter Statements { get; } = new();

    /// <summary>Options for a module's context on its own file.</summary>
    public DbContextOptions<TContext> OptionsFor<TContext>(string moduleId)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, moduleId + ".db")};Pooling=False")
            .AddInterceptors(Statements)
            .Options;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finalizing connection; the temp folder is cleaned by the OS later.
        }
    }
}
