using System.Net;
using ShopperSpectrum.Web.Api.Contracts;

namespace ShopperSpectrum.Web.Tests.Serving;

/// <summary>Swapping the active model while requests are in flight: each answer comes wholly from one version, never half of each.</summary>
[Collection(TrainedHostCollection.Name)]
public sealed class ActiveModelSwapTests(TrainedHost host)
{
    [Fact]
    public async Task Activate_WhileReading_EveryAnswerIsWhollyFromOneVersion()
    {
        var expected = new Dictionary<int, string>();
        string customer;
        try
        {
            await host.Activate(TrainedHost.DemoVersion);
            var demoCustomers = (await host.Reader.GetStringAsync("/api/segments/Champions/customers.csv")).Split('\n').Skip(1).Select(l => l.Split(',')[0]);
            await host.Activate(TrainedHost.RetailVersion);
            customer = await FirstKnown(demoCustomers);
            expected[TrainedHost.RetailVersion] = Fingerprint(await host.Reader.GetOk<CustomerProfile>($"/api/customers/{customer}"));
            await host.Activate(TrainedHost.DemoVersion);
            expected[TrainedHost.DemoVersion] = Fingerprint(await host.Reader.GetOk<CustomerProfile>($"/api/customers/{customer}"));
            Assert.NotEqual(expected[TrainedHost.DemoVersion], expected[TrainedHost.RetailVersion]);

            using var stop = new CancellationTokenSource();
            var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                var seen = new HashSet<int>();
                while (!stop.IsCancellationRequested)
                {
                    var profile = await host.Reader.GetOk<CustomerProfile>($"/api/customers/{customer}");
                    Assert.Equal(expected[profile.ModelVersion], Fingerprint(profile));
                    seen.Add(profile.ModelVersion);
                }
                return seen;
            })).ToList();
            foreach (var version in new[] { 2, 1, 2, 1, 2 })
            {
                await host.Activate(version);
                await Task.Delay(150);
            }
            await stop.CancelAsync();

            var seen = (await Task.WhenAll(readers)).SelectMany(s => s).ToHashSet();
            Assert.Equal([TrainedHost.DemoVersion, TrainedHost.RetailVersion], seen.Order());
        }
        finally
        {
            await host.Activate(TrainedHost.RetailVersion);
        }
    }

    private async Task<string> FirstKnown(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            using var response = await host.Reader.GetAsync($"/api/customers/{id}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return id;
            }
        }
        throw new InvalidOperationException("no demo customer is also an online_retail.csv customer");
    }

    private static string Fingerprint(CustomerProfile profile) =>
        $"{profile.Recency}|{profile.Frequency}|{profile.Segment}|{profile.ClusterLabel}|{string.Join(",", profile.Recommendations.Select(r => r.ProductId))}";
}
