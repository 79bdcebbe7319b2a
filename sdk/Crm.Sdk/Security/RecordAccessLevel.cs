namespace Crm.Sdk.Security;

/// <summary>
/// How much of a module's records a role lets a user see and change. A role gives each module one level; a user
/// with several roles gets the widest.
/// </summary>
public enum RecordAccessLevel
{
    /// <summary>No record of the module.</summary>
    None = 0,

    /// <summary>Only records the user owns.</summary>
    Own = 1,

    /// <summary>Records owned by anyone who shares a team with the user.</summary>
    Team = 2,

    /// <summary>Every record of the module.</summary>
    All = 3,
}
