namespace Crm.Modules.Customers.Domain;

/// <summary>Where the relationship with a customer stands.</summary>
public enum CustomerStatus
{
    /// <summary>Not buying yet.</summary>
    Prospect,

    /// <summary>Buying.</summary>
    Active,

    /// <summary>Stopped buying, still on good terms.</summary>
    Inactive,

    /// <summary>Gone to a competitor or lost for good.</summary>
    Lost,
}
