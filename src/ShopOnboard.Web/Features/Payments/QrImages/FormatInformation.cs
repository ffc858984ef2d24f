using System.Numerics;

namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>The error-correction level and data mask a symbol declares in its 15 format bits.</summary>
internal readonly record struct FormatInformation(QrErrorCorrectionLevel Level, int Mask)
{
    /// <summary>Applied to every format codeword so that no valid one is all zeros.</summary>
    private const int FormatMask = 0x5412;

    private const int FormatGenerator = 0x537;
    private const int VersionGenerator = 0x1F25;

    /// <summary>
    /// Both BCH codes have a minimum distance of 7 (format) and 8 (version), so anything within 3 bit flips
    /// of a valid codeword is unambiguous.
    /// </summary>
    private const int MaxBitErrors = 3;

    // The two level bits are not in L-M-Q-H order: 01 = L, 00 = M, 11 = Q, 10 = H.
    private static readonly QrErrorCorrectionLevel[] LevelsByBits =
        [QrErrorCorrectionLevel.M, QrErrorCorrectionLevel.L, QrErrorCorrectionLevel.H, QrErrorCorrectionLevel.Q];

    private static readonly int[] FormatCodewords = Enumerable.Range(0, 32).Select(EncodeFormat).ToArray();

    private static readonly int[] VersionCodewords =
        Enumerable.Range(0, QrVersion.Max + 1).Select(v => v < 7 ? -1 : EncodeVersion(v)).ToArray();

    /// <summary>The masked 15-bit codeword for five data bits (2 level bits, 3 mask bits).</summary>
    internal static int EncodeFormat(int data) => ((data << 10) | BchRemainder(data << 10, FormatGenerator)) ^ FormatMask;

    /// <summary>The 18-bit version codeword: 6 version bits and 12 BCH bits, not masked.</summary>
    internal static int EncodeVersion(int version) => (version << 12) | BchRemainder(version << 12, VersionGenerator);

    internal static int LevelBits(QrErrorCorrectionLevel level) => Array.IndexOf(LevelsByBits, level);

    /// <summary>Reads both copies and takes whichever valid codeword is nearest to either of them.</summary>
    public static FormatInformation? Read(ModuleGrid grid)
    {
        var size = grid.Size;
        var first = 0;
        for (var col = 0; col <= 5; col++)
        {
            first = Shift(first, grid[8, col]);
        }

        // Row and column 6 are timing patterns, which the copy steps around.
        first = Shift(first, grid[8, 7]);
        first = Shift(first, grid[8, 8]);
        first = Shift(first, grid[7, 8]);
        for (var row = 5; row >= 0; row--)
        {
            first = Shift(first, grid[row, 8]);
        }

        var second = 0;
        for (var row = size - 1; row >= size - 7; row--)
        {
            second = Shift(second, grid[row, 8]);
        }

        for (var col = size - 8; col < size; col++)
        {
            second = Shift(second, grid[8, col]);
        }

        var data = Nearest(FormatCodewords, first, second);
        return data < 0 ? null : new FormatInformation(LevelsByBits[data >> 3], data & 7);
    }

    /// <summary>The version from the two 6×3 version blocks (versions 7 and up), or null when neither is readable.</summary>
    public static int? ReadVersion(ModuleGrid grid)
    {
        var size = grid.Size;
        if (size < QrVersion.DimensionOf(7))
        {
            return null;
        }

        // Bit i sits at row i / 3, column size - 11 + i % 3 (top right) and transposed (bottom left).
        int topRight = 0, bottomLeft = 0;
        for (var i = 17; i >= 0; i--)
        {
            topRight = Shift(topRight, grid[i / 3, size - 11 + (i % 3)]);
            bottomLeft = Shift(bottomLeft, grid[size - 11 + (i % 3), i / 3]);
        }

        var version = Nearest(VersionCodewords, topRight, bottomLeft);
        return version < 0 ? null : version;
    }

    private static int Shift(int bits, bool dark) => (bits << 1) | (dark ? 1 : 0);

    private static int Nearest(int[] codewords, int first, int second)
    {
        int best = -1, bestDistance = int.MaxValue;
        for (var i = 0; i < codewords.Length; i++)
        {
            if (codewords[i] < 0)
            {
                continue;
            }

            var distance = Math.Min(BitOperations.PopCount((uint)(codewords[i] ^ first)), BitOperations.PopCount((uint)(codewords[i] ^ second)));
            if (distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return bestDistance <= MaxBitErrors ? best : -1;
    }

    private static int BchRemainder(int value, int generator)
    {
        var degree = 31 - BitOperations.LeadingZeroCount((uint)generator);
        while (value != 0 && 31 - BitOperations.LeadingZeroCount((uint)value) >= degree)
        {
            value ^= generator << (31 - BitOperations.LeadingZeroCount((uint)value) - degree);
        }

        return value;
    }
}
