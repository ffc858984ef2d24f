using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Photos;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.UnitTests.Infrastructure;

/// <summary>
/// The Vietnamese UI text is the key of <c>SharedResource</c>; every key the app uses must have English in
/// <c>SharedResource.en.resx</c>. Keys are found by scanning the web project's sources (views, controllers,
/// data annotations) and by calling the C# sources of Vietnamese words (status texts, checklist titles...).
/// Keys built by interpolation (e.g. the household import's row errors) cannot be resource keys and are not
/// looked for.
/// </summary>
public class EnglishResourcesTests
{
    private const string WebProject = "src/ShopOnboard.Web";
    private const string EnglishResx = "src/ShopOnboard.Web/Infrastructure/Localization/SharedResource.en.resx";

    /// <summary>One regular (not verbatim, not interpolated) C# string literal.</summary>
    private const string Literal = "(?<![$@])\"(?<s>(?:[^\"\\\\\\r\\n]|\\\\.)*)\"";

    private static readonly Regex[] KeyPatterns =
    [
        new(@"\bT\[\s*" + Literal, RegexOptions.CultureInvariant),
        new(@"\btext\[\s*" + Literal, RegexOptions.CultureInvariant),
        new(@"\bErrorMessage\s*=\s*" + Literal, RegexOptions.CultureInvariant),
        new(@"\bDisplay\s*\(\s*Name\s*=\s*" + Literal, RegexOptions.CultureInvariant),
        new(@"\bnew\s+SearchHit\s*\(\s*" + Literal, RegexOptions.CultureInvariant),

        // T[x ?? "fallback"]
        new(@"\b(?:T|text)\[[^\]\r\n]*?\?\?\s*" + Literal, RegexOptions.CultureInvariant),

        // (nameof(Form.Field), "message"): field errors shown through text[message].
        new(@"\(\s*nameof\s*\([^()]*\)\s*,\s*" + Literal, RegexOptions.CultureInvariant),
    ];

    /// <summary><c>const string Name = "..." + "...";</c> in the *Text / *Texts classes of Vietnamese words.</summary>
    private static readonly Regex TextConstant = new(
        @"\bconst\s+string\s+\w+\s*=\s*(?<value>" + Literal + @"(?:\s*\+\s*" + Literal + @")*)\s*;",
        RegexOptions.CultureInvariant);

    /// <summary>A photo's stored failure reason, shown through T[photo.FailureReason].</summary>
    private static readonly Regex FailureReason = new(@"\bFailureReason\s*=(?!=)(?<value>[^;]*);", RegexOptions.CultureInvariant);

    private static readonly Regex LiteralOnly = new(Literal, RegexOptions.CultureInvariant);

    private static readonly Regex Placeholder = new(@"(?<!\{)\{\d+(?:,-?\d+)?(?::[^{}]*)?\}", RegexOptions.CultureInvariant);

    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    [Fact]
    public void EnglishResource_EveryKeyUsedInCode_HasEnglishValue()
    {
        var entries = LoadEnglish();
        var english = entries
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var ignoringCase = entries
            .GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);

        // The runtime lookup is case-sensitive, but the resx cannot hold two keys that differ only in case.
        string Hint(string key) => ignoringCase.TryGetValue(key, out var other)
            ? $"  -- differs only in case from \"{other}\"; one of the two keys must change in the code"
            : "";

        var missing = UsedKeys()
            .Where(k => !english.TryGetValue(k.Key, out var value) || string.IsNullOrWhiteSpace(value))
            .Select(k => $"  \"{k.Key}\"  ({k.Value}){Hint(k.Key)}")
            .ToList();

        Assert.True(
            missing.Count == 0,
            $"{missing.Count} key(s) have no English in {EnglishResx}:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    /// <summary>
    /// MSBuild compares resource names ignoring case (MSB3568) and silently drops the second of
    /// "Ký phiếu" / "ký phiếu", so such a pair counts as a duplicate: one of the two keys would show in Vietnamese.
    /// </summary>
    [Fact]
    public void EnglishResource_AllEntries_NoDuplicateKeys()
    {
        var duplicates = LoadEnglish()
            .GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => "  " + string.Join(" / ", g.Select(e => $"\"{e.Key}\"")))
            .ToList();

        Assert.True(
            duplicates.Count == 0,
            $"Duplicate keys (MSBuild ignores case) in {EnglishResx}:{Environment.NewLine}{string.Join(Environment.NewLine, duplicates)}");
    }

    [Fact]
    public void EnglishResource_FormatPlaceholders_MatchVietnameseKey()
    {
        var mismatches = LoadEnglish()
            .Where(e => !Placeholders(e.Key).SequenceEqual(Placeholders(e.Value)))
            .Select(e => $"  \"{e.Key}\" → \"{e.Value}\"")
            .ToList();

        Assert.True(
            mismatches.Count == 0,
            $"English placeholders differ from the key's:{Environment.NewLine}{string.Join(Environment.NewLine, mismatches)}");
    }

    [Fact]
    public void UsedKeys_WebProjectScan_FindsKeysFromEverySource()
    {
        var keys = UsedKeys();

        Assert.Contains("Đăng nhập", keys.Keys); // @T["..."] in a view
        Assert.Contains("Hãy nhập tên sản phẩm.", keys.Keys); // ErrorMessage = "..."
        Assert.Contains("Tên sản phẩm", keys.Keys); // [Display(Name = "...")]
        Assert.Contains(ShopStatusText.Of(ShopStatus.Active), keys.Keys);
        Assert.Contains(HouseholdRegister.PhoneFormatMessage, keys.Keys);
        Assert.Contains("Hộ", keys.Keys); // search hit kind
        Assert.True(keys.Count > 100, $"Only {keys.Count} keys found; the scan is probably broken.");
    }

