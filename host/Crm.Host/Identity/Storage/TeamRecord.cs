namespace Crm.Host.Identity.Storage;

/// <summary>One row of the host's <c>teams</c> table: people who see each other's records at TEAM level.</summary>
internal sealed class TeamRecord
{
    public string Id { get; set; } = "";

    /// <summary>Unique name.</summary>
    public string Name { get; set; } = "";
}
