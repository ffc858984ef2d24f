using BenchmarkDotNet.Running;
using ShopOnboard.Benchmarks;

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
