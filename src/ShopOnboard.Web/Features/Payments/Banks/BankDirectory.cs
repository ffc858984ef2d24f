using System.Text.Json;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Payments.Banks;

/// <summary>A bank or wallet that takes NAPAS transfers, identified by its six-digit BIN.</summary>
public sealed record Bank(string Bin, string ShortName, string Name, string? Code);

/// <summary>
/// The NAPAS bank list (napas-banks.json, shipped inside the app). Search ignores diacritics and case, so
/// "nong nghiep" finds Agribank's full name.
/// </summary>
public sealed class BankDirectory
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, Bank> _byBin;

    public BankDirectory()
    {
        using var stream = typeof(BankDirectory).Assembly.GetManifestResourceStream("napas-banks.json")
            ?? throw new InvalidOperationException("napas-banks.json is not embedded in the app.");
        All = JsonSerializer.Deserialize<List<Bank>>(stream, Json)!
            .Where(b => b.Bin.Length == 6 && b.Bin.All(char.IsAsciiDigit))
            .DistinctBy(b => b.Bin)
            .ToList();
        _byBin = All.ToDictionary(b => b.Bin);
    }

    /// <summary>Every bank, in the file's order (the big banks farmers use first).</summary>
    public IReadOnlyList<Bank> All { get; }

    public Bank? Find(string? bin) => bin is not null && _byBin.TryGetValue(bin, out var bank) ? bank : null;

    public IEnumerable<Bank> Search(string? query)
    {
        var folded = VietnameseText.Fold(query).Trim();
        return folded.Length == 0
            ? All
            : All.Where(b => b.Bin.StartsWith(folded, StringComparison.Ordinal)
                || VietnameseText.Fold(b.ShortName).Contains(folded, StringComparison.Ordinal)
                || VietnameseText.Fold(b.Name).Contains(folded, StringComparison.Ordinal)
                || VietnameseText.Fold(b.Code).Contains(folded, StringComparison.Ordinal));
    }
}
