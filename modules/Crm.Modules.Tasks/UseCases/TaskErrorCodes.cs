namespace Crm.Modules.Tasks.UseCases;

/// <summary>
/// The codes of <c>crm.tasks</c>'s own refusals, beside the shared ones of <c>ContractErrorCodes</c>. They reach
/// clients as the <c>code</c> of a payload's user errors.
/// </summary>
public static class TaskErrorCodes
{
    /// <summary>No user has the given id.</summary>
    public const string UnknownUser = "UNKNOWN_USER";

    /// <summary>The user is deactivated: their history stays, new work does not go to them.</summary>
    public const string UserInactive = "USER_INACTIVE";

    /// <summary>The colleague is already marked away for part of the period.</summary>
    public const string AbsenceOverlap = "ABSENCE_OVERLAP";

    /// <summary>The chosen substitute is away himself during part of the period.</summary>
    public const string SubstituteAway = "SUBSTITUTE_AWAY";

    /// <summary>The activity is no longer planned (done or cancelled), so it cannot be completed or changed.</summary>
    public const string ActivityClosed = "ACTIVITY_CLOSED";

    /// <summary>The caller is not the substitute of this absence.</summary>
    public const string NotSubstitute = "NOT_SUBSTITUTE";
}
