namespace Crm.Modules.Tasks.UseCases;

/// <summary>One manager's open work: planned activities, how many of them overdue, and distinct clients they concern.</summary>
public sealed record ManagerWorkload(string UserId, int OpenActivities, int OverdueActivities, int Clients);
