using System.Linq.Expressions;
using System.Reflection;

namespace Crm.Host.Hosting;

/// <summary>
/// One constructor in the shape of Autofac's factories, tiered like the JIT: .NET's <see cref="ConstructorInvoker"/>
/// at first, which costs nothing up front, and a compiled expression, as Autofac's own, once the constructor has
/// been called <see cref="CallsBeforeCompiling"/> times. Most components at a start are made once (singletons) or
/// a few times (one per module scope) and never pay for a compile; a component made on every request (a handler,
/// a request-scoped service) gets the compiled path after its first requests, the path Autofac gave it before:
/// <see cref="ConstructorInvoker"/> checks each argument's type on every call, which a hot path need not pay.
/// </summary>
internal sealed class ReflectionConstructorFactory(ConstructorInfo constructor)
{
    /// <summary>More than one per module scope at a start (15 scopes with 10 plugins), so start-up compiles nothing.</summary>
    internal const int CallsBeforeCompiling = 32;

    private readonly ConstructorInvoker _invoker = ConstructorInvoker.Create(constructor);
    private Func<object?[], object>? _compiled;
    private int _calls;

    /// <summary>Whether the compiled path is in use (for tests).</summary>
    internal bool IsCompiled => _compiled is not null;

    /// <summary>Calls the constructor; an exception it throws comes out as itself, as from Autofac's compiled factory.</summary>
    public object Create(object?[] arguments)
    {
        if (_compiled is { } compiled)
        {
            return compiled(arguments);
        }

        // Exactly one caller compiles; until it is done, the others keep using the invoker.
        if (Interlocked.Increment(ref _calls) == CallsBeforeCompiling)
        {
            _compiled = Compile(constructor);
        }

        return _invoker.Invoke(arguments.AsSpan());
    }

    // What Autofac compiles: each argument cast to its parameter's type, null for a value type as its default.
    private static Func<object?[], object> Compile(ConstructorInfo constructor)
    {
        var arguments = Expression.Parameter(typeof(object[]), "arguments");
        var parameters = constructor.GetParameters().Select((parameter, index) =>
        {
            var argument = Expression.ArrayIndex(arguments, Expression.Constant(index));
            var converted = Expression.Convert(argument, parameter.ParameterType);
            return parameter.ParameterType.IsValueType
                ? Expression.Condition(Expression.Equal(argument, Expression.Constant(null)), Expression.Default(parameter.ParameterType), converted)
                : (Expression)converted;
        });
        var body = Expression.Convert(Expression.New(constructor, parameters), typeof(object));
        return Expression.Lambda<Func<object?[], object>>(body, arguments).Compile();
    }
}
