namespace ShopOnboard.Benchmarks;

/// <summary>
/// The shared benchmark photos live beside the repository (<c>../shared/bench-photos</c>), never inside it,
/// so they are found by walking up from wherever the benchmark runs.
/// </summary>
internal static class BenchPhotos
{
    public static readonly string[] TwelveMegapixel = ["photo1.jpg", "photo2.jpg", "photo3.jpg", "photo4.jpg"];

    public static readonly string[] Browser2560 = ["2560/photo1.jpg", "2560/photo2.jpg", "2560/photo3.jpg", "2560/photo4.jpg"];

    public static IEnumerable<string> All => TwelveMegapixel.Concat(Browser2560);

    public static string Folder { get; } = Find();

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "shared", "bench-photos");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            "shared/bench-photos not found above the current directory; run from the repository (beside ../shared).");
    }
}
