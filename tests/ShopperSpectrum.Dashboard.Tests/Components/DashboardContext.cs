using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using ShopperSpectrum.Web.Dashboard;

namespace ShopperSpectrum.Dashboard.Tests.Components;

/// <summary>A bUnit context with MudBlazor and the dashboard's real state classes taken from a running host.</summary>
internal static class DashboardContext
{
    public static BunitContext Create(IServiceProvider host)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddSingleton(host.GetRequiredService<ServingState>());
        context.Services.AddSingleton(host.GetRequiredService<OverviewQueries>());
        context.Services.AddSingleton(host.GetRequiredService<SegmentQueries>());
        context.Render<MudPopoverProvider>();
        return context;
    }
}
