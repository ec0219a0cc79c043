using MudBlazor.Services;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>Registers the dashboard: Blazor Server components, MudBlazor, and the injectable classes its pages use.</summary>
internal static class DashboardServices
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddSingleton<ServingState>();
        services.AddSingleton<OverviewQueries>();
        services.AddSingleton<SegmentQueries>();
        services.AddScoped<UploadFlow>();
        return services;
    }
}
