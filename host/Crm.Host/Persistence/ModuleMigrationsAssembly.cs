using System.Reflection;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Host.Persistence;

/// <summary>
/// Finds a module context's hand-written migrations in the context's own assembly (a plugin brings its own)
/// and tells each <see cref="ModuleMigration"/> where the module's tables live before it runs.
/// </summary>
internal sealed class ModuleMigrationsAssembly(ICurrentDbContext currentContext) : IMigrationsAssembly
{
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;

    private Type ContextType => currentContext.Context.GetType();

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= FindMigrations(ContextType);

    /// <summary>Hand-written migrations carry no model snapshot; the schema test compares the database with the model instead.</summary>
    public ModelSnapshot? ModelSnapshot => null;

    public Assembly Assembly => ContextType.Assembly;

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
                                              || string.Equals(id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        if (migration is ModuleMigration moduleMigration && currentContext.Context is ModuleDbContext context)
        {
            moduleMigration.Storage = context.Storage;
        }

        return migration;
    }

    /// <summary>The migrations of <paramref name="contextType"/> by id, in order; found without creating a context.</summary>
    public static SortedDictionary<string, TypeInfo> FindMigrations(Type contextType)
    {
        var found = new SortedDictionary<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in contextType.Assembly.DefinedTypes)
        {
            if (type.IsAbstract || !type.IsSubclassOf(typeof(Migration))
                || type.GetCustomAttribute<DbContextAttribute>()?.ContextType != contextType)
            {
                continue;
            }

            var id = type.GetCustomAttribute<MigrationAttribute>()?.Id
                ?? throw new InvalidOperationException($"Migration {type.FullName} has no [Migration(\"<timestamp>_<Name>\")] attribute.");
            if (!found.TryAdd(id, type))
            {
                throw new InvalidOperationException($"Migrations {found[id].FullName} and {type.FullName} of {contextType.Name} share the id '{id}'.");
            }
        }

        return found;
    }
}
