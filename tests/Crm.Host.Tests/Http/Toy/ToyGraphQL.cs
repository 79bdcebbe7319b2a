using Crm.Host.GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.Http.Toy;

/// <summary>Puts the toy schema and its executor into a test host in place of the real executor.</summary>
public static class ToyGraphQL
{
    public static void Register(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ToyGreetings>();
        builder.Services.AddSingleton(provider => new ToySchema(provider.GetRequiredService<ToyGreetings>()));
        builder.Services.AddSingleton<IGraphQLRequestExecutor, ToyRequestExecutor>();
    }
}
