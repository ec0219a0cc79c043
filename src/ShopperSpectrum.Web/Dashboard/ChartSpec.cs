using Plotly.Blazor;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>One chart, built from aggregates on the server: its traces and layout, ready for a Plotly chart.</summary>
public sealed record ChartSpec(string Title, IList<ITrace> Data, Layout Layout);
