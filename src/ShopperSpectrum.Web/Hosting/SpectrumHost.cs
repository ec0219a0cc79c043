using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using ShopperSpectrum.Web.Api;
using ShopperSpectrum.Web.Components;
using ShopperSpectrum.Web.Dashboard;
using ShopperSpectrum.Web.Serving;
using ShopperSpectrum.Web.Storage;
using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Hosting;

/// <summary>The host's services and pipeline: settings, the workspace, training, ProblemDetails, API key, rate limits, OpenAPI, the endpoints and the dashboard.</summary>
internal static class SpectrumHost
{
    public static WebApplicationBuilder AddSpectrum(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SpectrumOptions>().Bind(builder.Configuration.GetSection(SpectrumOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SpectrumOptions>, SpectrumOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new WorkspaceLayout(Path.Combine(
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath, provider.GetRequiredService<IOptions<SpectrumOptions>>().Value.WorkspacePath)));
        services.AddSingleton<DatasetStore>();
        services.AddSingleton<ModelStore>();
        services.AddSingleton<RunStore>();
        services.AddSingleton<ActiveModel>();
        services.AddSingleton<TrainingJob>();
        services.AddSingleton<TrainingService>();
        services.AddHostedService<WorkspaceStartup>();

        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDefaults.Customize);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.NumberHandling |= JsonNumberHandling.AllowNamedFloatingPointLiterals;
        });
        services.AddSpectrumRateLimits();
        services.AddOpenApi(OpenApiDocument.Configure);
        services.AddDashboard();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // The dashboard's package assets (MudBlazor, Plotly, blazor.web.js) from a build's output in any environment; a published app carries its own copies.
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    public static WebApplication UseSpectrum(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.UseMiddleware<ApiKeyMiddleware>();

        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapOpenApi();
        // Everything the page needs comes from this host: no web fonts, telemetry, AI agent, MCP or developer toolbar (its links go to scalar.com).
        app.MapScalarApiReference(options => options
            .WithTitle("Shopper Spectrum API")
            .HideDeveloperTools()
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp());
        app.MapHealthEndpoints()
            .MapDatasetsEndpoints()
            .MapTrainingRunsEndpoints()
            .MapModelsEndpoints()
            .MapCustomersEndpoints()
            .MapProductsEndpoints()
            .MapSegmentsEndpoints()
            .MapEvaluationEndpoints()
            .MapReportEndpoints();

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                app.Logger.LogInformation("Shopper Spectrum is listening on {Address} (the dashboard; API reference: {Address}/scalar).", address, address.TrimEnd('/'));
            }
        });
        return app;
    }
}
