using Crm.Sdk.Security;

namespace Crm.Plugins.Loyalty;

/// <summary>The permissions the plugin's fields require, declared so admins can grant them to roles.</summary>
public static class LoyaltyPermissions
{
    public const string Read = "loyalty.read";
    public const string Sell = "loyalty.sell";
    public const string Admin = "loyalty.admin";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(Read, "See clients' points, discounts and cards."),
        new(Sell, "Quote prices with discounts and promo codes, and spend clients' points."),
        new(Admin, "Configure the programme, personal discounts, discount cards and promo codes."),
    ];
}
