namespace Crm.Modules.Tasks.Domain;

/// <summary>
/// One record a substitute took over from an absent colleague, in whichever module keeps it. Kept so the client's
/// <c>workingNow</c> says who carries the work now and since when (the record's own module audits the owner change).
/// </summary>
public sealed class Takeover
{
    public Guid Id { get; set; }

    public Guid? AbsenceId { get; set; }

    public Guid CustomerId { get; set; }

    /// <summary>GraphQL type name of the record, e.g. <c>Opportunity</c>.</summary>
    public string RecordType { get; set; } = "";

    public string RecordId { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Description { get; set; } = "";

    public string FromUserId { get; set; } = "";

    public string ToUserId { get; set; } = "";

    public DateTime TakenAt { get; set; }
}
