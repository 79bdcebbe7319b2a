using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Crm.Host.Persistence;

/// <summary>
/// Keys EF's model cache by context type and module storage: the model's table names depend on the storage,
/// so one context type registered for two module ids must not share a model.
/// </summary>
internal sealed class ModuleModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), (context as ModuleDbContext)?.Storage, designTime);
}
