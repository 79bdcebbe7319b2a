using MediatR;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Messaging;

/// <summary>Logs every request with how long its handler took, and failures with the request type.</summary>
internal sealed partial class RequestTimingBehavior<TRequest, TResponse>(ILoggerFactory loggerFactory, TimeProvider time) : IPipelineBehavior<TRequest, TResponse>
{
    // A fixed category instead of ILogger<T>: T may be a plugin's request type, and a logger per plugin
    // type would be one more cache entry holding the plugin's load context.
    private readonly ILogger _logger = loggerFactory.CreateLogger("Crm.Host.Messaging.Requests");

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = time.GetTimestamp();
        try
        {
            var response = await next();
            LogHandled(_logger, typeof(TRequest).Name, time.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            LogFailed(_logger, exception, typeof(TRequest).Name, time.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request {Request} handled in {ElapsedMilliseconds:0.###} ms")]
    private static partial void LogHandled(ILogger logger, string request, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {Request} failed after {ElapsedMilliseconds:0.###} ms")]
    private static partial void LogFailed(ILogger logger, Exception exception, string request, double elapsedMilliseconds);
}
