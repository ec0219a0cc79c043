namespace ShopperSpectrum.Web.Api;

/// <summary>A request the host refuses, with the status code and a one-line detail that says what is wrong and how to fix it.</summary>
internal sealed class ApiProblem(int statusCode, string detail) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;
}
