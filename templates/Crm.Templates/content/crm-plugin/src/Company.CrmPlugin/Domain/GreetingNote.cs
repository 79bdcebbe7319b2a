namespace Company.CrmPlugin.Domain;

/// <summary>A note the plugin wrote about a customer; one row of the plugin's only table.</summary>
public sealed class GreetingNote
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public string Text { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>The text written for a new customer; kept here so the handler and the tests agree on it.</summary>
    public static string WelcomeTextFor(string customerName) => $"Welcome aboard, {customerName.Trim()}!";
}
