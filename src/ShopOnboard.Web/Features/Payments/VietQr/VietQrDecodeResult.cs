using System.Diagnostics.CodeAnalysis;

namespace ShopOnboard.Web.Features.Payments.VietQr;

/// <summary>A decoded VietQR transfer code.</summary>
/// <param name="PointOfInitiation">"11" static (reusable) or "12" dynamic (one transaction).</param>
/// <param name="Amount">From tag 54 only, in đồng; null when the payer types it.</param>
/// <param name="Purpose">Transfer memo, 62/08.</param>
/// <param name="BillNumber">62/01.</param>
/// <param name="ReferenceLabel">62/05 (MoMo puts its reference here).</param>
public sealed record VietQrCode(
    string Bin,
    string AccountNumber,
    VietQrService Service,
    string PointOfInitiation,
    long? Amount,
    string? Purpose,
    string? BillNumber,
    string? ReferenceLabel)
{
    public bool IsDynamic => PointOfInitiation == VietQrFields.DynamicCode;
}

/// <summary>
/// The outcome of <see cref="VietQrDecoder.Decode"/>: either <see cref="Code"/>, or an <see cref="Error"/> kind
/// with the offending <see cref="Field"/> path (e.g. "38/01/00") and an English detail for logs and support.
/// </summary>
public sealed record VietQrDecodeResult
{
    private VietQrDecodeResult(VietQrError error, string? field, string message, VietQrCode? code)
    {
        Error = error;
        Field = field;
        Message = message;
        Code = code;
    }

    [MemberNotNullWhen(true, nameof(Code))]
    public bool IsSuccess => Code is not null;

    public VietQrError Error { get; }

    /// <summary>Where the problem is, as an ID path such as "62/08"; null when it concerns the whole text.</summary>
    public string? Field { get; }

    public string Message { get; }

    public VietQrCode? Code { get; }

    internal static VietQrDecodeResult Ok(VietQrCode code) => new(VietQrError.None, null, "OK", code);

    internal static VietQrDecodeResult Fail(VietQrError error, string? field, string message) =>
        new(error, field, message, null);
}
