using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Tests.Persistence.TestModules.Notes;

public sealed class NotesDbContext(ModuleDbContextOptions<NotesDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    public DbSet<NoteLabel> Labels => Set<NoteLabel>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("notes");
            note.Property(n => n.Text).HasMaxLength(2000);
            // A customer's timeline, newest first, paged by keyset.
            note.HasIndex(n => new { n.CustomerId, n.OccurredAt, n.Id }).IsDescending(false, true, true);
        });
        modelBuilder.Entity<NoteLabel>(label =>
        {
            label.ToTable("labels");
            label.Property(l => l.Name).HasMaxLength(100);
            label.HasIndex(l => l.Name).IsUnique();
        });
    }
}
