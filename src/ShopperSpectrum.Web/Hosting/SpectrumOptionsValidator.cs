using Microsoft.Extensions.Options;

namespace ShopperSpectrum.Web.Hosting;

/// <summary>Checks the settings once at start, each failure one line naming the setting, its environment variable and a valid value.</summary>
internal sealed class SpectrumOptionsValidator : IValidateOptions<SpectrumOptions>
{
    public const int MinApiKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, SpectrumOptions options)
    {
        var failures = new List<string>();
        void Require(bool ok, string setting, string rule)
        {
            if (!ok)
            {
                failures.Add($"{SpectrumOptions.Section}:{setting} (environment variable {SpectrumOptions.Section}__{setting}) {rule}");
            }
        }

        Require(!string.IsNullOrWhiteSpace(options.WorkspacePath), nameof(options.WorkspacePath), "must name a directory, e.g. workspace or /var/lib/spectrum.");
        Require(options.ApiKey.Trim().Length >= MinApiKeyLength, nameof(options.ApiKey),
            $"must be a secret of at least {MinApiKeyLength} characters; writes (upload, train, activate, delete) send it in the X-Api-Key header.");
        Require(options.MaxUploadBytes is >= 1024, nameof(options.MaxUploadBytes), "must be at least 1024 bytes, e.g. 536870912 for 512 MiB.");
        Require(options.DemoLines is null or (>= 1_000 and <= 10_000_000), nameof(options.DemoLines), "must be from 1000 to 10000000 lines.");
        Require(options.HoldoutDays is >= 1 and <= 365, nameof(options.HoldoutDays), "must be from 1 to 365 days.");
        Require(options.ReadsPerSecond >= 1, nameof(options.ReadsPerSecond), "must be at least 1.");
        Require(options.WritesPerMinute >= 1, nameof(options.WritesPerMinute), "must be at least 1.");
        Require(options.CachedLists >= 0, nameof(options.CachedLists), "must be 0 (no cache) or more.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
