using Crm.Sdk.Security;

namespace Crm.Plugins.Competitors;

/// <summary>The permissions the plugin's fields require, declared so admins can grant them to roles.</summary>
public static class CompetitorPermissions
{
    public const string Read = "competitors.read";
    public const string Write = "competitors.write";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(Read, "See competitors, their SWOT, activities, positioning files, and the win/loss report."),
        new(Write, "Record competitors, SWOT points, activities and files, and link clients to competitors."),
    ];
}
