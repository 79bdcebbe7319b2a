using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// The resolve-field context of one field of a flat row (<see cref="LeafRows"/>), which has no execution node of its
/// own: it answers what GraphQL.NET's <see cref="ReadonlyResolveFieldContext"/> answers for a leaf node under the
/// row's node (source, field, parent type, arguments, directives, path, parent context). One per request is moved
/// from field to field; a context a resolver may still hold is never moved again.
/// </summary>
internal sealed class LeafRowResolveContext(ExecutionContext context) : IResolveFieldContext<object?>
{
    private ExecutionNode _row = null!;
    private LeafField _field;
    private IResolveFieldContext? _parent;

    /// <summary>Points the context at <paramref name="field"/> of <paramref name="row"/>.</summary>
    public LeafRowResolveContext MoveTo(ExecutionNode row, in LeafField field)
    {
        if (!ReferenceEquals(row, _row))
        {
            _row = row;
            _parent = null;
        }

        _field = field;
        return this;
    }

    public object? Source => _row.Result;

    public GraphQLField FieldAst => _field.Field;

    public FieldType FieldDefinition => _field.Definition;

    public IObjectGraphType ParentType => (IObjectGraphType)_row.GraphType;

    // As GraphQL.NET's: the context of the object the field belongs to, made when asked.
    public IResolveFieldContext? Parent => _parent ??= new ReadonlyResolveFieldContext(_row, context);

    public IDictionary<string, ArgumentValue>? Arguments => context.GetArguments(_field.Definition, _field.Field);

    public IDictionary<string, DirectiveInfo>? Directives => context.GetDirectives(_field.Field);

    public object? RootValue => context.RootValue;

    public ISchema Schema => context.Schema;

    public GraphQLDocument Document => context.Document;

    public GraphQLOperationDefinition Operation => context.Operation;

    public Variables Variables => context.Variables;

    public CancellationToken CancellationToken => context.CancellationToken;

    public Metrics Metrics => context.Metrics;

    public ExecutionErrors Errors => context.Errors;

    public IEnumerable<object> Path => Append(_row.Path, _field.Definition.Name);

    public IEnumerable<object> ResponsePath => Append(_row.ResponsePath, _field.ResponseName);

    // A leaf selects nothing (GraphQL.NET's GetSubFields answers null for a field without a selection set).
    public Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFields => null;

    public IDictionary<string, object?> UserContext => context.UserContext;

    public IReadOnlyDictionary<string, object?> InputExtensions => context.InputExtensions;

    public IDictionary<string, object?> OutputExtensions => context.OutputExtensions;

    public IServiceProvider? RequestServices => context.RequestServices;

    public IExecutionArrayPool ArrayPool => context;

    public ClaimsPrincipal? User => context.User;

    public IExecutionContext ExecutionContext => context;

    private static object[] Append(IEnumerable<object> path, object last) => [.. path, last];
}
