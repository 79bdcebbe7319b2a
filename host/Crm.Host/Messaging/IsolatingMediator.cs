using Crm.Sdk.Contracts;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Messaging;

/// <summary>
/// MediatR's mediator for one message, with publishing that isolates handlers: each notification handler
/// runs even when an earlier one failed, and a failure is logged with the module it came from.
/// </summary>
internal sealed class IsolatingMediator(ServiceFactory serviceFactory, ILogger logger, IReportsHandlerFailures? failures = null) : Mediator(serviceFactory)
{
    protected override async Task PublishCore(IEnumerable<Task> allHandlers)
    {
        // The sequence is lazy: each step starts the next handler, and the module wrapper turns a
        // synchronous throw into a failed task, so moving on after a failure is safe.
        foreach (var handler in allHandlers)
        {
            try
            {
                await handler;
            }
            catch (NotificationHandlerFailedException failure)
            {
                logger.LogError(failure.InnerException, "Notification handler of module {ModuleId} failed; the other handlers still run. {Message}", failure.ModuleId, failure.Message);
                failures?.HandlerFailed(failure.ModuleId, failure.InnerException?.Message ?? failure.Message);
            }
        }
    }
}
