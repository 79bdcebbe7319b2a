namespace Crm.Modules.Tasks.Domain;

/// <summary>Where an activity is: planned until it is done (with an outcome) or cancelled; both ends are final.</summary>
public enum ActivityStatus
{
    Planned,
    Done,
    Cancelled,
}
