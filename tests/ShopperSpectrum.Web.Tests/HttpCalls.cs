using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Tests;

/// <summary>Calls and checks the tests share: JSON as the host writes it, ProblemDetails, uploads and waiting for training.</summary>
public static class HttpCalls
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static async Task<T> GetOk<T>(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await response.ReadOk<T>();
    }

    public static async Task<T> ReadOk<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    /// <summary>Asserts a ProblemDetails with this status whose detail is one line containing each of <paramref name="mentions"/>.</summary>
    public static async Task<string> AssertProblem(this HttpResponseMessage response, HttpStatusCode status, params string[] mentions)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(detail));
        Assert.DoesNotContain('\n', detail);
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, detail, StringComparison.OrdinalIgnoreCase);
        }
        return detail;
    }

    public static Task<HttpResponseMessage> Upload(this HttpClient client, string path, params string[] maps) =>
        client.Upload(File.ReadAllBytes(path), Path.GetFileName(path), maps);

    public static Task<HttpResponseMessage> Upload(this HttpClient client, byte[] content, string fileName, params string[] maps)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        foreach (var map in maps)
        {
            form.Add(new StringContent(map), "map");
        }
        return client.PostAsync("/api/datasets", form);
    }

    public static Task<HttpResponseMessage> StartTraining(this HttpClient client, object request) =>
        client.PostAsJsonAsync("/api/training-runs", request, Json);

    /// <summary>Polls the run until it has succeeded or failed.</summary>
    public static async Task<TrainingRun> WaitForRun(this HttpClient client, string runId, int timeoutSeconds = 300)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var run = await client.GetOk<TrainingRun>($"/api/training-runs/{runId}");
            if (run.Status is TrainingStatus.Succeeded or TrainingStatus.Failed)
            {
                return run;
            }
            Assert.True(DateTime.UtcNow < deadline, $"run {runId} still {run.Status} at {run.Stage} after {timeoutSeconds} s");
            await Task.Delay(100);
        }
    }

    /// <summary>Polls /health until a model serves.</summary>
    public static async Task WaitUntilReady(this HttpClient client, int timeoutSeconds = 300)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // The host is still starting.
            }
            Assert.True(DateTime.UtcNow < deadline, $"no model served after {timeoutSeconds} s");
            await Task.Delay(200);
        }
    }
}
