using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Api;

/// <summary>Request checks shared by the endpoints; each failure is a 400 (or 503) ProblemDetails saying what to send instead.</summary>
internal static class Validate
{
    public const int MaxTop = 100;

    /// <summary>A list length from 1 to <see cref="MaxTop"/>, or <paramref name="fallback"/> when not given.</summary>
    public static int Top(int? top, int fallback, int max = MaxTop) =>
        top switch
        {
            null => fallback,
            >= 1 when top <= max => top.Value,
            _ => throw new ApiProblem(StatusCodes.Status400BadRequest, $"top={top} is out of range: ask for 1 to {max} products."),
        };

    /// <summary>The model serving now, or 503 while none is.</summary>
    public static ServedModel Serving(this ActiveModel active) =>
        active.Current ?? throw new ApiProblem(StatusCodes.Status503ServiceUnavailable,
            "no model is serving yet: the first training is still running or none has been done; poll GET /health, or upload a dataset and train it.");
}
