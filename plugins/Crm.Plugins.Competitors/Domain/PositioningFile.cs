namespace Crm.Plugins.Competitors.Domain;

/// <summary>A document on how we position against a competitor (battle card, comparison), stored with its bytes.</summary>
public sealed class PositioningFile
{
    public Guid Id { get; set; }

    public Guid CompetitorId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public byte[] Content { get; set; } = [];

    public string UploadedBy { get; set; } = "";

    public DateTime UploadedAt { get; set; }
}
