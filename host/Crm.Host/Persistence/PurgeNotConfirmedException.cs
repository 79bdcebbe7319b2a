namespace Crm.Host.Persistence;

/// <summary>A purge was refused: not confirmed, or the module is still enabled. Nothing was deleted.</summary>
public sealed class PurgeNotConfirmedException(string message) : Exception(message);
