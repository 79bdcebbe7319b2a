using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// The context a module's resolver sees: GraphQL.NET's context for the field with <c>RequestServices</c> pointing at
/// the module's request scope. A view, not a copy: one small object per resolved field instead of copying two dozen
/// properties. It stays valid as long as the context it wraps, and GraphQL.NET keeps that context unchanged for
/// exactly as long as a copy would be needed: until the resolver returns, and for good when the result is a data
/// loader or a list (those may use the context later, so it is never reused for another field).
/// </summary>
internal sealed class ModuleResolveFieldContext(IResolveFieldContext inner, IServiceProvider services) : IResolveFieldContext
{
    public GraphQLField FieldAst => inner.FieldAst;

    public FieldType FieldDefinition => inner.FieldDefinition;

    public IObjectGraphType ParentType => inner.ParentType;

    public IResolveFieldContext? Parent => inner.Parent;

    public IDictionary<string, ArgumentValue>? Arguments => inner.Arguments;

    public IDictionary<string, DirectiveInfo>? Directives => inner.Directives;

    public object? RootValue => inner.RootValue;

    public object? Source => inner.Source;

    public ISchema Schema => inner.Schema;

    public GraphQLDocument Document => inner.Document;

    public GraphQLOperationDefinition Operation => inner.Operation;

    public Variables Variables => inner.Variables;

    public CancellationToken CancellationToken => inner.CancellationToken;

    public Metrics Metrics => inner.Metrics;

    public ExecutionErrors Errors => inner.Errors;

    public IEnumerable<object> Path => inner.Path;

    public IEnumerable<object> ResponsePath => inner.ResponsePath;

    public Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFields => inner.SubFields;

    public IReadOnlyDictionary<string, object?> InputExtensions => inner.InputExtensions;

    public IDictionary<string, object?> OutputExtensions => inner.OutputExtensions;

    public IServiceProvider? RequestServices => services;

    public IExecutionArrayPool ArrayPool => inner.ArrayPool;

    public ClaimsPrincipal? User => inner.User;

    public IExecutionContext ExecutionContext => inner.ExecutionContext;

    public IDictionary<string, object?> UserContext => inner.UserContext;
}
