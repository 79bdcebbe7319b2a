using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.UseCases;

namespace Crm.Modules.Sales.Seeding;

/// <summary>The funnel, reasons and products both seeders start from (demo and load data share one shape).</summary>
internal static class SalesCatalogSeed
{
    public static readonly (string Code, string Name)[] Reasons =
    [
        ("PRICE", "Too expensive"), ("COMPETITOR", "Chose a competitor"), ("NO_BUDGET", "No budget this year"), ("TIMING", "Not now, maybe later"),
    ];

    public static readonly (string Name, string Sku, decimal Price, string Category)[] Products =
    [
        ("Модуль 1/4 полосы", "AD-QUARTER", 12000m, "Print"), ("Полоса целиком", "AD-FULL", 40000m, "Print"),
        ("Баннер на сайте, неделя", "WEB-BANNER-W", 8000m, "Online"), ("Рассылка по подписчикам", "MAIL-BLAST", 5000m, "Online"),
    ];

    public static FunnelInput NewClients { get; } = new("New clients",
    [
        new("First contact", 10), new("Needs understood", 30), new("Proposal sent", 60), new("Negotiation", 80),
        new("Won", 100, StageOutcome.Won), new("Lost", 0, StageOutcome.Lost),
    ])
    {
        Rules = [new(RuleTrigger.PurchaseRecorded, "Won"), new(RuleTrigger.InteractionRecorded, "Proposal sent") { InteractionKind = "PROPOSAL" }],
    };

    public static FunnelInput Renewals { get; } = new("Renewals",
    [
        new("Renewal due", 50), new("Terms agreed", 80), new("Renewed", 100, StageOutcome.Won), new("Not renewed", 0, StageOutcome.Lost),
    ])
    {
        Rules = [new(RuleTrigger.PurchaseRecorded, "Renewed")],
    };
}
