using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using ShopperSpectrum.Web.Components.Shared;
using ShopperSpectrum.Web.Dashboard;
using ShopperSpectrum.Web.Hosting;
using ShopperSpectrum.Web.Serving;
using ShopperSpectrum.Web.Storage;
using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Dashboard.Tests.Components;

/// <summary>Before any model serves, a page shows the waiting state instead of its content.</summary>
public sealed class ModelGateTests
{
    [Fact]
    public async Task NoModel_ShowsTheWaitingMessage_NotThePage()
    {
        using var workspace = new TempDirectory();
        var layout = new WorkspaceLayout(workspace.Path);
        var active = new ActiveModel(new ModelStore(layout));
        var options = Options.Create(new SpectrumOptions { ApiKey = "test-key-0123456789abcdef" });
        var runs = new RunStore(layout, TimeProvider.System);
        var training = new TrainingService(new TrainingJob(new DatasetStore(layout, TimeProvider.System), new ModelStore(layout), TimeProvider.System), runs, active, options, TimeProvider.System,
            NullLogger<TrainingService>.Instance);
        await using var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddSingleton(new ServingState(active, training));
        var gate = context.Render<ModelGate>(p => p.AddChildContent("<p id=page>the page</p>"));
        Assert.Contains("No model serves yet", gate.Find("[data-testid=waiting]").TextContent, StringComparison.Ordinal);
        Assert.Empty(gate.FindAll("#page"));
    }
}
