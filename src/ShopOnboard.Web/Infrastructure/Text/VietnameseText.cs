using System.Globalization;
using System.Text;

namespace ShopOnboard.Web.Infrastructure.Text;

/// <summary>Folding of Vietnamese text for search, slugs and machine-read fields.</summary>
public static class VietnameseText
{
    /// <summary>
    /// Lower-case ASCII without diacritics: "Quýt Mường Khương" → "quyt muong khuong". Đ/đ is a letter of
    /// its own (not a D with a mark), so Unicode decomposition leaves it alone and it is mapped by hand.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ' or 'Đ':
                    folded.Append('d');
                    break;
                case var _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark:
                    break;
                default:
                    folded.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>URL slug from a Vietnamese name: "Quýt Mường Khương" → "quyt-muong-khuong".</summary>
    public static string Slug(string? text, int maxLength = 60)
    {
        var folded = Fold(text);
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length <= maxLength ? result : result[..maxLength].TrimEnd('-');
    }
}
