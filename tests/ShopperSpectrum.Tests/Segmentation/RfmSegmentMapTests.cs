using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Tests.Segmentation;

public sealed class RfmSegmentMapTests
{
    [Theory]
    [InlineData(5, 5, 5, "Champions")]
    [InlineData(4, 5, 4, "Champions")]
    [InlineData(3, 4, 4, "Loyal Customers")]
    [InlineData(5, 2, 3, "Potential Loyalists")]
    [InlineData(5, 1, 1, "New Customers")]
    [InlineData(4, 1, 1, "Promising")]
    [InlineData(3, 3, 3, "Need Attention")]
    [InlineData(3, 1, 2, "About to Sleep")]
    [InlineData(2, 5, 5, "Can't Lose Them")]
    [InlineData(2, 3, 4, "At Risk")]
    [InlineData(2, 1, 2, "Hibernating")]
    [InlineData(1, 1, 1, "Lost")]
    public void Segment_StandardMap_NamesTheGridCell(int r, int f, int m, string expected) =>
        Assert.Equal(expected, RfmSegmentMap.Standard.Segment(new RfmScores(r, f, m)));

    [Fact]
    public void Standard_HasElevenSegments() => Assert.Equal(11, RfmSegmentMap.Standard.Segments.Count);

    [Fact]
    public void Parse_CustomMap_FirstMatchingRuleWins()
    {
        var map = RfmSegmentMap.Parse("segment,recency,frequency_monetary\nVIP,5,5\nActive,3-5,1-5\nDormant,1-2,1-5\n");

        Assert.Equal("VIP", map.Segment(new RfmScores(5, 5, 5)));
        Assert.Equal("Active", map.Segment(new RfmScores(5, 4, 4)));
        Assert.Equal("Dormant", map.Segment(new RfmScores(1, 5, 5)));
        Assert.Equal(["VIP", "Active", "Dormant"], map.Segments);
    }

    [Fact]
    public void Parse_MapWithAGap_NamesTheUncoveredCell()
    {
        var error = Assert.Throws<FormatException>(() => RfmSegmentMap.Parse("Active,3-5,1-5\n"));
        Assert.Contains("R = 1, FM = 1", error.Message);
    }

    [Fact]
    public void Parse_BadRange_NamesTheLine()
    {
        var error = Assert.Throws<FormatException>(() => RfmSegmentMap.Parse("VIP,6,5\n"));
        Assert.Contains("line 1", error.Message);
    }
}
