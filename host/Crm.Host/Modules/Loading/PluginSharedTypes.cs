using Autofac;
using Crm.Sdk.Modules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Host.Modules.Loading;

/// <summary>
/// The types whose assemblies a plugin always takes from the host, so that a plugin's <c>ICrmModule</c>,
/// <c>IRequest</c> or <c>ContainerBuilder</c> is the host's type. The loader also shares everything these
/// assemblies reference.
/// </summary>
internal static class PluginSharedTypes
{
    public static readonly Type[] All =
    [
        typeof(ICrmModule), // Crm.Sdk
        typeof(IMediator), // MediatR
        typeof(ContainerBuilder), // Autofac
        typeof(global::GraphQL.Types.ISchema), // GraphQL.NET
        typeof(ILogger), // Microsoft.Extensions.Logging.Abstractions
        typeof(IServiceCollection), // Microsoft.Extensions.DependencyInjection.Abstractions
        typeof(IOptions<>), // Microsoft.Extensions.Options
        typeof(DbContext), // EF Core
        typeof(RelationalDbContextOptionsBuilder<,>), // EF Core Relational
        // A type of the SQLite provider pulls Microsoft.Data.Sqlite and SQLitePCLRaw into the default context
        // too; loaded inside a plugin they hook process-wide events and keep the plugin from unloading.
        typeof(SqliteDbContextOptionsBuilder),
        typeof(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder),
    ];
}
