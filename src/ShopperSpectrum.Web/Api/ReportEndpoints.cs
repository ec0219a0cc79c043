using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using ShopperSpectrum.Web.Serving;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Api;

/// <summary><c>/api/report</c>: the serving model's shop report as one self-contained HTML file to download.</summary>
internal static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/report", GetReport).WithName("GetReport").WithTags("Report").ForReads()
            .WithSummary("The serving model's report (cleaning, exploration, RFM, clusters, recommenders, next steps) as a self-contained HTML download.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static Results<FileContentHttpResult, ProblemHttpResult> GetReport(ActiveModel active, DatasetStore datasets)
    {
        var model = active.Serving();
        var info = model.Info;
        if (datasets.Find(info.DatasetId) is not { } dataset)
        {
            return Problems.NotFound($"dataset {info.DatasetId}, which model version {info.Version} was trained on, was deleted; the report needs its transactions: upload the file again and train it.");
        }
        var html = Encoding.UTF8.GetBytes(ModelReport.Html(model, dataset, datasets));
        var name = string.Create(CultureInfo.InvariantCulture, $"report-{Path.GetFileNameWithoutExtension(dataset.FileName)}-v{info.Version}.html");
        return TypedResults.File(html, "text/html; charset=utf-8", name);
    }
}
