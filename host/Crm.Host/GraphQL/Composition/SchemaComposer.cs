using Crm.Host.Modules;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Composition;

/// <summary>
/// Turns the enabled modules' contributions into one initialized GraphQL.NET schema. A module whose contribution
/// conflicts with an earlier module's (same type, same root field, same extension field), throws, or breaks the
/// schema is left out with a reason naming the other party; the schema is then built again without it.
/// </summary>
internal sealed class SchemaComposer(SchemaAssembler assembler, ILogger<SchemaComposer> logger)
{
    public SchemaCompositionResult Compose(IReadOnlyList<ActiveModule> modules, CancellationToken cancellationToken)
    {
        var faults = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidates = modules.Where(module => !faults.ContainsKey(module.Id)).ToList();
            var attempt = assembler.Assemble(candidates);
            if (attempt.Faults.Count > 0)
            {
                foreach (var (moduleId, reason) in attempt.Faults)
                {
                    faults[moduleId] = reason;
                }

                continue;
            }

            if (attempt.Error is not null)
            {
                var (culprit, reason) = FindCulprit(candidates, attempt.Error);
                faults[culprit] = reason;
                continue;
            }

            foreach (var warning in attempt.Schema!.Warnings)
            {
                logger.LogWarning("Schema composition: {Warning}", warning);
            }

            foreach (var (moduleId, reason) in faults)
            {
                logger.LogError("Module {ModuleId} left out of the schema: {Reason}", moduleId, reason);
            }

            return new SchemaCompositionResult(attempt.Schema, faults);
        }
    }

    // GraphQL.NET reports some problems only while initializing the whole schema (a type name two CLR types share,
    // an invalid field type); the first module whose addition breaks the build is the one to leave out.
    private (string ModuleId, string Reason) FindCulprit(List<ActiveModule> candidates, Exception error)
    {
        for (var count = 1; count <= candidates.Count; count++)
        {
            var attempt = assembler.Assemble(candidates.GetRange(0, count));
            if (attempt.Error is not null || attempt.Faults.Count > 0)
            {
                var module = candidates[count - 1];
                return (module.Id, $"Module '{module.Id}' breaks the schema: {(attempt.Error ?? error).Message}");
            }
        }

        if (candidates.Count == 0)
        {
            throw new InvalidOperationException("The host's own schema part does not build.", error);
        }

        var last = candidates[^1];
        return (last.Id, $"Module '{last.Id}' breaks the schema: {error.Message}");
    }
}
