namespace Crm.Host.Identity.Authentication;

/// <summary>
/// The claims a signed-in principal carries. Tests that run the executor directly build a principal with these by
/// hand; the HTTP pipeline adds them from the database (<see cref="GrantsClaimsTransformation"/>).
/// </summary>
public static class CrmClaimTypes
{
    /// <summary>The user id (also <c>ClaimTypes.NameIdentifier</c>).</summary>
    public const string UserId = "crm:user";

    /// <summary>One granted permission; the same type <c>ClaimsFieldAuthorizer</c> checks.</summary>
    public const string Permission = "crm:permission";

    /// <summary>One module's record level, as <c>moduleId=LEVEL</c> (e.g. <c>crm.customers=TEAM</c>).</summary>
    public const string RecordLevel = "crm:record-level";

    /// <summary>The id of one user who shares a team with the principal.</summary>
    public const string TeamMember = "crm:team-member";

    /// <summary>The id of the session or API key the request came with.</summary>
    public const string TokenId = "crm:token";

    /// <summary>Marks that the grants were added, so a second transformation does not add them twice.</summary>
    public const string GrantsLoaded = "crm:grants";

    /// <summary>The authentication type (and ASP.NET Core scheme) of principals signed in by a Crm token.</summary>
    public const string Scheme = "CrmToken";

    /// <summary>
    /// The value of a <see cref="Permission"/> claim (and the module of a <see cref="RecordLevel"/> claim) that covers
    /// every permission and module, present and future: the administrator role's grant.
    /// </summary>
    public const string Everything = "*";
}
