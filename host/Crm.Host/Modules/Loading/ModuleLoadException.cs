namespace Crm.Host.Modules.Loading;

/// <summary>A module could not be loaded or created; the message tells an admin what to do about it.</summary>
public sealed class ModuleLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModuleLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around its cause.</summary>
    public ModuleLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModuleLoadException()
    {
    }
}
