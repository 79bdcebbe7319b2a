using Crm.Modules.Tasks.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Storage;

/// <summary>
/// Tables and the indexes the workloads rely on: <c>(assignee_id, status, due_at)</c> makes "my day" one index
/// range read however many activities a manager has; <c>(status, reminded_at, due_at)</c> lets the reminder sweep
/// find what fell due; <c>(customer_id, status)</c> serves <c>workingNow</c>.
/// </summary>
internal static class TasksModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Activity>(a =>
        {
            a.ToTable("activities");
            a.HasKey(x => x.Id);
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.Title).HasMaxLength(300);
            a.Property(x => x.AssigneeId).HasMaxLength(100);
            a.Property(x => x.Notes).HasMaxLength(4000);
            a.Property(x => x.Outcome).HasMaxLength(1000);
            a.Property(x => x.CreatedBy).HasMaxLength(100);
            a.HasIndex(x => new { x.AssigneeId, x.Status, x.DueAt });
            a.HasIndex(x => new { x.Status, x.RemindedAt, x.DueAt });
            a.HasIndex(x => new { x.CustomerId, x.Status });
            a.HasIndex(x => x.ReminderBatch);
        });
        model.Entity<FollowUpSuggestion>(f =>
        {
            f.ToTable("follow_ups");
            f.HasKey(x => x.Id);
            f.Property(x => x.UserId).HasMaxLength(100);
            f.Property(x => x.Subject).HasMaxLength(300);
            f.HasIndex(x => x.InteractionId).IsUnique();
            f.HasIndex(x => new { x.UserId, x.ClosedAt, x.InteractionAt });
            f.HasIndex(x => new { x.CustomerId, x.UserId });
        });
        model.Entity<Absence>(a =>
        {
            a.ToTable("absences");
            a.HasKey(x => x.Id);
            a.Property(x => x.UserId).HasMaxLength(100);
            a.Property(x => x.SubstituteId).HasMaxLength(100);
            a.Property(x => x.Reason).HasMaxLength(300);
            a.Property(x => x.CreatedBy).HasMaxLength(100);
            a.HasIndex(x => new { x.UserId, x.From });
            a.HasIndex(x => new { x.SubstituteId, x.From });
        });
        model.Entity<Takeover>(t =>
        {
            t.ToTable("takeovers");
            t.HasKey(x => x.Id);
            t.Property(x => x.RecordType).HasMaxLength(100);
            t.Property(x => x.RecordId).HasMaxLength(100);
            t.Property(x => x.Kind).HasMaxLength(32);
            t.Property(x => x.Description).HasMaxLength(300);
            t.Property(x => x.FromUserId).HasMaxLength(100);
            t.Property(x => x.ToUserId).HasMaxLength(100);
            t.HasIndex(x => new { x.CustomerId, x.TakenAt });
        });
        model.Entity<Lease>(l =>
        {
            l.ToTable("leases");
            l.HasKey(x => x.Name);
            l.Property(x => x.Name).HasMaxLength(100);
            l.Property(x => x.HolderId).HasMaxLength(200);
        });
    }
}
