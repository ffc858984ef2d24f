using System.Globalization;
using System.Text;

namespace ShopOnboard.Web.Features.Payments.VietQr;

/// <summary>One EMVCo data object: a 2-digit ID and its value (the length is implied by the value).</summary>
internal readonly record struct TlvField(string Tag, string Value);

/// <summary>
/// The EMVCo ID–length–value layout shared by the root and by every template (38, 38/01, 62).
/// Reading is strict: the fields must consume the text exactly, because a correct CRC only proves the
/// bytes were not damaged, not that the generator counted lengths right (NAPAS example 6.1.1 as printed).
/// </summary>
internal static class Tlv
{
    public const int MaxValueLength = 99;

    /// <summary>Splits <paramref name="data"/> into fields; returns null on success or why it failed.</summary>
    public static string? TryRead(string data, out List<TlvField> fields)
    {
        fields = [];
        var position = 0;
        while (position < data.Length)
        {
            if (data.Length - position < 4)
            {
                return $"only {data.Length - position} character(s) left at position {position}, too few for an ID and a length";
            }

            var tag = data.Substring(position, 2);
            var lengthText = data.Substring(position + 2, 2);
            if (!IsDigits(tag))
            {
                return $"ID '{tag}' at position {position} is not two digits";
            }

            if (!IsDigits(lengthText))
            {
                return $"length '{lengthText}' of ID {tag} is not two digits";
            }

            var length = int.Parse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture);
            if (length == 0)
            {
                return $"ID {tag} has length 00; every value has at least one character";
            }

            if (position + 4 + length > data.Length)
            {
                return $"ID {tag} declares {length} characters but only {data.Length - position - 4} remain";
            }

            // EMVCo allows each ID once per template; a second copy would make the meaning ambiguous.
            var value = data.Substring(position + 4, length);
            if (fields.Exists(f => f.Tag == tag))
            {
                return $"ID {tag} appears twice";
            }

            fields.Add(new TlvField(tag, value));
            position += 4 + length;
        }

        return null;
    }

    public static string? Find(List<TlvField> fields, string tag)
    {
        var index = fields.FindIndex(f => f.Tag == tag);
        return index < 0 ? null : fields[index].Value;
    }

    public static void Write(StringBuilder output, string tag, string value)
    {
        if (value.Length is 0 or > MaxValueLength)
        {
            throw new InvalidOperationException($"Value of ID {tag} has {value.Length} characters; EMVCo allows 1 to 99.");
        }

        output.Append(tag).Append(value.Length.ToString("D2", CultureInfo.InvariantCulture)).Append(value);
    }

    public static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
