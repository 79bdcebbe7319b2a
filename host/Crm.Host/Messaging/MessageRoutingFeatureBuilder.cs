using Autofac.Core;
using Crm.Host.Modules;
using MediatR;

namespace Crm.Host.Messaging;

/// <summary>
/// Builds <see cref="MessageRouting"/> for a shape from the handlers each module registered in its own scope.
/// Two enabled modules handling one request type would leave the choice to chance, so the later module (in
/// dependency order) is rejected and becomes Faulted with both names in the message.
/// </summary>
internal sealed class MessageRoutingFeatureBuilder : IShapeFeatureBuilder
{
    public Task<ShapeFeatureResult> BuildAsync(IReadOnlyList<ActiveModule> modules, CancellationToken cancellationToken)
    {
        var requests = new Dictionary<Type, ActiveModule>();
        var notifications = new Dictionary<Type, List<ActiveModule>>();
        var faults = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            var handled = OwnHandlerServices(module);
            var clash = handled.FirstOrDefault(s => IsRequestHandler(s) && requests.ContainsKey(s));
            if (clash is not null)
            {
                var requestType = clash.GenericTypeArguments[0];
                faults[module.Id] = $"'{module.Id}' handles {requestType.FullName}, which '{requests[clash].Id}' already handles; a request must have exactly one handler among enabled modules. Disable one of the two.";
                continue;
            }

            foreach (var service in handled)
            {
                if (IsRequestHandler(service))
                {
                    requests[service] = module;
                }
                else
                {
                    if (!notifications.TryGetValue(service, out var listeners))
                    {
                        notifications[service] = listeners = [];
                    }

                    listeners.Add(module);
                }
            }
        }

        var routing = new MessageRouting(requests, notifications.ToDictionary(n => n.Key, n => n.Value.ToArray()));
        return Task.FromResult(new ShapeFeatureResult(routing, faults));
    }

    /// <summary>Handler services the module registered itself, not those its scope sees from the root.</summary>
    private static HashSet<Type> OwnHandlerServices(ActiveModule module) =>
        module.Scope.ComponentRegistry.Registrations
            .Where(r => ReferenceEquals(r.Target, r))
            .SelectMany(r => r.Services.OfType<TypedService>())
            .Select(s => s.ServiceType)
            .Where(t => t.IsConstructedGenericType && (IsRequestHandler(t) || t.GetGenericTypeDefinition() == typeof(INotificationHandler<>)))
            .ToHashSet();

    private static bool IsRequestHandler(Type service) =>
        service.IsConstructedGenericType && service.GetGenericTypeDefinition() == typeof(IRequestHandler<,>);
}
