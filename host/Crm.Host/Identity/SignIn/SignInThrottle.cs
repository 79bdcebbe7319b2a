using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Crm.Host.Identity.SignIn;

/// <summary>
/// Counts failed sign-ins per login and client address: after <see cref="IdentityOptions.MaxFailedSignIns"/> failures
/// within <see cref="IdentityOptions.FailureWindow"/>, that pair is refused (even with the right password) until the
/// oldest failure leaves the window. A success clears the pair. Kept per process: each instance behind a load
/// balancer counts on its own, which still bounds guessing to a few tries per minute per instance.
/// </summary>
internal sealed class SignInThrottle(TimeProvider time, IOptions<IdentityOptions> options)
{
    private readonly ConcurrentDictionary<(string Login, string Client), Queue<DateTimeOffset>> _failures = new();

    /// <summary>How long the pair must wait before trying again; null when it may try now.</summary>
    public TimeSpan? RetryAfter(string loginKey, string client)
    {
        if (!_failures.TryGetValue((loginKey, client), out var failures))
        {
            return null;
        }

        lock (failures)
        {
            var now = time.GetUtcNow();
            Prune(failures, now);
            return failures.Count >= options.Value.MaxFailedSignIns ? failures.Peek() + options.Value.FailureWindow - now : null;
        }
    }

    public void RecordFailure(string loginKey, string client)
    {
        var failures = _failures.GetOrAdd((loginKey, client), _ => new Queue<DateTimeOffset>());
        lock (failures)
        {
            var now = time.GetUtcNow();
            Prune(failures, now);
            failures.Enqueue(now);
        }

        // Forget pairs whose failures all left the window, so the table cannot grow without bound.
        if (_failures.Count > 10_000)
        {
            foreach (var (key, queue) in _failures)
            {
                lock (queue)
                {
                    Prune(queue, time.GetUtcNow());
                    if (queue.Count == 0)
                    {
                        _failures.TryRemove(key, out _);
                    }
                }
            }
        }
    }

    public void RecordSuccess(string loginKey, string client) => _failures.TryRemove((loginKey, client), out _);

    private void Prune(Queue<DateTimeOffset> failures, DateTimeOffset now)
    {
        while (failures.Count > 0 && failures.Peek() + options.Value.FailureWindow <= now)
        {
            failures.Dequeue();
        }
    }
}
