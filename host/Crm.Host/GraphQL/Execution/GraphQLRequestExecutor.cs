using Crm.Host.GraphQL.Composition;
using Crm.Host.Modules;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Persistence;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// Runs requests on the schema of the shape current when they start. Holds a lease on that shape for the whole
/// request (for a subscription, until its stream ends), gives each module's resolvers that module's request scope,
/// and applies the limits, the document cache and the error codes.
/// </summary>
internal sealed class GraphQLRequestExecutor : IGraphQLRequestExecutor, IDisposable
{
    private readonly IApplicationShapeAccessor _shapes;
    private readonly IDocumentExecuter _executer;
    private readonly DocumentCache _cache;
    private readonly GraphQLLimitsOptions _limits;
    private readonly bool _isDevelopment;
    private readonly bool _anonymousIntrospection;
    private readonly PagingOptions _paging;
    private readonly ILogger<GraphQLRequestExecutor> _logger;
    private readonly Dictionary<(AllowedOperations Allowed, bool Introspection), (IValidationRule[] Full, IValidationRule[] Cached)> _rules = [];

    public GraphQLRequestExecutor(
        IApplicationShapeAccessor shapes,
        DocumentCache cache,
        IOptions<GraphQLLimitsOptions> limits,
        IHostEnvironment environment,
        ILogger<GraphQLRequestExecutor> logger,
        IOptions<IntrospectionOptions>? introspection = null)
    {
        _shapes = shapes;
        _cache = cache;
        _limits = limits.Value;
        _paging = new PagingOptions(_limits.DefaultPageSize, _limits.MaxPageSize);
        _isDevelopment = environment.IsDevelopment();
        _anonymousIntrospection = introspection?.Value.AnonymousIntrospection ?? false;
        _logger = logger;
        _executer = new CrmDocumentExecuter([cache]);
        foreach (var allowed in Enum.GetValues<AllowedOperations>().Append(AllowedOperations.Query | AllowedOperations.Mutation))
        {
            _rules[(allowed, true)] = BuildRules(allowed, introspection: true);
            _rules[(allowed, false)] = BuildRules(allowed, introspection: false);
        }

        _shapes.ShapeSwapped += OnShapeSwapped;
    }

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequestContext request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return Refuse(ErrorCodes.QueryMissing, "The request has no GraphQL document.");
        }

        if (request.Query.Length > _limits.MaxDocumentLength)
        {
            return Refuse(ErrorCodes.DocumentTooLarge, $"The document has {request.Query.Length} characters; at most {_limits.MaxDocumentLength} are allowed.");
        }

        var lease = _shapes.Acquire();
        var scopes = new RequestModuleScopes(lease.Shape);
        var resources = new RequestResources(lease, scopes);
        try
        {
            var composed = lease.Shape.GetFeature<ComposedSchema>();
            if (composed is null)
            {
                return Refuse(ErrorCodes.SchemaUnavailable, "No GraphQL schema is in service yet.");
            }

            var introspection = _limits.AllowIntrospection ?? (_anonymousIntrospection || request.User.Identity?.IsAuthenticated == true);
            var rules = _rules.TryGetValue((request.AllowedOperations, introspection), out var set) ? set : BuildRules(request.AllowedOperations, introspection);
            var result = await _executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = composed.Schema,
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                User = request.User,
                RequestServices = request.RequestServices,
                CancellationToken = cancellationToken,
                UserContext = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    [RequestModuleScopes.UserContextKey] = scopes,
                    [DataLoaderContext.UserContextKey] = new DataLoaderContext(),
                    [PagingOptions.UserContextKey] = _paging,
                },
                ValidationRules = rules.Full,
                CachedDocumentValidationRules = rules.Cached,
                Timeout = _limits.ExecutionTimeout,
                TimeoutAction = TimeoutAction.ReturnTimeoutError,
                UnhandledExceptionDelegate = LogUnhandled,
            }).ConfigureAwait(false);

            ErrorCodeNormalizer.Normalize(result, _isDevelopment);
            if (result.Streams is { Count: > 0 } streams)
            {
                // The subscription's scopes and shape lease live as long as its stream.
                result.Streams = streams.ToDictionary(pair => pair.Key, pair => (IObservable<ExecutionResult>)new LeasedStream(pair.Value, resources));
                resources = null;
            }

            return result;
        }
        finally
        {
            if (resources is not null)
            {
                await resources.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => _shapes.ShapeSwapped -= OnShapeSwapped;

    private void OnShapeSwapped(object? sender, ShapeSwappedEventArgs e) => _cache.Clear();

    private Task LogUnhandled(UnhandledExceptionContext context)
    {
        // Failures the persistence layer names are the caller's business, not internal errors.
        switch (context.OriginalException)
        {
            case ConcurrencyConflictException conflict:
                context.ErrorMessage = conflict.Message;
                context.Exception = new DomainException(ErrorCodes.Conflict, conflict.Message, conflict);
                return Task.CompletedTask;
            case DatabaseUnavailableException unavailable:
                _logger.LogWarning(unavailable, "GraphQL field failed: database unavailable");
                context.ErrorMessage = "The database is unavailable; try again later.";
                context.Exception = new DomainException(ErrorCodes.ServiceUnavailable, context.ErrorMessage, unavailable);
                return Task.CompletedTask;
        }

        _logger.LogError(context.OriginalException, "GraphQL resolver failed at {Path}", context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)");
        if (!_isDevelopment)
        {
            context.ErrorMessage = "An internal error occurred.";
        }

        return Task.CompletedTask;
    }

    private (IValidationRule[] Full, IValidationRule[] Cached) BuildRules(AllowedOperations allowed, bool introspection)
    {
        var perRequest = new List<IValidationRule> { CostAnalysis.CreateRule(_limits) };
        if (allowed != AllowedOperations.All)
        {
            perRequest.Add(new OperationTypeValidationRule(allowed));
        }

        if (!introspection)
        {
            perRequest.Add(NoIntrospectionValidationRule.Instance);
        }

        return ([ExecutableDefinitionsValidationRule.Instance, .. DocumentValidator.CoreRules, .. perRequest], [.. perRequest]);
    }

    private static ExecutionResult Refuse(string code, string message) =>
        new() { Errors = [new ExecutionError(message) { Code = code }], Executed = false };
}
