namespace ShopperSpectrum.Ingestion;

/// <summary>A problem with the user's file, with a one-line message that says what is wrong and how to fix it.</summary>
public sealed class IngestionException(string message) : Exception(message);
