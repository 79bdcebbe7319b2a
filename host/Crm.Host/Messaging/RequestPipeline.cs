using Autofac;
using Autofac.Core;
using Crm.Host.Modules;
using MediatR;

namespace Crm.Host.Messaging;

/// <summary>
/// Everything needed to send one request type, worked out once per shape: the handling module, whether its
/// handler needs a child scope per message (<see cref="HandlerIsolation"/>), the handler's registration, and the
/// host-wide behaviours closed over the request type. Kept in the shape's <see cref="MessageRouting"/>, so nothing
/// here outlives the shape or pins a plugin's load context.
/// </summary>
/// <typeparam name="TResponse">The response type, known where <c>Send</c> is called.</typeparam>
internal abstract class RequestPipeline<TResponse>
{
    /// <summary>The module whose handler answers.</summary>
    public abstract ActiveModule Module { get; }

    /// <summary>True when each message runs in its own child scope of the module's scope.</summary>
    public abstract bool UsesMessageScope { get; }

    /// <summary>Runs the behaviours (host-wide outermost, then the module's own) and the handler.</summary>
    public abstract Task<TResponse> SendAsync(IRequest<TResponse> request, CancellationToken cancellationToken);
}

/// <summary>The pipeline for one request type; see <see cref="RequestPipeline{TResponse}"/>.</summary>
internal sealed class RequestPipeline<TRequest, TResponse> : RequestPipeline<TResponse>
    where TRequest : IRequest<TResponse>
{
    private readonly TypedService _handlerService = new(typeof(IRequestHandler<TRequest, TResponse>));
    private readonly IPipelineBehavior<TRequest, TResponse>[] _hostBehaviors;
    private readonly bool _hasOwnBehaviors;
    private readonly ServiceRegistration _handlerRegistration;

    public RequestPipeline(ActiveModule module, object[] hostBehaviors, bool hasOwnBehaviors)
    {
        Module = module;
        _hostBehaviors = hostBehaviors.Cast<IPipelineBehavior<TRequest, TResponse>>().ToArray();
        _hasOwnBehaviors = hasOwnBehaviors;

        // A module's own behaviours may be scoped like anything else it registers, so they always get a scope.
        UsesMessageScope = hasOwnBehaviors || HandlerIsolation.NeedsMessageScope(module.Scope, _handlerService.ServiceType);
        if (!module.Scope.ComponentRegistry.TryGetServiceRegistration(_handlerService, out _handlerRegistration))
        {
            throw new InvalidOperationException($"Module '{module.Id}' was routed {typeof(TRequest).FullName} but has no handler registration for it.");
        }
    }

    public override ActiveModule Module { get; }

    public override bool UsesMessageScope { get; }

    public override Task<TResponse> SendAsync(IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        var typed = (TRequest)request;
        return UsesMessageScope ? SendInMessageScopeAsync(typed, cancellationToken) : Run(typed, cancellationToken, Module.Scope, []);
    }

    private async Task<TResponse> SendInMessageScopeAsync(TRequest request, CancellationToken cancellationToken)
    {
        await using var scope = Module.Scope.BeginLifetimeScope();
        var own = _hasOwnBehaviors ? scope.Resolve<IEnumerable<IPipelineBehavior<TRequest, TResponse>>>().ToArray() : [];
        return await Run(request, cancellationToken, scope, own);
    }

    private Task<TResponse> Run(TRequest request, CancellationToken cancellationToken, ILifetimeScope scope, IPipelineBehavior<TRequest, TResponse>[] own)
    {
        // Resolved inside the innermost step, as MediatR does, so the timing behaviour includes handler creation.
        RequestHandlerDelegate<TResponse> next = () => ResolveHandler(scope).Handle(request, cancellationToken);
        for (var i = own.Length - 1; i >= 0; i--)
        {
            next = Wrap(own[i], request, cancellationToken, next);
        }

        for (var i = _hostBehaviors.Length - 1; i >= 0; i--)
        {
            next = Wrap(_hostBehaviors[i], request, cancellationToken, next);
        }

        return next();
    }

    private IRequestHandler<TRequest, TResponse> ResolveHandler(ILifetimeScope scope) =>
        ReferenceEquals(scope, Module.Scope)

            // The registration found once per shape skips the service lookup; valid only for the scope it came from.
            ? (IRequestHandler<TRequest, TResponse>)scope.ResolveComponent(new ResolveRequest(_handlerService, _handlerRegistration, Array.Empty<Parameter>()))
            : scope.Resolve<IRequestHandler<TRequest, TResponse>>();

    private static RequestHandlerDelegate<TResponse> Wrap(
        IPipelineBehavior<TRequest, TResponse> behavior, TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        () => behavior.Handle(request, cancellationToken, next);
}
