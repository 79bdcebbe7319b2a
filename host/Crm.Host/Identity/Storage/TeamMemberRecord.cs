namespace Crm.Host.Identity.Storage;

/// <summary>A user belongs to a team (<c>team_members</c>).</summary>
internal sealed class TeamMemberRecord
{
    public string TeamId { get; set; } = "";

    public string UserId { get; set; } = "";
}
