using System.Text.RegularExpressions;

namespace ShopOnboard.Web.Infrastructure.Logging;

/// <summary>
/// The masking rule for log text. Farmers' phone numbers and bank account numbers must never reach a log
/// file, a collector or a support ticket in full:
/// <list type="bullet">
/// <item>A Vietnamese phone number — ten digits starting with 0, or +84 and nine digits, optionally grouped
/// by spaces or dots ("0912 345 678") — keeps its last 3 digits: <c>*******678</c>.</item>
/// <item>Any other free-standing run of 6–19 digits (bank account numbers are 6–19 digits long) keeps its last
/// 4: <c>******5678</c>.</item>
/// </list>
/// "Free-standing" is what keeps ordinary log text readable: digits glued to letters (order codes like
/// DH12345678, hashes), to '/' or '-', or to other digits by '.' or ',' (decimals, fractions of a second, dates, GUIDs, paths) or followed
/// by a currency ("150000 đ", "150000 VND") are not touched. Amounts logged as numbers are not text and are
/// left alone by <see cref="MaskingLoggerProvider"/>, so structured totals stay readable too.
/// </summary>
public static partial class PersonalNumberMask
{
    public static string Mask(string text)
    {
        if (text.Length < 6 || !text.Any(char.IsAsciiDigit))
        {
            return text;
        }

        try
        {
            var masked = PhonePattern().Replace(text, m => Keep(m.Value, 3));
            return AccountPattern().Replace(masked, m => Keep(m.Value, 4));
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological line is not worth a number leaking: hide every digit instead.
            return new string(text.Select(c => char.IsAsciiDigit(c) ? '*' : c).ToArray());
        }
    }

    /// <summary>Replaces every digit but the last <paramref name="visible"/> with '*', dropping separators.</summary>
    private static string Keep(string match, int visible)
    {
        var digits = new string(match.Where(char.IsAsciiDigit).ToArray());
        return new string('*', digits.Length - visible) + digits[^visible..];
    }

    // 0 + nine digits, or +84 + nine digits, each digit optionally after one space or dot.
    [GeneratedRegex(@"(?<![\w+-])(?<!\d[.,])(?:0|\+84[ .]?)\d(?:[ .]?\d){8}(?![\w-])(?![.,]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<![\w/-])(?<!\d[.,])\d{6,19}(?![\w/-])(?![.,]\d)(?!\s?(?:đ|₫|VND|vnd|VNĐ|đồng|dong)(?!\w))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex AccountPattern();
}
