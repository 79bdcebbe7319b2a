using System.Reflection;

namespace Crm.Host.Hosting;

/// <summary>One constructor behind .NET's <see cref="ConstructorInvoker"/>, in the shape of Autofac's factories.</summary>
internal sealed class ReflectionConstructorFactory(ConstructorInfo constructor)
{
    private readonly ConstructorInvoker _invoker = ConstructorInvoker.Create(constructor);

    /// <summary>Calls the constructor; an exception it throws comes out as itself, as from Autofac's compiled factory.</summary>
    public object Create(object?[] arguments) => _invoker.Invoke(arguments.AsSpan());
}
