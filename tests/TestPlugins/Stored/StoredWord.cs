namespace TestPlugins.Stored;

/// <summary>One row of the plugin's only table.</summary>
public sealed class StoredWord
{
    public long Id { get; set; }

    public string Text { get; set; } = "";
}
