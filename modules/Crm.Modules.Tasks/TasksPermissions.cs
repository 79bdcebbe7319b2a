using Crm.Sdk.Security;

namespace Crm.Modules.Tasks;

/// <summary>The permissions <c>crm.tasks</c> fields require; admins grant them to roles.</summary>
public static class TasksPermissions
{
    public const string Read = "tasks.read";
    public const string Write = "tasks.write";
    public const string Manage = "tasks.manage";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(Read, "See activities, my day, workload and the absences one stands in for."),
        new(Write, "Plan, complete and cancel activities, mark oneself away, take over a colleague's work as his substitute."),
        new(Manage, "Mark other colleagues away and hand their work to their substitutes."),
    ];
}
