using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Tests.Workspace;

public sealed class ChunkedBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData((1 << 20) + 3)]
    [InlineData(2 << 20)]
    public void ToArray_AcrossBlockBoundaries_HoldsEveryValueInOrder(int count)
    {
        var buffer = new ChunkedBuffer<int>();
        for (var i = 0; i < count; i++)
        {
            buffer.Add(i * 3);
        }

        var array = buffer.ToArray();

        Assert.Equal(count, buffer.Count);
        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 3), array);
    }
}
