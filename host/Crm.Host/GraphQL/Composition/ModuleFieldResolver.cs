using Crm.Host.GraphQL.Execution;
using GraphQL;
using GraphQL.Resolvers;

namespace Crm.Host.GraphQL.Composition;

/// <summary>
/// Wraps a module's resolver at composition: checks the field's declared permissions, then runs the resolver with
/// <c>RequestServices</c> pointing at the request's scope of the module that contributed the field.
/// </summary>
internal sealed class ModuleFieldResolver(IFieldResolver inner, string moduleId, IReadOnlyList<string> permissions, IFieldAuthorizer authorizer)
    : IFieldResolver
{
    public string ModuleId => moduleId;

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        if (permissions.Count == 0)
        {
            return Run(context);
        }

        // The claims authorizer answers synchronously; awaiting only when it does not keeps a state machine off
        // the path of every protected field.
        var authorization = authorizer.AuthorizeAsync(context, permissions);
        if (!authorization.IsCompletedSuccessfully)
        {
            return AuthorizeThenRunAsync(authorization, context);
        }

        var denial = authorization.Result;
        return denial is null ? Run(context) : ValueTask.FromException<object?>(denial);
    }

    private async ValueTask<object?> AuthorizeThenRunAsync(ValueTask<ExecutionError?> authorization, IResolveFieldContext context)
    {
        var denial = await authorization.ConfigureAwait(false);
        if (denial is not null)
        {
            throw denial;
        }

        return await Run(context).ConfigureAwait(false);
    }

    private ValueTask<object?> Run(IResolveFieldContext context)
    {
        var scopes = RequestModuleScopes.From(context);
        return inner.ResolveAsync(scopes is null ? context : scopes.ContextFor(context, moduleId));
    }
}

/// <summary>The same as <see cref="ModuleFieldResolver"/> for a subscription field's event stream.</summary>
internal sealed class ModuleStreamResolver(ISourceStreamResolver inner, string moduleId, IReadOnlyList<string> permissions, IFieldAuthorizer authorizer)
    : ISourceStreamResolver
{
    public async ValueTask<IObservable<object?>> ResolveAsync(IResolveFieldContext context)
    {
        if (permissions.Count > 0)
        {
            var denial = await authorizer.AuthorizeAsync(context, permissions).ConfigureAwait(false);
            if (denial is not null)
            {
                throw denial;
            }
        }

        var scopes = RequestModuleScopes.From(context);
        return await inner.ResolveAsync(scopes is null ? context : scopes.ContextFor(context, moduleId)).ConfigureAwait(false);
    }
}
