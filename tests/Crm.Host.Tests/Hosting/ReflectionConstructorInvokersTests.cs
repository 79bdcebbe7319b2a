using System.Runtime.Loader;
using Autofac;
using Autofac.Core;
using Crm.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Tests.Hosting;

/// <summary>
/// The host's containers create components through reflection invokers, not Autofac's compiled expression
/// trees; what a component sees (its dependencies, a constructor's exception) stays as it was.
/// </summary>
public sealed class ReflectionConstructorInvokersTests
{
    [Fact]
    public void Autofac_takes_a_constructor_factory_from_the_cache_the_host_seeds()
    {
        // Guards the one thing the host relies on in Autofac: the cache name. A factory placed there for a
        // constructor must be the one Autofac calls; if an upgrade stops reading it, the sentinel never comes back.
        var sentinel = new SentinelTarget("from the seeded factory");
        ReflectionConstructorInvokers.Factories[typeof(SentinelTarget).GetConstructor([typeof(Dependency)])!] = _ => sentinel;
        var builder = new ContainerBuilder();
        builder.RegisterType<Dependency>();
        builder.RegisterType<SentinelTarget>();
        using var container = builder.Build();

        Assert.Same(sentinel, container.Resolve<SentinelTarget>());
    }

    [Fact]
    public void Components_registered_by_type_are_created_by_reflection_invokers_with_their_dependencies()
    {
        var builder = new ContainerBuilder().UseReflectionConstructorInvokers();
        builder.RegisterType<Dependency>().SingleInstance();
        builder.RegisterType<Consumer>();
        using var container = builder.Build();

        var consumer = container.Resolve<Consumer>();

        Assert.Same(container.Resolve<Dependency>(), consumer.Dependency);
        Assert.IsType<ReflectionConstructorFactory>(ReflectionConstructorInvokers.Factories[typeof(Consumer).GetConstructors().Single()].Target);
    }

    [Fact]
    public void Closed_generics_and_the_registrations_of_child_and_load_context_scopes_are_seeded_by_the_root_hook()
    {
        // ILogger<T> and IOptions<T> come from open-generic registrations, closed only when first resolved. Child
        // scopes (a module's scope is one) register nothing themselves: they inherit the root builder's hook.
        var services = new ServiceCollection().AddLogging();
        var builder = new ContainerBuilder().UseReflectionConstructorInvokers();
        Autofac.Extensions.DependencyInjection.AutofacRegistration.Populate(builder, services);
        using var container = builder.Build();
        using var child = container.BeginLifetimeScope("a built-in module", b => b.RegisterType<ChildOnly>());
        var pluginContext = new AssemblyLoadContext("plugin-like", isCollectible: true);
        using var pluginLike = container.BeginLoadContextLifetimeScope(pluginContext, b => b.RegisterType<LoadContextOnly>());

        var logger = child.Resolve<ILogger<ChildOnly>>();
        _ = child.Resolve<ChildOnly>();
        _ = pluginLike.Resolve<LoadContextOnly>();

        Assert.IsType<ReflectionConstructorFactory>(ReflectionConstructorInvokers.Factories[logger.GetType().GetConstructors().Single()].Target);
        Assert.IsType<ReflectionConstructorFactory>(ReflectionConstructorInvokers.Factories[typeof(ChildOnly).GetConstructors().Single()].Target);
        Assert.IsType<ReflectionConstructorFactory>(ReflectionConstructorInvokers.Factories[typeof(LoadContextOnly).GetConstructors().Single()].Target);
        pluginContext.Unload();
    }

    [Fact]
    public void A_throwing_constructor_fails_the_resolve_with_its_own_exception_as_without_the_invokers()
    {
        var seeded = ResolveFailure(new ContainerBuilder().UseReflectionConstructorInvokers(), b => b.RegisterType<Throwing>().As<IThrowing>());
        var compiled = ResolveFailure(new ContainerBuilder(), b => b.RegisterType<ThrowingToo>().As<IThrowing>());

        // Autofac wraps it in its own exceptions either way; no TargetInvocationException comes between.
        Assert.Equal(Chain(compiled), Chain(seeded));
        Assert.Equal("the constructor refused", seeded.GetBaseException().Message);
        Assert.IsType<InvalidOperationException>(seeded.GetBaseException());
    }

