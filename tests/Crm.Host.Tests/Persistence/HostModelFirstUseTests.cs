using Autofac;
using Crm.Host.Persistence;
using Crm.Host.Tests.Persistence.Support;
using Crm.Host.Tests.Persistence.TestModules.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Crm.Host.Tests.Persistence;

/// <summary>
/// EF Core 10 creates a model's relational part on its first query, by swapping a factory for it; two first queries
/// at once could find neither ("The model must be finalized ... before 'GetRelationalModel'"): the module
/// convergence and the first-admin check at start-up did, in one CI run of seven. The host creates the relational
/// part with the model, before EF Core caches it and hands it out. (A stress of concurrent first queries did not reproduce the race on
/// demand; these check the state that rules it out, and fail without EagerRelationalModelInitializer.)
/// </summary>
public sealed class HostModelFirstUseTests
{
    [Fact]
    public async Task The_host_context_model_comes_with_its_relational_model_before_any_query()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await database.InitializeAsync();
        await database.RestartAsync();

        await using var db = database.Get<IDbContextFactory<HostDbContext>>().CreateDbContext();

        var relational = CreatedRelationalModel(db.Model);
        Assert.Contains(relational.Tables, t => t.Name.EndsWith("module_states", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_module_context_model_comes_with_its_relational_model_before_any_query()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());

        await using var db = notes.Scope.Resolve<IDbContextFactory<NotesDbContext>>().CreateDbContext();

        var relational = CreatedRelationalModel(db.Model);
        Assert.Contains(relational.Tables, t => t.Name.EndsWith("notes", StringComparison.Ordinal));
    }

    // Read without creating it: GetRelationalModel() would create it on the spot.
    private static IRelationalModel CreatedRelationalModel(IModel model)
    {
#pragma warning disable EF1001 // The annotation's name is EF's own; the test checks what EF has built.
        var relational = model.FindRuntimeAnnotationValue(RelationalAnnotationNames.RelationalModel) as IRelationalModel;
#pragma warning restore EF1001
        Assert.True(relational is not null, "the relational model was left to the first query");
        return relational;
    }
}
