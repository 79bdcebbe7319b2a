using System.Data.Common;
using System.Reflection;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Scaffolding.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.Persistence.Support;

/// <summary>
/// Reads a module's tables back from the real database with EF's own scaffolding reader and lists every way
/// they differ from what the context's model expects: missing or extra tables, columns, store types,
/// nullability, primary keys and indexes (name, columns, uniqueness, sort order). Empty means equal.
/// </summary>
internal static class SchemaComparison
{
    public static IReadOnlyList<string> Differences(ModuleDbContext context)
    {
        var database = ReadDatabase(context);
        var storage = context.Storage;
        var actual = database.Tables
            .Where(t => storage.Schema is null
                ? t.Name.StartsWith(storage.TablePrefix, StringComparison.Ordinal)
                : t.Schema == storage.Schema)
            .Where(t => t.Name != storage.MigrationsHistoryTable)
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        var expected = context.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
            .Where(t => !t.IsExcludedFromMigrations)
            .ToList();

        var differences = new List<string>();
        foreach (var table in expected)
        {
            if (!actual.Remove(table.Name, out var found))
            {
                differences.Add($"table {table.Name} is missing");
                continue;
            }

            CompareTable(table, found, differences);
        }

        differences.AddRange(actual.Keys.Select(name => $"table {name} is not in the model"));
        return differences;
    }

    private static void CompareTable(ITable expected, DatabaseTable actual, List<string> differences)
    {
        var columns = actual.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var column in expected.Columns)
        {
            if (!columns.Remove(column.Name, out var found))
            {
                differences.Add($"{expected.Name}.{column.Name} is missing");
                continue;
            }

            if (!string.Equals(column.StoreType, found.StoreType, StringComparison.OrdinalIgnoreCase))
            {
                differences.Add($"{expected.Name}.{column.Name} is {found.StoreType}, the model says {column.StoreType}");
            }

            if (column.IsNullable != found.IsNullable)
            {
                differences.Add($"{expected.Name}.{column.Name} nullable is {found.IsNullable}, the model says {column.IsNullable}");
            }
        }

        differences.AddRange(columns.Keys.Select(name => $"{expected.Name}.{name} is not in the model"));

        var expectedKey = expected.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? [];
        var actualKey = actual.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? [];
        if (!expectedKey.SequenceEqual(actualKey))
        {
            differences.Add($"{expected.Name} primary key is ({string.Join(", ", actualKey)}), the model says ({string.Join(", ", expectedKey)})");
        }

        var indexes = actual.Indexes.ToDictionary(i => i.Name!, StringComparer.Ordinal);
        foreach (var index in expected.Indexes)
        {
            if (!indexes.Remove(index.Name, out var found))
            {
                differences.Add($"index {index.Name} on {expected.Name} is missing");
                continue;
            }

            var expectedShape = Describe(index.Columns.Select(c => c.Name), index.IsUnique, index.IsDescending);
            var actualShape = Describe(found.Columns.Select(c => c.Name), found.IsUnique, found.IsDescending.ToList());
            if (expectedShape != actualShape)
            {
                differences.Add($"index {index.Name} is {actualShape}, the model says {expectedShape}");
            }
        }

        differences.AddRange(indexes.Keys.Select(name => $"index {name} on {expected.Name} is not in the model"));
    }

    private static string Describe(IEnumerable<string> columns, bool unique, IReadOnlyList<bool>? descending)
    {
        var names = columns.ToList();
        // EF leaves the list empty when every column is ascending.
        var order = names.Select((name, i) => descending is { Count: > 0 } && descending[i] ? name + " DESC" : name);
        return $"{(unique ? "UNIQUE " : "")}({string.Join(", ", order)})";
    }

    private static DatabaseModel ReadDatabase(ModuleDbContext context)
    {
        // EF's tools find a provider's design-time services through this assembly attribute; so do we.
        var providerAssembly = context.GetService<IDbContextOptions>().Extensions.OfType<RelationalOptionsExtension>().Single().GetType().Assembly;
        var attribute = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()
            ?? throw new InvalidOperationException($"{providerAssembly.GetName().Name} has no design-time services.");
        var designTimeServices = (IDesignTimeServices)Activator.CreateInstance(providerAssembly.GetType(attribute.TypeName, throwOnError: true)!)!;

        // The provider's scaffolding reader needs only logging besides its own services; the Design package
        // (EF's command-line tooling) is not needed to read a schema.
        var services = new ServiceCollection().AddLogging();
        designTimeServices.ConfigureDesignTimeServices(services);
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDatabaseModelFactory>();

        DbConnection connection = context.Database.GetDbConnection();
        var schemas = context.Storage.Schema is null ? [] : new[] { context.Storage.Schema };
        return factory.Create(connection, new DatabaseModelFactoryOptions(tables: null, schemas: schemas));
    }
}
