namespace Crm.Host.Persistence;

/// <summary>Exit codes (from BSD sysexits.h) for a host that could not start because of its database.</summary>
internal static class ExitCodes
{
    /// <summary>EX_UNAVAILABLE: the database could not be reached; a supervisor may retry later.</summary>
    public const int Unavailable = 69;

    /// <summary>EX_CONFIG: a database setting is wrong; retrying without fixing it is pointless.</summary>
    public const int Configuration = 78;
}
