using Crm.Sdk.Security;

namespace Crm.Plugins.ServiceTickets;

/// <summary>The permissions the plugin's fields require, declared so admins can grant them to roles.</summary>
public static class TicketPermissions
{
    public const string Read = "tickets.read";
    public const string Write = "tickets.write";
    public const string Admin = "tickets.admin";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(Read, "See clients' tickets, their SLA and the breach list."),
        new(Write, "Open tickets, change their status, reopen, assign and comment."),
        new(Admin, "Change the SLA of each priority."),
    ];
}
