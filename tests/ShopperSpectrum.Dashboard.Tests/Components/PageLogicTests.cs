using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ShopperSpectrum.Web.Components.Pages;
using ShopperSpectrum.Web.Components.Shared;
using ShopperSpectrum.Web.Dashboard;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Dashboard.Tests.Components;

/// <summary>The pages' logic with bUnit over the trained host's real model: no browser, no mocks.</summary>
[Collection(DashboardHostCollection.Name)]
public sealed class PageLogicTests(DashboardHost host)
{
    private ServedModel Model => host.Services.GetRequiredService<ActiveModel>().Current!;

    [Fact]
    public async Task Predict_NegativeRecency_ShowsAMessageNotAPrediction()
    {
        await using var context = DashboardContext.Create(host.Services);
        var page = context.Render<Predict>();
        page.WaitForElement("input[data-testid=recency]").Change("-1");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Contains("zero or more", page.Find("[data-testid=predict-problem]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=predicted-segment]"));
    }

    [Fact]
    public async Task Predict_Defaults_PlaceTheCustomerAsTheModelDoes()
    {
        await using var context = DashboardContext.Create(host.Services);
        var page = context.Render<Predict>();
        page.WaitForElement("form").Submit();
        var expected = Model.Segmentation.Place(30, 5, 1200).Segment;
        page.WaitForAssertion(() => Assert.Equal(expected, page.Find("[data-testid=predicted-segment]").TextContent));
    }

    [Fact]
    public async Task Customer_FromTheRoute_ShowsTheirSegmentAndHistory()
    {
        await using var context = DashboardContext.Create(host.Services);
        var page = context.Render<Customer>(p => p.Add(c => c.Id, "12347"));
        var expected = Model.Customer("12347")!.Placement.Segment;
        page.WaitForAssertion(() => Assert.Equal(expected, page.Find("[data-testid=customer-segment]").TextContent));
        Assert.Contains("Purchase history", page.Find("[data-testid=history]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customer_UnknownId_ShowsAMessage()
    {
        await using var context = DashboardContext.Create(host.Services);
        var page = context.Render<Customer>(p => p.Add(c => c.Id, "nobody"));
        page.WaitForAssertion(() => Assert.Contains("No customer \"nobody\"", page.Find("[data-testid=customer-problem]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task KpiCard_ShowsTitleValueAndNote()
    {
        await using var context = new BunitContext();
        context.Services.AddMudBlazorForTests();
        var card = context.Render<KpiCard>(p => p.Add(c => c.Title, "Customers").Add(c => c.Value, "4,338").Add(c => c.Note, "in 37 countries").Add(c => c.TestId, "kpi"));
        Assert.Equal("4,338", card.Find("[data-testid=kpi]").TextContent);
        Assert.Contains("in 37 countries", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerLookup_BlendAtWeightOne_IsTheFirstStrategysList()
    {
        var strategies = Model.Recommender.Strategies;
        var single = CustomerLookup.Recommend(Model, "12347", new RecommendationChoice(strategies[0]));
        var blended = CustomerLookup.Recommend(Model, "12347", new RecommendationChoice(strategies[0], strategies[^1], 1));
        Assert.Equal(single.Select(r => r.ProductId), blended.Select(r => r.ProductId));
        var half = CustomerLookup.Recommend(Model, "12347", new RecommendationChoice(strategies[0], strategies[^1], 0.5));
        Assert.Equal(RecommendationChoice.Top, half.Count);
        Assert.True(half.Zip(half.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void SegmentQueries_Customers_PagesAndSortsOnTheServer()
    {
        var all = Model.Analysis.Customers.Count;
        var first = SegmentQueries.Customers(Model, null, CustomerSort.Monetary, descending: true, page: 0, pageSize: 15);
        var second = SegmentQueries.Customers(Model, null, CustomerSort.Monetary, descending: true, page: 1, pageSize: 15);
        Assert.Equal(all, first.Total);
        Assert.Equal(15, first.Rows.Count);
        Assert.Equal(Model.Analysis.Customers.Max(c => c.Rfm.Monetary), first.Rows[0].Monetary);
        Assert.True(first.Rows[^1].Monetary >= second.Rows[0].Monetary);
        var segment = Model.Analysis.Segments[0];
        Assert.Equal(segment.Customers, SegmentQueries.Customers(Model, segment.Name, CustomerSort.CustomerId, false, 0, 10).Total);
    }

    [Fact]
    public void SegmentCharts_Heatmap_IsTheMeanMonetaryOfEachCell()
    {
        var customers = Model.Analysis.Customers;
        var cells = SegmentCharts.MeanMonetaryByScores(customers);
        var top = customers.Where(c => c.Placement.Scores is { Recency: 5, Frequency: 5 }).Select(c => c.Rfm.Monetary).ToList();
        Assert.Equal(Math.Round(top.Average(), 2), cells[4][4]);
        Assert.Equal(customers.Count, SegmentCharts.FrequencyCounts(customers).Sum(c => c.Customers));
        Assert.Equal(customers.Count, SegmentCharts.RecencyBands(customers).Sum(c => c.Customers));
        Assert.True(host.Services.GetRequiredService<SegmentQueries>().For(Model).ScatterPoints <= SegmentCharts.MaxScatterPoints);
    }
}

internal static class MudTestServices
{
    public static void AddMudBlazorForTests(this IServiceCollection services) => MudBlazor.Services.ServiceCollectionExtensions.AddMudServices(services);
}
