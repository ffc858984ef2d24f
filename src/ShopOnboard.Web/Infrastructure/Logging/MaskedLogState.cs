using System.Collections;
using System.Globalization;
using System.Text;

namespace ShopOnboard.Web.Infrastructure.Logging;

/// <summary>
/// A log entry's state with its text masked: string values and the message template's literal text go
/// through <see cref="PersonalNumberMask"/>; numbers, dates, enums and ids stay as they are, so
/// "order {OrderCode} paid {AmountVnd}" still reads as the order and the amount. The message is rendered
/// again from the template with the masked values, exactly as the framework renders it (invariant culture).
/// </summary>
internal sealed class MaskedLogState : IReadOnlyList<KeyValuePair<string, object?>>
{
    private const string TemplateKey = "{OriginalFormat}";

    private readonly List<KeyValuePair<string, object?>> _values;
    private readonly string _message;

    private MaskedLogState(List<KeyValuePair<string, object?>> values, string message)
    {
        _values = values;
        _message = message;
    }

    public int Count => _values.Count;

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public static MaskedLogState From<TState>(TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is not IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            return new MaskedLogState([], PersonalNumberMask.Mask(formatter(state, exception)));
        }

        var original = pairs.ToList();
        var template = original.FirstOrDefault(p => p.Key == TemplateKey).Value as string;
        var values = original.Select(p => KeyValuePair.Create(p.Key, MaskValue(p.Key, p.Value))).ToList();
        var message = template is null ? null : Render(template, values);
        return new MaskedLogState(values, message ?? PersonalNumberMask.Mask(formatter(state, exception)));
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _message;

    /// <summary>
    /// Numbers are amounts, counts and ids (phone and account numbers are text in this app: leading zeros);
    /// names ending in "Id" hold identifiers the app or a provider gave (TransactionId), not a person's number.
    /// Everything else is text and is masked.
    /// </summary>
    private static object? MaskValue(string name, object? value) => value switch
    {
        null or bool or Enum or DateTime or DateTimeOffset or TimeSpan or Guid => value,
        byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal => value,
        _ when name.EndsWith("Id", StringComparison.Ordinal) => value,
        string text => PersonalNumberMask.Mask(text),
        IEnumerable items => PersonalNumberMask.Mask(string.Join(", ", items.Cast<object?>().Select(i => i ?? "(null)"))),
        _ => PersonalNumberMask.Mask(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>
    /// "{Name,align:format}" placeholders become the masked values by name; the literal text between them is
    /// masked too, since an interpolated string passed as a template carries its data there. Null when the
    /// template cannot be read, so the caller masks the framework's own rendering instead.
    /// </summary>
    private static string? Render(string template, List<KeyValuePair<string, object?>> values)
    {
        var composite = new StringBuilder();
        var literal = new StringBuilder();
        var arguments = new List<object?>();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = template.IndexOf('}', i);
            if (end < 0)
            {
                return null;
            }

            var hole = template[(i + 1)..end];
            var nameEnd = hole.IndexOfAny([',', ':']);
            var name = nameEnd < 0 ? hole : hole[..nameEnd];
            var match = values.FindIndex(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase) && p.Key != TemplateKey);
            composite.Append(Escape(PersonalNumberMask.Mask(literal.ToString())));
            literal.Clear();
            composite.Append('{').Append(arguments.Count.ToString(CultureInfo.InvariantCulture)).Append(nameEnd < 0 ? "" : hole[nameEnd..]).Append('}');
            arguments.Add(match < 0 ? "(null)" : values[match].Value ?? "(null)");
            i = end;
        }

        composite.Append(Escape(PersonalNumberMask.Mask(literal.ToString())));
        try
        {
            return string.Format(CultureInfo.InvariantCulture, composite.ToString(), arguments.ToArray());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}

/// <summary>The logged exception with its text (message and stack trace, as the console writes it) masked.</summary>
internal sealed class MaskedException(Exception original) : Exception(PersonalNumberMask.Mask(original.Message))
{
    public override string? StackTrace => original.StackTrace;

    public override string ToString() => PersonalNumberMask.Mask(original.ToString());
}
