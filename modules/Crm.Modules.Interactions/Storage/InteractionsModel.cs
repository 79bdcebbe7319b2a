using Crm.Modules.Interactions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Interactions.Storage;

/// <summary>
/// Tables and the indexes the workloads rely on: <c>(customer_id, occurred_at, id)</c> serves a timeline page
/// as one index range read in either direction; <c>(customer_id, kind, occurred_at, id)</c> the same page
/// filtered by kinds; last contacts are keyed <c>(customer_id, kind)</c> so "not contacted since" is an index
/// probe per customer.
/// </summary>
internal static class InteractionsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Interaction>(i =>
        {
            i.ToTable("interactions");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedOnAdd();
            i.Property(x => x.Kind).HasMaxLength(32);
            i.Property(x => x.Direction).HasConversion<string>().HasMaxLength(16);
            i.Property(x => x.RecordedBy).HasMaxLength(100);
            i.Property(x => x.Participants).HasMaxLength(1000);
            i.Property(x => x.Subject).HasMaxLength(300);
            i.Property(x => x.Summary).HasMaxLength(4000);
            i.Property(x => x.Outcome).HasMaxLength(1000);
            i.Property(x => x.ConcernsType).HasMaxLength(100);
            i.Property(x => x.ConcernsId).HasMaxLength(100);
            i.Ignore(x => x.ParticipantList);
            i.HasIndex(x => new { x.CustomerId, x.OccurredAt, x.Id });
            i.HasIndex(x => new { x.CustomerId, x.Kind, x.OccurredAt, x.Id });
            i.HasIndex(x => new { x.RecordedBy, x.OccurredAt });
        });
        model.Entity<LastContactRow>(l =>
        {
            l.ToTable("last_contacts");
            l.HasKey(x => new { x.CustomerId, x.Kind });
            l.Property(x => x.Kind).HasMaxLength(32);
            l.HasIndex(x => new { x.Kind, x.LastAt });
        });
        model.Entity<KnownCustomer>(k =>
        {
            k.ToTable("known_customers");
            k.HasKey(x => x.CustomerId);
            k.Property(x => x.Name).HasMaxLength(300);
            k.Property(x => x.NameKey).HasMaxLength(300);
            k.Property(x => x.ManagerId).HasMaxLength(100);
            k.HasIndex(x => new { x.NameKey, x.CustomerId });
            k.HasIndex(x => new { x.ManagerId, x.NameKey });
            k.HasIndex(x => x.LastContactAt);
        });
    }
}
