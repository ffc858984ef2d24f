using System.Diagnostics.CodeAnalysis;

namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>
/// Why no text came out of an image. The values are ordered by how far decoding got, so when several
/// attempts fail the decoder reports the one that came closest (a damaged code, not "no code").
/// </summary>
public enum QrDecodeError
{
    None,

    /// <summary>The bitmap itself is unusable: no pixels, or fewer pixels than width × height.</summary>
    InvalidImage,

    /// <summary>Three finder patterns in a plausible arrangement were not found.</summary>
    NoCodeFound,

    /// <summary>Something code-like was found, but neither copy of its format information was readable.</summary>
    FormatUnreadable,

    /// <summary>The code was read, but more codewords were damaged than error correction can repair.</summary>
    TooManyErrors,

    /// <summary>The corrected data does not follow the QR segment syntax.</summary>
    InvalidData,

    /// <summary>A valid code using a feature this decoder does not support.</summary>
    UnsupportedContent,
}

/// <summary>The four QR error-correction levels, recovering about 7 %, 15 %, 25 % and 30 % of codewords.</summary>
public enum QrErrorCorrectionLevel
{
    L,
    M,
    Q,
    H,
}

/// <summary>
/// The outcome of <see cref="QrImageDecoder.Decode"/>: either <see cref="Text"/>, or an <see cref="Error"/>
/// kind with an English <see cref="Message"/> for logs and support.
/// </summary>
public sealed record QrDecodeResult
{
    private QrDecodeResult(QrDecodeError error, string message, string? text, int version, QrErrorCorrectionLevel? level, int corrected)
    {
        Error = error;
        Message = message;
        Text = text;
        Version = version;
        ErrorCorrectionLevel = level;
        CorrectedCodewords = corrected;
    }

    [MemberNotNullWhen(true, nameof(Text))]
    public bool IsSuccess => Text is not null;

    public QrDecodeError Error { get; }

    public string Message { get; }

    public string? Text { get; }

    /// <summary>1–40 once the symbol's version is known (also on some failures); 0 otherwise.</summary>
    public int Version { get; }

    public QrErrorCorrectionLevel? ErrorCorrectionLevel { get; }

    /// <summary>How many codewords Reed–Solomon repaired: a rough measure of how worn the image was.</summary>
    public int CorrectedCodewords { get; }

    internal static QrDecodeResult Ok(string text, int version, QrErrorCorrectionLevel level, int corrected) =>
        new(QrDecodeError.None, "OK", text, version, level, corrected);

    internal static QrDecodeResult Fail(QrDecodeError error, string message, int version = 0, QrErrorCorrectionLevel? level = null) =>
        new(error, message, null, version, level, 0);
}
