namespace Crm.Persistence.CrashWriter;

/// <summary>One half of an acknowledged write; each write stores two entries with the same sequence number.</summary>
public sealed class LedgerEntry
{
    public long Id { get; set; }

    public int Sequence { get; set; }

    public string Half { get; set; } = "";

    /// <summary>Text derived from the sequence, so a torn or garbled row is detectable.</summary>
    public string Payload { get; set; } = "";

    public static string PayloadFor(int sequence, string half) => $"{half}:{sequence}:" + new string((char)('a' + (sequence % 26)), 200);
}
