using System.Diagnostics;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ShopOnboard.Benchmarks;

/// <summary>
/// One core, in process, short runs. In process because Release builds need a Six Labors licence key:
/// the project builds in Debug with &lt;Optimize&gt;true&lt;/Optimize&gt;, so BenchmarkDotNet's
/// "non-optimized assembly" validator is switched off on purpose (the assemblies are JIT-optimised).
/// </summary>
internal static class SingleCoreConfig
{
    public static IConfig Create() => ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.ShortRun
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithAffinity(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithId("1 core, in process"))
        .AddColumn(StatisticColumn.Median)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator)

        // Reports beside the build output, not in whichever folder the command was started from.
        .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));

    public const string Notice =
        "Note: Debug build with <Optimize>true</Optimize> (Release needs a Six Labors licence key), in process, " +
        "one core; BenchmarkDotNet's optimisation validator is disabled on purpose. Allocated counts managed " +
        "memory only: ImageSharp's pixel buffers come from its own pooled unmanaged allocator.";

    /// <summary>In process the job's affinity may not reach the running process, so it is also set here.</summary>
    public static void PinToOneCore()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }
    }
}
