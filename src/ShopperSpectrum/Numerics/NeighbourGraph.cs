namespace ShopperSpectrum.Numerics;

/// <summary>An immutable sparse graph of weighted nearest neighbours per row, neighbours ascending by index within a row.</summary>
internal sealed class NeighbourGraph
{
    private readonly int[] starts;
    private readonly int[] indices;
    private readonly float[] weights;

    public NeighbourGraph(int[] starts, int[] indices, float[] weights)
    {
        this.starts = starts;
        this.indices = indices;
        this.weights = weights;
    }

    /// <summary>Where each row starts in <see cref="Indices"/> (length Rows + 1).</summary>
    public ReadOnlySpan<int> Starts => starts;

    /// <summary>Every row's neighbours, row after row.</summary>
    public ReadOnlySpan<int> Indices => indices;

    /// <summary>Every edge's weight, aligned with <see cref="Indices"/>.</summary>
    public ReadOnlySpan<float> AllWeights => weights;

    /// <summary>Number of rows.</summary>
    public int Rows => starts.Length - 1;

    /// <summary>A row's neighbours, ascending.</summary>
    public ReadOnlySpan<int> Neighbours(int row) => indices.AsSpan(starts[row], starts[row + 1] - starts[row]);

    /// <summary>A row's neighbour weights, aligned with <see cref="Neighbours"/>.</summary>
    public ReadOnlySpan<float> Weights(int row) => weights.AsSpan(starts[row], starts[row + 1] - starts[row]);

    /// <summary>The weight of the edge from <paramref name="row"/> to <paramref name="neighbour"/>, or 0 when it was not kept.</summary>
    public float Weight(int row, int neighbour)
    {
        var at = Neighbours(row).BinarySearch(neighbour);
        return at >= 0 ? weights[starts[row] + at] : 0;
    }

    /// <summary>The same graph with every row's weights scaled by <paramref name="scale"/> of that row.</summary>
    public NeighbourGraph ScaleRows(Func<ReadOnlySpan<float>, float> scale)
    {
        var scaled = (float[])weights.Clone();
        for (var row = 0; row < Rows; row++)
        {
            var factor = scale(Weights(row));
            System.Numerics.Tensors.TensorPrimitives.Multiply(Weights(row), factor, scaled.AsSpan(starts[row], starts[row + 1] - starts[row]));
        }
        return new NeighbourGraph(starts, indices, scaled);
    }
}
