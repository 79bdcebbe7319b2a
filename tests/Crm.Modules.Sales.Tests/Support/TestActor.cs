using Crm.Sdk.Security;

namespace Crm.Modules.Sales.Tests.Support;

/// <summary>Who is acting in a test and how far their record access reaches (all records unless a test narrows it).</summary>
internal sealed class TestActor : ICurrentUser
{
    public string Id { get; set; } = "manager-1";

    public RecordAccessLevel Level { get; set; } = RecordAccessLevel.All;

    public RecordAccessLevel AccessLevelFor(string moduleId) => Level;
}
