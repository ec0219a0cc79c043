using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Web.Api.Contracts;
using ShopperSpectrum.Web.Hosting;
using ShopperSpectrum.Web.Storage;
using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Api;

/// <summary><c>/api/datasets</c>: upload a transactions file, list and describe datasets, delete one.</summary>
internal static class DatasetsEndpoints
{
    /// <summary>What an upload must look like, for the 415 answer routing gives any other content type (see <see cref="ProblemDefaults"/>).</summary>
    public const string UploadShape = "send the file as multipart/form-data in a field named \"file\", e.g. curl -F file=@sales.csv";

    /// <summary>Room for the multipart boundaries and form fields around the file itself.</summary>
    private const long FormOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapDatasetsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/datasets").WithTags("Datasets");
        group.MapPost("/", Upload).WithName("UploadDataset").ForWrites()
            .WithSummary("Upload a transactions file (multipart field \"file\"; CSV, CSV.gz, XLSX or Parquet) with optional column maps; returns the dataset and its cleaning report.")
            .Accepts<UploadForm>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", List).WithName("ListDatasets").ForReads().WithSummary("Every dataset, oldest first.");
        group.MapGet("/{id}", Describe).WithName("GetDataset").ForReads().WithSummary("One dataset: its file, layout, cleaning report, customers, products and dates.");
        group.MapDelete("/{id}", Delete).WithName("DeleteDataset").ForWrites().WithSummary("Delete a dataset (model versions trained on it stay).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Created<Dataset>, ProblemHttpResult>> Upload(HttpRequest request, DatasetStore store, IOptions<SpectrumOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        if (request.ContentLength > limit + FormOverhead)
        {
            return TooLarge(limit);
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + FormOverhead;
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + FormOverhead }, cancellationToken);
        }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            || (e is InvalidDataException && e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)))
        {
            return TooLarge(limit);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return Problems.BadRequest($"the multipart body could not be read ({UserMessage.OneLine(e)}); send the file again as multipart/form-data.");
        }
        if (form.Files.GetFile("file") is not { } file)
        {
            return Problems.BadRequest($"the form has no file: {UploadShape}.");
        }
        if (file.Length > limit)
        {
            return TooLarge(limit);
        }
        var importOptions = new ImportOptions { ColumnMap = ImportOptions.ParseColumnMap(form["map"].OfType<string>(), "map="), DateFormat = form["dateFormat"] is [{ Length: > 0 } format] ? format : null };
        var dataset = await store.CreateAsync(file.FileName, importOptions, async path =>
        {
            await using var target = File.Create(path);
            await file.CopyToAsync(target, cancellationToken);
            return file.Length;
        });
        return TypedResults.Created($"/api/datasets/{dataset.Id}", dataset);
    }

    public static Ok<IReadOnlyList<Dataset>> List(DatasetStore store) => TypedResults.Ok(store.List());

    public static Results<Ok<Dataset>, ProblemHttpResult> Describe(string id, DatasetStore store) =>
        store.Find(id) is { } dataset ? TypedResults.Ok(dataset) : UnknownDataset(id);

    public static Results<NoContent, ProblemHttpResult> Delete(string id, DatasetStore store, TrainingService training)
    {
        if (store.Find(id) is not { } dataset)
        {
            return UnknownDataset(id);
        }
        if (training.Current is { } run && run.DatasetId == id)
        {
            return Problems.Status(StatusCodes.Status409Conflict, $"run {run.Id} is training dataset {id}; delete it when GET /api/training-runs/{run.Id} says the run has finished.");
        }
        store.Delete(dataset);
        return TypedResults.NoContent();
    }

    public static ProblemHttpResult UnknownDataset(string id) =>
        Problems.NotFound($"no dataset {id}: GET /api/datasets lists the datasets, POST /api/datasets uploads one.");

    private static ProblemHttpResult TooLarge(long limit) =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge,
            $"the upload is over this host's limit of {limit:N0} bytes; send a smaller file (e.g. gzip the CSV) or raise Spectrum:MaxUploadBytes.");
}
