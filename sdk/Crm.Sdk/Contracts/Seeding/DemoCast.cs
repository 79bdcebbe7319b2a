using System.Collections.Concurrent;

namespace Crm.Sdk.Contracts.Seeding;

/// <summary>
/// The people and clients of the demo company, shared by the modules that seed it: the module that creates a
/// customer puts its id under a role name, and later modules (handlers run in module dependency order) give that
/// customer its history. User ids are fixed, so every module names the same colleagues.
/// </summary>
public sealed class DemoCast
{
    /// <summary>The head of sales: knows every long-standing client and made the oral promise of the newspaper case.</summary>
    public const string HeadOfSales = "demo-user-irina-volkova";

    /// <summary>A new colleague who covers while the head of sales is away.</summary>
    public const string NewColleague = "demo-user-pavel-smirnov";

    /// <summary>An account manager for English-speaking clients.</summary>
    public const string AccountManager = "demo-user-emma-clarke";

    /// <summary>The director, who sees everything and rarely records anything.</summary>
    public const string Director = "demo-user-oleg-petrov";

    /// <summary>The client that has held the newspaper's top ad slot on page 3 for years, extended orally.</summary>
    public const string LoyalAdvertiser = "loyal-advertiser";

    /// <summary>The new client who asks for the same slot while the head of sales is away.</summary>
    public const string NewAdvertiser = "new-advertiser";

    /// <summary>Every demo user id, for modules that spread work among them.</summary>
    public static IReadOnlyList<string> Users { get; } = [HeadOfSales, NewColleague, AccountManager, Director];

    /// <summary>
    /// The display name of each demo user. The host's <c>seed demo</c> creates these colleagues as real users with
    /// these ids before modules seed, so their names show wherever a module looks users up and people can sign in
    /// as them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> UserNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [HeadOfSales] = "Irina Volkova",
        [NewColleague] = "Pavel Smirnov",
        [AccountManager] = "Emma Clarke",
        [Director] = "Oleg Petrov",
    };

    private readonly ConcurrentDictionary<string, Guid> _customers = new(StringComparer.Ordinal);

    /// <summary>Names a seeded customer by its role, e.g. <see cref="LoyalAdvertiser"/>.</summary>
    public void SetCustomer(string role, Guid customerId) => _customers[role] = customerId;

    /// <summary>The customer seeded under <paramref name="role"/>, or null when none was.</summary>
    public Guid? Customer(string role) => _customers.TryGetValue(role, out var id) ? id : null;

    /// <summary>Every seeded customer with its role.</summary>
    public IReadOnlyDictionary<string, Guid> Customers => _customers;
}
