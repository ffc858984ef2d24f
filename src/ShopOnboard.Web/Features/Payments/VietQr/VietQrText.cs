using System.Globalization;
using System.Text;

namespace ShopOnboard.Web.Features.Payments.VietQr;

/// <summary>
/// Makes free text safe for tag 62 (format ANS, ≤ 25 characters). Vietnamese diacritics are stripped but
/// case is kept: NAPAS's own example memo is "thanh toan don hang" and banks show the memo as written.
/// Only ASCII letters, digits and single spaces survive: the spec would allow all printable ASCII, but
/// api.vietqr.vn and several banking apps refuse "special characters", and a refused memo loses the order
/// reference the shop owner reconciles by. Anything else becomes a space ("DH/12" → "DH 12").
/// </summary>
public static class VietQrText
{
    public const int MaxLength = VietQrFields.MaxAdditionalDataLength;

    /// <summary>"Thanh toán đơn #DH1234" → "Thanh toan don DH1234"; empty when nothing printable is left.</summary>
    public static string ToAdditionalData(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // NFD splits "ệ" into e + marks; đ/Đ are letters of their own and need a mapping by hand.
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ascii = c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                _ when char.IsAsciiLetterOrDigit(c) => c,
                _ => ' ',
            };
            if (ascii != ' ' || (output.Length > 0 && output[^1] != ' '))
            {
                output.Append(ascii);
            }
        }

        var folded = output.ToString().Trim();
        return folded.Length <= MaxLength ? folded : folded[..MaxLength].TrimEnd();
    }
}
