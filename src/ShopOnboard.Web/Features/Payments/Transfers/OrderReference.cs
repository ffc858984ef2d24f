using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Payments.Transfers;

/// <summary>
/// Finds order codes ("DH" and digits) in a transfer text as people and banks really write it: "dh 1234",
/// "ĐH1234 thanh toan", "Dh000123", "MBVCB.123.DH 12 34.CT tu ...". Banking apps drop diacritics, change
/// case, and some cut the text into groups, so the digits are read across a single space, dash or dot,
/// and the leading zeros are not significant.
/// </summary>
internal static class OrderReference
{
    public const string Prefix = "DH";

    /// <summary>Order codes are at most 20 characters; more digits than this are an account or a phone number.</summary>
    private const int MaxDigits = 12;

    /// <summary>The widths a stored code may pad its number to: the demo's "DH000123", the shop's "DH12345678".</summary>
    private const int MaxPaddedWidth = 10;

    /// <summary>Every stored code the text may mean, e.g. "dh 12 34" → DH12, DH012 ..., DH1234, DH01234, DH001234 ....</summary>
    public static IReadOnlyCollection<string> CandidateCodes(string? text)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var number in CandidateNumbers(text))
        {
            for (var width = number.Length; width <= Math.Max(number.Length, MaxPaddedWidth); width++)
            {
                codes.Add(Prefix + number.PadLeft(width, '0'));
            }
        }

        return codes;
    }

    /// <summary>The numbers after each "DH", without leading zeros; "dh 12 34" gives both 12 and 1234.</summary>
    public static IReadOnlyCollection<string> CandidateNumbers(string? text)
    {
        var folded = VietnameseText.Fold(text).ToUpperInvariant();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        for (var at = folded.IndexOf(Prefix, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(Prefix, at + 1, StringComparison.Ordinal))
        {
            ReadDigits(folded, at + Prefix.Length, numbers);
        }

        return numbers;
    }

    private static void ReadDigits(string text, int from, HashSet<string> numbers)
    {
        var i = from;
        while (i < text.Length && IsSeparator(text[i]) && i - from < 3)
        {
            i++;
        }

        var digits = new System.Text.StringBuilder();
        while (i < text.Length && digits.Length <= MaxDigits)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits.Append(text[i]);
                i++;
            }
            else if (digits.Length > 0 && (text[i] is ' ' or '-' or '.') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                // "DH 1234-5678" is one code; "DH 1234 50000" is a code and an amount: both readings are tried.
                Add(numbers, digits.ToString());
                i++;
            }
            else
            {
                break;
            }
        }

        Add(numbers, digits.ToString());
    }

    private static void Add(HashSet<string> numbers, string digits)
    {
        var number = digits.TrimStart('0');
        if (number.Length is > 0 and <= MaxDigits)
        {
            numbers.Add(number);
        }
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '_' or '.' or ':' or '#' or '/';
}
