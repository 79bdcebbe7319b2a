using Autofac;
using Crm.Host.Messaging;

namespace Crm.Host.Tests.Messaging;

/// <summary>Which dependency graphs make a handler need a child scope per message (see HandlerIsolation's rule).</summary>
public sealed class HandlerIsolationTests
{
    [Theory]
    [InlineData("singleton dependency", false)]
    [InlineData("transient plain dependency", false)]
    [InlineData("collection of singletons", false)]
    [InlineData("scoped dependency", true)]
    [InlineData("scoped dependency two levels down", true)]
    [InlineData("disposable transient dependency", true)]
    [InlineData("delegate registration", true)]
    [InlineData("lifetime scope injected", true)]
    [InlineData("Func of a dependency", true)]
    [InlineData("disposable singleton dependency", false)]
    public void Needs_a_message_scope_exactly_when_something_in_the_graph_is_per_scope_disposable_or_invisible(string graph, bool expected)
    {
        var builder = new ContainerBuilder();
        switch (graph)
        {
            case "singleton dependency":
                builder.RegisterType<Plain>().SingleInstance();
                builder.RegisterType<Needs<Plain>>();
                break;
            case "transient plain dependency":
                builder.RegisterType<Plain>();
                builder.RegisterType<Needs<Plain>>();
                break;
            case "collection of singletons":
                builder.RegisterType<Plain>().SingleInstance();
                builder.RegisterType<Needs<IEnumerable<Plain>>>();
                break;
            case "scoped dependency":
                builder.RegisterType<Plain>().InstancePerLifetimeScope();
                builder.RegisterType<Needs<Plain>>();
                break;
            case "scoped dependency two levels down":
                builder.RegisterType<Plain>().InstancePerLifetimeScope();
                builder.RegisterType<Needs<Plain>>();
                builder.RegisterType<Needs<Needs<Plain>>>();
                break;
            case "disposable transient dependency":
                builder.RegisterType<Disposable>();
                builder.RegisterType<Needs<Disposable>>();
                break;
            case "delegate registration":
                builder.Register(_ => new Plain());
                builder.RegisterType<Needs<Plain>>();
                break;
            case "lifetime scope injected":
                builder.RegisterType<Needs<ILifetimeScope>>();
                break;
            case "Func of a dependency":
                builder.RegisterType<Plain>();
                builder.RegisterType<Needs<Func<Plain>>>();
                break;
            case "disposable singleton dependency":
                builder.RegisterType<Disposable>().SingleInstance();
                builder.RegisterType<Needs<Disposable>>();
                break;
        }

        using var container = builder.Build();
        var subject = graph == "scoped dependency two levels down" ? typeof(Needs<Needs<Plain>>) : container.ComponentRegistry.Registrations
            .Select(r => r.Activator.LimitType).Single(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Needs<>));

        Assert.Equal(expected, HandlerIsolation.NeedsMessageScope(container, subject));
    }

    public sealed class Plain;

    public sealed class Disposable : IDisposable
    {
        public void Dispose()
        {
        }
    }

    public sealed class Needs<T>(T dependency)
    {
        public T Dependency { get; } = dependency;
    }
}
