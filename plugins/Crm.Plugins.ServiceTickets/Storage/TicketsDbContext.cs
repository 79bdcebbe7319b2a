using Crm.Plugins.ServiceTickets.Domain;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.ServiceTickets.Storage;

/// <summary>
/// The plugin's tables: tickets (by customer and status for <c>Customer.tickets</c>/<c>openTicketCount</c>, by status
/// and due time for the breach list), their comments, and the SLA per priority.
/// </summary>
public sealed class TicketsDbContext(ModuleDbContextOptions<TicketsDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<TicketComment> Comments => Set<TicketComment>();

    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Ticket>(t =>
        {
            t.ToTable("tickets");
            t.HasKey(x => x.Id);
            t.Property(x => x.Subject).HasMaxLength(300);
            t.Property(x => x.Description).HasMaxLength(4000);
            t.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            t.Property(x => x.Priority).HasConversion<string>().HasMaxLength(16);
            t.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            t.Property(x => x.AssigneeId).HasMaxLength(100);
            t.Property(x => x.OpenedBy).HasMaxLength(100);
            t.HasIndex(x => new { x.CustomerId, x.Status });
            t.HasIndex(x => new { x.Status, x.DueAt });
            t.HasMany(x => x.Comments).WithOne().HasForeignKey(x => x.TicketId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TicketComment>(c =>
        {
            c.ToTable("ticket_comments");
            c.HasKey(x => x.Id);
            c.Property(x => x.Text).HasMaxLength(4000);
            c.Property(x => x.WrittenBy).HasMaxLength(100);
            c.HasIndex(x => new { x.TicketId, x.WrittenAt });
        });
        modelBuilder.Entity<SlaPolicy>(s =>
        {
            s.ToTable("sla_policies");
            s.HasKey(x => x.Priority);
            s.Property(x => x.Priority).HasConversion<string>().HasMaxLength(16);
        });
    }
}