    [Fact]
    public void A_component_made_often_moves_to_a_compiled_factory_and_stays_correct()
    {
        var builder = new ContainerBuilder().UseReflectionConstructorInvokers();
        builder.RegisterType<Dependency>().SingleInstance();
        builder.RegisterType<Often>();
        builder.RegisterType<Throwing>().As<IThrowing>();
        using var container = builder.Build();
        var factory = Assert.IsType<ReflectionConstructorFactory>(ReflectionConstructorInvokers.Factories[typeof(Often).GetConstructors().Single()].Target);

        var made = Enumerable.Range(0, ReflectionConstructorFactory.CallsBeforeCompiling + 5).Select(_ => container.Resolve<Often>()).ToList();

        Assert.True(factory.IsCompiled);
        Assert.Equal(made.Count, made.Distinct().Count());
        Assert.All(made, o => Assert.Same(container.Resolve<Dependency>(), o.Dependency));
        Assert.All(made, o => Assert.Equal(0, o.Count));

        // A throwing constructor fails the same way after the switch.
        for (var i = 0; i < ReflectionConstructorFactory.CallsBeforeCompiling; i++)
        {
            Assert.Throws<DependencyResolutionException>(() => container.Resolve<IThrowing>());
        }

        var compiledFailure = Assert.Throws<DependencyResolutionException>(() => container.Resolve<IThrowing>());
        Assert.True(Assert.IsType<ReflectionConstructorFactory>(ReflectionConstructorInvokers.Factories[typeof(Throwing).GetConstructors().Single()].Target).IsCompiled);
        Assert.IsType<InvalidOperationException>(compiledFailure.GetBaseException());
    }

    [Fact]
    public void A_constructor_taking_a_primitive_keeps_Autofacs_converting_factory()
    {
        // Autofac converts a parameter value of another primitive type (an int for a long); reflection would not.
        var builder = new ContainerBuilder().UseReflectionConstructorInvokers();
        builder.RegisterType<TakesLong>().WithParameter("limit", 5);
        using var container = builder.Build();

        Assert.Equal(5L, container.Resolve<TakesLong>().Limit);
        Assert.IsNotType<ReflectionConstructorFactory>(ReflectionConstructorInvokers.Factories[typeof(TakesLong).GetConstructors().Single()].Target);
    }

    private static List<Type> Chain(Exception exception)
    {
        var chain = new List<Type>();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            chain.Add(e.GetType());
        }

        return chain;
    }

    private static DependencyResolutionException ResolveFailure(ContainerBuilder builder, Action<ContainerBuilder> register)
    {
        register(builder);
        using var container = builder.Build();
        return Assert.Throws<DependencyResolutionException>(() => container.Resolve<IThrowing>());
    }

    public sealed class Dependency;

    public sealed class Consumer(Dependency dependency)
    {
        public Dependency Dependency { get; } = dependency;
    }

    public sealed class Often(Dependency dependency, TimeSpan? optional = null)
    {
        public Dependency Dependency { get; } = dependency;

        public int Count { get; } = optional is null ? 0 : 1;
    }

    public sealed class SentinelTarget(string origin)
    {
        public SentinelTarget(Dependency dependency)
            : this("from Autofac: " + dependency.GetType().Name)
        {
        }

        public string Origin { get; } = origin;
    }

    public sealed class ChildOnly(ILogger<ChildOnly> logger)
    {
        public ILogger<ChildOnly> Logger { get; } = logger;
    }

    public sealed class LoadContextOnly(Dependency? dependency = null)
    {
        public Dependency? Dependency { get; } = dependency;
    }

    public interface IThrowing;

    public sealed class Throwing : IThrowing
    {
        public Throwing() => throw new InvalidOperationException("the constructor refused");
    }

    public sealed class ThrowingToo : IThrowing
    {
        public ThrowingToo() => throw new InvalidOperationException("the constructor refused");
    }

    public sealed class TakesLong(long limit)
    {
        public long Limit { get; } = limit;
    }
}