    /// <summary>Every literal key the web project uses, with where it was first found.</summary>
    private static Dictionary<string, string> UsedKeys()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string where)
        {
            if (key.Length > 0)
            {
                keys.TryAdd(key, where);
            }
        }

        var webRoot = Path.Combine(RepositoryRoot.Value, WebProject);
        foreach (var file in SourceFiles(webRoot))
        {
            var source = File.ReadAllText(file);
            var where = Path.GetRelativePath(webRoot, file).Replace('\\', '/');
            foreach (var pattern in KeyPatterns)
            {
                foreach (Match match in pattern.Matches(source))
                {
                    Add(Unescape(match.Groups["s"].Value), where);
                }
            }

            foreach (Match match in FailureReason.Matches(source))
            {
                foreach (Match literal in LiteralOnly.Matches(match.Groups["value"].Value))
                {
                    Add(Unescape(literal.Groups["s"].Value), where);
                }
            }

            var name = Path.GetFileNameWithoutExtension(file);
            if (file.EndsWith(".cs", StringComparison.Ordinal) && (name.EndsWith("Text", StringComparison.Ordinal) || name.EndsWith("Texts", StringComparison.Ordinal)))
            {
                foreach (Match match in TextConstant.Matches(source))
                {
                    var parts = LiteralOnly.Matches(match.Groups["value"].Value).Select(m => Unescape(m.Groups["s"].Value));
                    Add(string.Concat(parts), where);
                }
            }
        }

        foreach (var status in Enum.GetValues<ShopStatus>())
        {
            Add(ShopStatusText.Of(status), nameof(ShopStatusText));
        }

        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            Add(OrderText.Of(status), nameof(OrderText));
        }

        foreach (var status in Enum.GetValues<PaymentStatus>())
        {
            Add(OrderText.Of(status), nameof(OrderText));
        }

        foreach (var channel in Enum.GetValues<SalesChannel>())
        {
            Add(OrderText.Of(channel), nameof(OrderText));
        }

        foreach (var step in Enum.GetValues<SetupStep>())
        {
            Add(ShopChecklist.Title(step), nameof(ShopChecklist));
        }

        foreach (var (_, text) in VisitActivityText.All)
        {
            Add(text, nameof(VisitActivityText));
        }

        foreach (var (label, _) in new ShopOnboard.Web.Features.Analytics.Dashboard.Funnel(0, 0, 0, 0, 0, 0, 0).Steps)
        {
            Add(label, nameof(ShopOnboard.Web.Features.Analytics.Dashboard.Funnel));
        }

        foreach (var (group, children) in ListingCatalog.Tree)
        {
            Add(group, nameof(ListingCatalog));
            foreach (var child in children)
            {
                Add(child, nameof(ListingCatalog));
            }
        }

        foreach (var status in Enum.GetValues<ListingStatus>())
        {
            Add(ListingStatusText.Of(status), nameof(ListingStatusText));
        }

        foreach (var tip in PhotoHintText.Tips(string.Join(",", Enum.GetNames<PhotoQualityIssue>())))
        {
            Add(tip, nameof(PhotoHintText));
        }

        // Field errors shown through text[error.Message].
        var messages = typeof(HouseholdRegister)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Message", StringComparison.Ordinal));
        foreach (var field in messages)
        {
            Add((string)field.GetRawConstantValue()!, nameof(HouseholdRegister));
        }

        return keys;
    }

    private static IEnumerable<string> SourceFiles(string webRoot)
    {
        var skipped = new[] { "bin", "obj", "Migrations" };
        return Directory.EnumerateFiles(webRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(webRoot, f).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(skipped.Contains))
            .Order(StringComparer.Ordinal);
    }

    private static List<KeyValuePair<string, string>> LoadEnglish()
    {
        var document = XDocument.Load(Path.Combine(RepositoryRoot.Value, EnglishResx));
        return document.Root!.Elements("data")
            .Select(d => new KeyValuePair<string, string>((string?)d.Attribute("name") ?? "", (string?)d.Element("value") ?? ""))
            .ToList();
    }

    private static List<string> Placeholders(string text) =>
        Placeholder.Matches(text.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => m.Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The value of a regular C# string literal's body.</summary>
    private static string Unescape(string body)
    {
        if (!body.Contains('\\', StringComparison.Ordinal))
        {
            return body;
        }

        var result = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i + 1 == body.Length)
            {
                result.Append(body[i]);
                continue;
            }

            var next = body[++i];
            switch (next)
            {
                case 'n':
                    result.Append('\n');
                    break;
                case 't':
                    result.Append('\t');
                    break;
                case 'r':
                    result.Append('\r');
                    break;
                case '0':
                    result.Append('\0');
                    break;
                case 'u' when i + 4 < body.Length:
                    result.Append((char)Convert.ToInt32(body.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default:
                    result.Append(next);
                    break;
            }
        }

        return result.ToString();
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ShopOnboard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"ShopOnboard.sln not found above {AppContext.BaseDirectory}.");
    }
}
