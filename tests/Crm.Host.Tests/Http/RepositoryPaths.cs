namespace Crm.Host.Tests.Http;

/// <summary>Files of this repository that tests read (docs, scripts), found from the test assembly's folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that holds Crm.sln.</summary>
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Crm.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Crm.sln not found above the test assembly.");
    }
}
