namespace Crm.Host.Tests.Persistence.TestModules.Notes;

/// <summary>A record with a store-generated key, so auditing must wait for the key.</summary>
public sealed class NoteLabel
{
    public long Id { get; set; }

    public string Name { get; set; } = "";
}
