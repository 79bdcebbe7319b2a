using Crm.Host.GraphQL.Composition;
using Crm.Host.GraphQL.Execution;
using Crm.Host.Modules;
using GraphQL;

namespace Crm.Host.GraphQL;

/// <summary>Registers the GraphQL engine: schema composition per shape, the executor, limits, cache and JSON.</summary>
internal static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddCrmGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        // GraphQL.NET compiles a parser for each input object type when its schema initializes. The schema is
        // composed again on every module toggle, so that compiling was a fifth of a toggle's time; reading the
        // input through reflection costs nothing measurable per request (inputs are a few fields). A process-wide
        // library switch: every host in the process wants the same value.
        GlobalSwitches.DynamicallyCompileToObject = false;
        services.AddOptions<GraphQLLimitsOptions>().Bind(configuration.GetSection(GraphQLLimitsOptions.SectionName));
        services.AddOptions<IntrospectionOptions>().Bind(configuration.GetSection(IntrospectionOptions.Section));
        services.AddSingleton<IFieldAuthorizer, ClaimsFieldAuthorizer>();
        services.AddSingleton<SchemaAssembler>();
        services.AddSingleton<SchemaComposer>();
        services.AddSingleton<IShapeFeatureBuilder, GraphQLSchemaFeatureBuilder>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<IGraphQLRequestExecutor, GraphQLRequestExecutor>();
        services.AddSingleton(provider => GraphQLJson.CreateSerializer(provider.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        services.AddSingleton<global::GraphQL.SystemTextJson.GraphQLSerializer>(provider => provider.GetRequiredService<GraphQLResponseSerializer>());
        services.AddSingleton<IGraphQLTextSerializer>(provider => provider.GetRequiredService<GraphQLResponseSerializer>());
        services.AddSingleton<IGraphQLSerializer>(provider => provider.GetRequiredService<GraphQLResponseSerializer>());
        services.AddSingleton<Cli.ICliCommand, Cli.SchemaPrintCommand>();
        return services;
    }
}
