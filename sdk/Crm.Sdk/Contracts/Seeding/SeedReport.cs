using System.Collections.Concurrent;

namespace Crm.Sdk.Contracts.Seeding;

/// <summary>What each module seeded, filled by the modules while a seed notification is published and printed by the caller.</summary>
public sealed class SeedReport
{
    private readonly ConcurrentQueue<SeedReportLine> _lines = new();

    /// <summary>Records that module <paramref name="moduleId"/> wrote <paramref name="count"/> records of <paramref name="what"/>.</summary>
    public void Add(string moduleId, string what, long count) => _lines.Enqueue(new SeedReportLine(moduleId, what, count, null));

    /// <summary>Records that module <paramref name="moduleId"/> wrote nothing, and why (e.g. the database is not empty).</summary>
    public void Skip(string moduleId, string reason) => _lines.Enqueue(new SeedReportLine(moduleId, "nothing", 0, reason));

    /// <summary>Records that module <paramref name="moduleId"/> failed while seeding; what it wrote was rolled back or is partial, as its own transactions allow.</summary>
    public void Fail(string moduleId, string reason) => _lines.Enqueue(new SeedReportLine(moduleId, "nothing", 0, null) { FailedBecause = reason });

    /// <summary>True when at least one module failed.</summary>
    public bool HasFailures => _lines.Any(line => line.FailedBecause is not null);

    /// <summary>The lines in the order they were added.</summary>
    public IReadOnlyList<SeedReportLine> Lines => _lines.ToList();
}

/// <summary>One line of a <see cref="SeedReport"/>.</summary>
/// <param name="ModuleId">The module that seeded.</param>
/// <param name="What">The kind of record, plural (e.g. <c>customers</c>).</param>
/// <param name="Count">How many were written.</param>
/// <param name="SkippedBecause">Why nothing was written, or null.</param>
public sealed record SeedReportLine(string ModuleId, string What, long Count, string? SkippedBecause)
{
    /// <summary>Why the module failed, or null when it did not.</summary>
    public string? FailedBecause { get; init; }
}
