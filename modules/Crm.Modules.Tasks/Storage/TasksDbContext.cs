using Crm.Modules.Tasks.Domain;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Storage;

/// <summary>The tables of <c>crm.tasks</c>: activities, follow-up suggestions, absences, takeovers and job leases.</summary>
public sealed class TasksDbContext(ModuleDbContextOptions<TasksDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<FollowUpSuggestion> FollowUps => Set<FollowUpSuggestion>();

    public DbSet<Absence> Absences => Set<Absence>();

    public DbSet<Takeover> Takeovers => Set<Takeover>();

    public DbSet<Lease> Leases => Set<Lease>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => TasksModel.Configure(modelBuilder);
}
