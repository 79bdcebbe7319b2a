using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Crm.Architecture.Tests;

/// <summary>
/// Finds the built assembly of every project in a folder of the repository (modules/*, plugins/*, the test
/// plugins) and reads the names of the assemblies it references.
/// </summary>
internal static class BuiltAssemblies
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The configuration these tests were built in; the other projects were built the same way.</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string HostAssembly => Path.Combine(RepositoryRoot, "host", "Crm.Host", "bin", Configuration, "net10.0", "Crm.Host.dll");

    /// <summary>Every project directly under <paramref name="folder"/> (relative to the root) whose file matches <paramref name="filter"/>.</summary>
    public static IReadOnlyList<BuiltAssembly> Under(string folder, Func<string, bool>? filter = null)
    {
        var root = Path.Combine(RepositoryRoot, folder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.GetDirectories(root)
            .SelectMany(d => Directory.GetFiles(d, "*.csproj"))
            .Where(p => filter?.Invoke(p) ?? true)
            .Order(StringComparer.Ordinal)
            .Select(p => new BuiltAssembly(Path.GetFileNameWithoutExtension(p), Path.Combine(Path.GetDirectoryName(p)!, "bin", Configuration, "net10.0", Path.GetFileNameWithoutExtension(p) + ".dll")))
            .ToList();
    }

    public static IReadOnlySet<string> ReferencesOf(string assemblyPath)
    {
        Assert.True(File.Exists(assemblyPath), $"{assemblyPath} is not built; build the solution before running the architecture tests.");
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToHashSet(StringComparer.Ordinal);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Crm.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Crm.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A project's name (its assembly name) and where its build output is.</summary>
internal sealed record BuiltAssembly(string Name, string Path);
