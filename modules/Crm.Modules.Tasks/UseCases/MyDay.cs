using Crm.Modules.Tasks.Domain;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>
/// One colleague's day: planned activities due before the day ends (overdue first, then today's, by due time), how
/// many of them are overdue and due today in all, and the open follow-up suggestions, newest first.
/// </summary>
public sealed record MyDay(
    DateTimeOffset DayEnd,
    IReadOnlyList<Activity> Activities,
    int OverdueCount,
    int DueTodayCount,
    IReadOnlyList<FollowUpSuggestion> FollowUps);
