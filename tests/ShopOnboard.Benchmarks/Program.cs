using BenchmarkDotNet.Running;
using ShopOnboard.Benchmarks;

var generate = Array.IndexOf(args, "--generate-province");
if (generate >= 0 && generate + 1 < args.Length)
{
    var orders = Array.IndexOf(args, "--orders") is var o and >= 0 ? long.Parse(args[o + 1], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000;
    await ShopOnboard.Benchmarks.Province.ProvinceGenerator.RunAsync(args[generate + 1], orders);
    return;
}

var measure = Array.IndexOf(args, "--measure-province");
if (measure >= 0 && measure + 1 < args.Length)
{
    await ShopOnboard.Benchmarks.Province.ProvinceMeasurements.RunAsync(args[measure + 1], quick: args.Contains("--quick"));
    return;
}

var import = Array.IndexOf(args, "--measure-import");
if (import >= 0)
{
    var path = import + 1 < args.Length && !args[import + 1].StartsWith("--", StringComparison.Ordinal) ? args[import + 1] : Path.Combine(Path.GetTempPath(), "shoponboard-import.db");
    var orders = Array.IndexOf(args, "--orders") is var io and >= 0 ? int.Parse(args[io + 1], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
    await ShopOnboard.Benchmarks.Import.ImportMeasurement.RunAsync(path, orders);
    return;
}

if (args.Contains("--trade-off"))
{
    TradeOffReport.Run(quick: args.Contains("--quick"));
    return;
}

if (args.Contains("--hints"))
{
    HintCalibration.Run();
    return;
}

var dump = Array.IndexOf(args, "--dump");
if (dump >= 0 && dump + 1 < args.Length)
{
    // Writes every rendition of every bench photo, to look at them: orientation, padding, artefacts.
    await RenditionDump.RunAsync(args[dump + 1]);
    return;
}

Console.WriteLine(SingleCoreConfig.Notice);
BenchmarkSwitcher.FromAssembly(typeof(PhotoPipelineBenchmarks).Assembly).Run(args, SingleCoreConfig.Create());
Console.WriteLine(SingleCoreConfig.Notice);
