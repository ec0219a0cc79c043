using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ShopperSpectrum.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
