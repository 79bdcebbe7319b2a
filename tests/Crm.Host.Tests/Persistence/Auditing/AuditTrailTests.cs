using Autofac;
using Crm.Host.Persistence.Auditing;
using Crm.Host.Tests.Persistence.Support;
using Crm.Host.Tests.Persistence.TestModules.Notes;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Tests.Persistence.Auditing;

public sealed class AuditTrailTests
{
    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task Admins_filter_the_trail_by_module_entity_user_and_time_and_page_through_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());
        var factory = notes.Scope.Resolve<IDbContextFactory<NotesDbContext>>();
        var start = database.Time.Now;
        for (var i = 0; i < 5; i++)
        {
            database.User.Id = i % 2 == 0 ? "alice" : "bob";
            database.Time.Now = start.AddMinutes(i);
            await using var db = factory.CreateDbContext();
            db.Notes.Add(new Note { CustomerId = Guid.NewGuid(), Text = $"note {i}", OccurredAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var trail = database.Get<AuditTrail>();
        var byAlice = await trail.QueryAsync(new AuditQuery { ModuleId = NotesModule.Id, Entity = "Note", UserId = "alice" }, CancellationToken.None);
        var inWindow = await trail.QueryAsync(new AuditQuery { From = start.AddMinutes(1), To = start.AddMinutes(3) }, CancellationToken.None);
        var firstPage = await trail.QueryAsync(new AuditQuery { ModuleId = NotesModule.Id, First = 2 }, CancellationToken.None);
        var secondPage = await trail.QueryAsync(new AuditQuery { ModuleId = NotesModule.Id, First = 2, After = firstPage.NextCursor }, CancellationToken.None);
        var lastPage = await trail.QueryAsync(new AuditQuery { ModuleId = NotesModule.Id, First = 2, After = secondPage.NextCursor }, CancellationToken.None);

        Assert.Equal(3, byAlice.Entries.Count);
        Assert.Equal(["alice", "bob"], inWindow.Entries.Select(e => e.UserId));
        var pagedIds = firstPage.Entries.Concat(secondPage.Entries).Concat(lastPage.Entries).Select(e => e.Id).ToList();
        Assert.Equal(5, pagedIds.Distinct().Count());
        Assert.Equal(pagedIds.OrderDescending(), pagedIds);
        Assert.Null(lastPage.NextCursor);
    }

    [Theory, OnSqlite]
    public async Task A_page_size_out_of_range_is_refused_with_the_allowed_range(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => database.Get<AuditTrail>().QueryAsync(new AuditQuery { First = 501 }, CancellationToken.None));

        Assert.Contains("between 1 and 500", error.Message, StringComparison.Ordinal);
    }
}
