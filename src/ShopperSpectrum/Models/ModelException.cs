namespace ShopperSpectrum.Models;

/// <summary>A model directory that is missing, damaged or from another version, with a message that says what to do.</summary>
public sealed class ModelException(string message) : Exception(message);
