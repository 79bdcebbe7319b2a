using System.Collections.Concurrent;
using MediatR;

namespace TestPlugins.Contracts;

/// <summary>Answered by exactly one enabled module with "pong from MODULE".</summary>
public sealed record PingRequest : IRequest<string>;

/// <summary>Answered with the Newtonsoft.Json version the handling plugin loaded and a JSON sample.</summary>
public sealed record DescribeJsonRequest : IRequest<string>;

/// <summary>Every listening module writes its id into <see cref="Receipts"/>.</summary>
public sealed class Announcement : INotification, Crm.Sdk.Contracts.IReportsHandlerFailures
{
    public ConcurrentQueue<string> Receipts { get; } = new();

    /// <summary>"module: message" for each handler that failed, as the host reported it.</summary>
    public ConcurrentQueue<string> Failures { get; } = new();

    public void HandlerFailed(string moduleId, string message) => Failures.Enqueue($"{moduleId}: {message}");
}

/// <summary>Stored as a row by the test.stored plugin, which answers with every word stored so far.</summary>
public sealed record StoreWordRequest(string Word) : IRequest<IReadOnlyList<string>>;
