namespace ShopperSpectrum.Recommendation;

/// <summary>A customer id the loaded recommender has never seen, with a message that says what to do instead.</summary>
public sealed class UnknownCustomerException(string customerId, string message) : ArgumentException(message)
{
    /// <summary>The id that was asked for.</summary>
    public string CustomerId { get; } = customerId;
}
