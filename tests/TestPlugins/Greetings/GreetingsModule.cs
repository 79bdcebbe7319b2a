using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using GraphQL;
using GraphQL.Types;
using TestPlugins.Greetings;

[assembly: CrmModule(typeof(GreetingsModule))]

namespace TestPlugins.Greetings;

/// <summary>
/// The plugin the GraphQL transport tests run against: a greeting that a mutation changes and subscriptions
/// watch, plus a countdown stream the server ends by itself and a field whose resolver fails.
/// </summary>
public sealed class GreetingsModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("test.greetings", "Test plugin Greetings", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder) => builder.RegisterType<GreetingBoard>().SingleInstance();

    public void ConfigureSchema(ISchemaBuilder schema)
    {
        schema.Query.Field<NonNullGraphType<StringGraphType>>("greeting")
            .Description("The current greeting.")
            .Resolve(ctx => Board(ctx).Current);
        schema.Query.Field<NonNullGraphType<StringGraphType>>("hello")
            .Description("Greets a name.")
            .Argument<StringGraphType>("name")
            .Resolve(ctx => $"Hello, {ctx.GetArgument("name", "world")}!");
        schema.Query.Field<NonNullGraphType<IntGraphType>>("greetingChanges")
            .Description("How many times setGreeting ran: proves refused requests never reached it.")
            .Resolve(ctx => Board(ctx).Changes);
        schema.Query.Field<IntGraphType>("failing")
            .Description("Always fails, with an internal detail that must not reach clients.")
            .Resolve(_ => throw new InvalidOperationException("secret internal detail"));

        schema.Mutation.Field<NonNullGraphType<StringGraphType>>("setGreeting")
            .Description("Changes the greeting and tells greetingChanged subscribers.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(ctx => Board(ctx).Set(ctx.GetArgument<string>("text")));

        schema.Subscription.Field<NonNullGraphType<StringGraphType>>("greetingChanged")
            .Description("Each new greeting.")
            .ResolveStream(ctx => Board(ctx));
        schema.Subscription.Field<NonNullGraphType<IntGraphType>>("countdown")
            .Description("from, from-1, ..., 1, then the stream ends.")
            .Argument<NonNullGraphType<IntGraphType>>("from")
            .ResolveStream(ctx => new Countdown(ctx.GetArgument<int>("from")));
    }

    private static GreetingBoard Board(IResolveFieldContext context) =>
        (GreetingBoard)context.RequestServices!.GetService(typeof(GreetingBoard))!;
}
