using ShopperSpectrum.Numerics;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Tests.Recommendation;

namespace ShopperSpectrum.Tests.Numerics;

public sealed class SparseCosineTests
{
    [Theory]
    [InlineData(120, 60, 0.08, 3, 0f, 0.5f, true)]
    [InlineData(120, 60, 0.08, 12, 2f, 0.5f, false)]
    [InlineData(120, 60, 0.08, 40, 0f, 0.7f, true)]
    [InlineData(120, 60, 0.08, 500, 1f, 0.5f, false)]
    // Few candidates a row: gathered and sorted rather than found by scanning every row.
    [InlineData(3_000, 2_000, 0.001, 2, 0f, 0.5f, true)]
    [InlineData(3_000, 2_000, 0.001, 3, 0f, 0.5f, false)]
    public void TopNeighbours_RandomSparseRows_KeepTheBestByBruteForceTiesToTheLowerIndex(
        int rows, int columns, double density, int neighbours, float shrinkage, float asymmetry, bool grouped)
    {
        var random = new Random(3);
        // 0/1 values: many rows share the same overlaps, so similarities tie often.
        var entries = Enumerable.Range(0, rows)
            .SelectMany(r => Enumerable.Range(0, columns).Where(_ => random.NextDouble() < density).Select(c => (r, c, 1f)))
            .ToList();
        var matrix = InteractionMatrix.FromEntries(rows, columns, entries);
        var groups = grouped ? Enumerable.Range(0, rows).Select(r => r % 3).ToArray() : null;

        var graph = SparseCosine.TopNeighbours(matrix, neighbours, shrinkage, groups, asymmetry);

        var cells = entries.ToLookup(e => e.r, e => e.c);
        var buyers = entries.ToLookup(e => e.c, e => e.r);
        float Norm(int r, float power) => MathF.Pow(cells[r].Count(), power);
        for (var row = 0; row < rows; row++)
        {
            var expected = cells[row].SelectMany(c => buyers[c]).Distinct()
                .Where(other => other != row && (groups is null || groups[other] == groups[row]))
                .Select(other => (Other: other, Shared: cells[row].Intersect(cells[other]).Count()))
                .Where(p => p.Shared > 0)
                .Select(p => (p.Other, Similarity: p.Shared / ((Norm(row, asymmetry) * Norm(p.Other, 1 - asymmetry)) + shrinkage)))
                .OrderByDescending(p => p.Similarity).ThenBy(p => p.Other)
                .Take(neighbours)
                .OrderBy(p => p.Other)
                .ToList();
            Assert.Equal(expected.Select(p => p.Other), graph.Neighbours(row).ToArray());
            Assert.Equal(expected.Select(p => (double)p.Similarity), graph.Weights(row).ToArray().Select(w => (double)w), new ToleranceComparer(1e-6));
        }
    }

    [Theory]
    [InlineData(200, 40, 7)]
    [InlineData(400, 30, 150)]
    public void TopNeighbours_SignedWeights_KeepTheLargestSimilaritiesNegativesAndTiesIncluded(int rows, int columns, int neighbours)
    {
        var random = new Random(5);
        // Signed weights whose products sum exactly in float: similarities are negative, positive, equal and sometimes
        // cancel to zero (not a neighbour then), all of which the selection of the best has to order as the values do.
        float[] values = [-2f, -1f, 0.5f, 1f, 3f];
        var entries = Enumerable.Range(0, rows)
            .SelectMany(r => Enumerable.Range(0, columns).Where(_ => random.NextDouble() < 0.2).Select(c => (r, c, values[random.Next(values.Length)])))
            .ToList();
        var matrix = InteractionMatrix.FromEntries(rows, columns, entries);

        var graph = SparseCosine.TopNeighbours(matrix, neighbours, shrinkage: 0);

        var cells = entries.ToLookup(e => e.r, e => (Column: e.c, Value: e.Item3));
        var norms = Enumerable.Range(0, rows).Select(r => MathF.Sqrt(cells[r].Sum(e => e.Value * e.Value))).ToArray();
        for (var row = 0; row < rows; row++)
        {
            var mine = cells[row].ToDictionary(e => e.Column, e => e.Value);
            var expected = Enumerable.Range(0, rows)
                .Where(other => other != row)
                .Select(other => (Other: other, Dot: cells[other].Where(e => mine.ContainsKey(e.Column)).Sum(e => mine[e.Column] * e.Value)))
                .Where(p => p.Dot != 0)
                .Select(p => (p.Other, Similarity: p.Dot / (norms[row] * norms[p.Other])))
                .OrderByDescending(p => p.Similarity).ThenBy(p => p.Other)
                .Take(neighbours)
                .OrderBy(p => p.Other)
                .ToList();
            Assert.Equal(expected.Select(p => p.Other), graph.Neighbours(row).ToArray());
            Assert.Equal(expected.Select(p => p.Similarity), graph.Weights(row).ToArray());
        }
    }
}
