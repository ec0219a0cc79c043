namespace ShopperSpectrum.Segmentation;

/// <summary>The outcome of <see cref="KMeans.Fit(double[], int, int, KMeansOptions)"/>: the model, each training point's cluster, and how many Lloyd iterations the winning run took.</summary>
/// <param name="Model">The fitted model.</param>
/// <param name="Labels">Cluster index of each training point, in input order.</param>
/// <param name="Iterations">Lloyd iterations of the winning restart.</param>
public sealed record KMeansFit(KMeansModel Model, int[] Labels, int Iterations);
