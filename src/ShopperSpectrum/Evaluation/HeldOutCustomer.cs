namespace ShopperSpectrum.Evaluation;

/// <summary>A training customer who bought something new in the holdout window.</summary>
/// <param name="Customer">The customer's row in the training data.</param>
/// <param name="Relevant">Training-catalogue products bought in the holdout and never before, ascending column indices (never empty).</param>
public sealed record HeldOutCustomer(int Customer, ReadOnlyMemory<int> Relevant);
