using GraphQL.Types;

namespace Crm.Host.GraphQL.Composition;

/// <summary>
/// The service provider a composed schema creates graph types with: a type some module declared as an instance is
/// answered with that very instance, so a field referring to it by CLR type (<c>Field&lt;CustomerType&gt;</c>) and the
/// declaration are one type, not two with the same name. Other graph types are created with their parameterless
/// constructor, as GraphQL.NET does without a container.
/// </summary>
internal sealed class DeclaredTypeProvider(IReadOnlyDictionary<Type, IGraphType> declared) : IServiceProvider
{
    public object? GetService(Type serviceType)
    {
        if (declared.TryGetValue(serviceType, out var instance))
        {
            return instance;
        }

        return typeof(IGraphType).IsAssignableFrom(serviceType) && !serviceType.IsAbstract && serviceType.GetConstructor(Type.EmptyTypes) is not null
            ? Activator.CreateInstance(serviceType)
            : null;
    }
}
