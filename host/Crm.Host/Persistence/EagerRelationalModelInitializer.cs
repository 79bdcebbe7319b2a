using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Internal;

namespace Crm.Host.Persistence;

/// <summary>
/// Creates the relational part of a context's runtime model together with the model, instead of on its first query.
/// EF Core 10 leaves a factory in the model and swaps it for the relational model on first use; a thread that looks
/// between the two steps finds neither and throws "The model must be finalized ... before 'GetRelationalModel'".
/// Two first queries at once (the module convergence and the first-admin check at start-up; two requests to a module
/// just enabled) hit that window: one CI run in seven did. EF Core calls this while it builds a new model, before it
/// caches the model and hands it to anyone (checked: the call comes from <c>ModelSource.CreateModel</c>; not under
/// its lock, so two threads may each build a model, but each finishes its own before publishing it). No model a
/// query sees can be half-made, and it costs nothing extra: the first query would create the part anyway.
/// </summary>
internal sealed class EagerRelationalModelInitializer(IModelRuntimeInitializer inner) : IModelRuntimeInitializer
{
    public IModel Initialize(IModel model, bool designTime = true, IDiagnosticsLogger<DbLoggerCategory.Model.Validation>? validationLogger = null)
    {
        var initialized = inner.Initialize(model, designTime, validationLogger);
        // EF Core 10 initializes the design-time model and keeps the read-optimized model that queries use beside it.
#pragma warning disable EF1001 // The annotation's name is EF Core's own.
        var runtime = initialized.FindRuntimeAnnotationValue(CoreAnnotationNames.ReadOnlyModel) as IModel ?? initialized;
#pragma warning restore EF1001
        _ = runtime.GetRelationalModel();
        return initialized;
    }
}
