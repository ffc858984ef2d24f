namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>From a sampled module grid to text: format, codewords, error correction, segments.</summary>
internal static class QrSymbolDecoder
{
    public static QrDecodeResult Decode(ModuleGrid grid)
    {
        var version = QrVersion.ForDimension(grid.Size);
        if (version is null)
        {
            return QrDecodeResult.Fail(QrDecodeError.NoCodeFound, $"{grid.Size} modules per side is not a QR Code size.");
        }

        if (FormatInformation.Read(grid) is not { } format)
        {
            return QrDecodeResult.Fail(
                QrDecodeError.FormatUnreadable,
                "A QR-like pattern was found but its format information is unreadable (too blurred, damaged or not a QR Code).",
                version.Number);
        }

        var layout = version.Blocks(format.Level);
        var blocks = CodewordReader.Deinterleave(CodewordReader.Read(grid, version, format.Mask), layout);
        var data = new byte[(layout.Count * layout.ShortDataLength) + layout.LongBlocks];
        int offset = 0, corrected = 0;
        foreach (var block in blocks)
        {
            var fixedCount = ReedSolomonDecoder.Correct(block, layout.EccPerBlock, layout.MaxCorrectableErrors);
            if (fixedCount < 0)
            {
                return QrDecodeResult.Fail(
                    QrDecodeError.TooManyErrors,
                    $"The QR Code (version {version.Number}, level {format.Level}) has more damaged codewords than error correction can repair.",
                    version.Number,
                    format.Level);
            }

            corrected += fixedCount;
            var dataLength = block.Length - layout.EccPerBlock;
            block.AsSpan(0, dataLength).CopyTo(data.AsSpan(offset));
            offset += dataLength;
        }

        var segments = SegmentDecoder.Decode(data, version.Number);
        return segments.Text is null
            ? QrDecodeResult.Fail(segments.Error, segments.Message, version.Number, format.Level)
            : QrDecodeResult.Ok(segments.Text, version.Number, format.Level, corrected);
    }
}
