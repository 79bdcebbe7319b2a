namespace Crm.Host.Modules.Lifecycle;

/// <summary>An admin operation was refused; the message says why and what to do instead.</summary>
public sealed class ModuleOperationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModuleOperationException(string message, bool unknownModule = false)
        : base(message)
    {
        UnknownModule = unknownModule;
    }

    /// <summary>Creates the exception.</summary>
    public ModuleOperationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModuleOperationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the id named no module at all.</summary>
    public bool UnknownModule { get; }
}
