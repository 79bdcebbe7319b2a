namespace Crm.Host.Tests.Http.Toy;

/// <summary>The toy schema's state: one greeting, changed by a mutation, watched by a subscription.</summary>
public sealed class ToyGreetings
{
    private string _greeting = "Привет";
    private int _mutations;

    public string Current => Volatile.Read(ref _greeting);

    /// <summary>How many times a mutation ran: proves refused requests never reached a resolver.</summary>
    public int MutationCount => Volatile.Read(ref _mutations);

    public ToyEventStream<string> Changes { get; } = new();

    public string Set(string text)
    {
        Interlocked.Increment(ref _mutations);
        Volatile.Write(ref _greeting, text);
        Changes.Publish(text);
        return text;
    }
}
