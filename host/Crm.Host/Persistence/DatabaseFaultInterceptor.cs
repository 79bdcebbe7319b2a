using System.Data.Common;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Host.Persistence;

/// <summary>
/// Turns a provider failure that means "the database is unavailable" into a
/// <see cref="DatabaseUnavailableException"/> wherever it happens (queries, saves, opening a connection), so
/// callers catch one SDK type instead of each driver's exceptions.
/// </summary>
internal sealed class DatabaseFaultInterceptor(IDatabaseFaultTranslator translator) : DbCommandInterceptor, IDbConnectionInterceptor
{
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ThrowIfUnavailable(eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable(eventData.Exception);
        return Task.CompletedTask;
    }

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => ThrowIfUnavailable(eventData.Exception);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable(eventData.Exception);
        return Task.CompletedTask;
    }

    private void ThrowIfUnavailable(Exception exception)
    {
        if (translator.Translate(exception) is { } unavailable)
        {
            throw unavailable;
        }
    }
}
