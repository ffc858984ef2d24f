namespace ShopOnboard.Web.Infrastructure.Text;

/// <summary>Vietnamese mobile numbers in the one form we store: ten digits starting with 0.</summary>
public static class VietnamesePhone
{
    /// <summary>
    /// "0912 345 678", "+84 912.345.678" and "84912345678" all become "0912345678"; anything that is not
    /// a ten-digit mobile number (03x, 05x, 07x, 08x, 09x) gives null.
    /// </summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var digits = new string(input.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 11 && digits.StartsWith("84", StringComparison.Ordinal))
        {
            digits = "0" + digits[2..];
        }

        return digits.Length == 10 && digits[0] == '0' && "35789".Contains(digits[1], StringComparison.Ordinal) ? digits : null;
    }
}
