namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>
/// Everything ISO/IEC 18004 fixes per version: size, alignment pattern centres, which modules carry data,
/// and how the codewords are split into Reed–Solomon blocks at each error-correction level.
/// </summary>
internal sealed class QrVersion
{
    public const int Min = 1;
    public const int Max = 40;

    // ISO/IEC 18004 table 9, indexed [level L/M/Q/H][version]; index 0 is unused so the version reads directly.
    private static readonly int[][] EccCodewordsPerBlock =
    [
        [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ];

    private static readonly int[][] BlockCounts =
    [
        [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ];

    private static readonly QrVersion[] All = Enumerable.Range(Min, Max).Select(n => new QrVersion(n)).ToArray();

    private readonly Lazy<bool[]> functionModules;

    private QrVersion(int number)
    {
        Number = number;
        Dimension = DimensionOf(number);
        AlignmentCenters = AlignmentCentersOf(number);
        TotalCodewords = RawDataModules(number) / 8;
        functionModules = new Lazy<bool[]>(BuildFunctionModules);
    }

    public int Number { get; }

    /// <summary>Modules per side: 21 for version 1, 177 for version 40.</summary>
    public int Dimension { get; }

    public IReadOnlyList<int> AlignmentCenters { get; }

    /// <summary>Data plus error-correction codewords; leftover remainder bits are not counted.</summary>
    public int TotalCodewords { get; }

    public static QrVersion Get(int number) => All[number - Min];

    public static int DimensionOf(int number) => 17 + (4 * number);

    /// <summary>The version for a module count, or null when the count is not 17 + 4·v.</summary>
    public static QrVersion? ForDimension(int dimension) =>
        dimension >= DimensionOf(Min) && dimension <= DimensionOf(Max) && (dimension - 17) % 4 == 0
            ? Get((dimension - 17) / 4)
            : null;

    /// <summary>True where the module belongs to a finder, separator, timing, alignment, format or version area.</summary>
    public bool IsFunction(int row, int col) => functionModules.Value[(row * Dimension) + col];

    public QrBlockLayout Blocks(QrErrorCorrectionLevel level)
    {
        var blocks = BlockCounts[(int)level][Number];
        var ecc = EccCodewordsPerBlock[(int)level][Number];
        var data = TotalCodewords - (blocks * ecc);
        return new QrBlockLayout(blocks, ecc, data / blocks, data % blocks, MisdecodeProtection(level));
    }

    /// <summary>
    /// The formula reproduces table E.1 for all 40 versions (checked against the printed table): the last
    /// centre is 6 modules from the far edge and the others are evenly spaced by an even step.
    /// </summary>
    private static int[] AlignmentCentersOf(int number)
    {
        if (number == 1)
        {
            return [];
        }

        var count = (number / 7) + 2;
        var step = ((number * 8) + (count * 3) + 5) / ((count * 4) - 4) * 2;
        var centers = new int[count];
        centers[0] = 6;
        for (int i = count - 1, position = DimensionOf(number) - 7; i >= 1; i--, position -= step)
        {
            centers[i] = position;
        }

        return centers;
    }

    /// <summary>Modules left for data and error correction once every function pattern is placed.</summary>
    internal static int RawDataModules(int number)
    {
        var modules = (((16 * number) + 128) * number) + 64;
        if (number >= 2)
        {
            var alignments = (number / 7) + 2;
            modules -= (((25 * alignments) - 10) * alignments) - 55;
            if (number >= 7)
            {
                modules -= 36;
            }
        }

        return modules;
    }

    /// <summary>
    /// The few small symbols whose table entry reserves "p" codewords for misdecode protection: correcting up
    /// to half the EC codewords there would accept garbage, so those symbols correct fewer errors.
    /// </summary>
    private int MisdecodeProtection(QrErrorCorrectionLevel level) => (Number, level) switch
    {
        (1, QrErrorCorrectionLevel.L) => 3,
        (1, QrErrorCorrectionLevel.M) => 2,
        (1, _) => 1,
        (2, QrErrorCorrectionLevel.L) => 2,
        (3, QrErrorCorrectionLevel.L) => 1,
        _ => 0,
    };

    private bool[] BuildFunctionModules()
    {
        var size = Dimension;
        var function = new bool[size * size];
        void Mark(int top, int left, int height, int width)
        {
            for (var row = top; row < top + height; row++)
            {
                for (var col = left; col < left + width; col++)
                {
                    function[(row * size) + col] = true;
                }
            }
        }

        // Finders with their separators and the format information beside them (the dark module included).
        Mark(0, 0, 9, 9);
        Mark(0, size - 8, 9, 8);
        Mark(size - 8, 0, 8, 9);
        Mark(6, 0, 1, size);
        Mark(0, 6, size, 1);
        var last = AlignmentCenters.Count - 1;
        for (var i = 0; i <= last; i++)
        {
            for (var j = 0; j <= last; j++)
            {
                // The three corners where an alignment pattern would overlap a finder are left out.
                var overlapsFinder = (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0);
                if (!overlapsFinder)
                {
                    Mark(AlignmentCenters[i] - 2, AlignmentCenters[j] - 2, 5, 5);
                }
            }
        }

        if (Number >= 7)
        {
            Mark(0, size - 11, 6, 3);
            Mark(size - 11, 0, 3, 6);
        }

        return function;
    }
}

/// <summary>
/// How the codewords of one version and level are split: <see cref="Count"/> blocks, each with
/// <see cref="EccPerBlock"/> EC codewords; the last <see cref="LongBlocks"/> carry one data codeword more.
/// </summary>
internal readonly record struct QrBlockLayout(int Count, int EccPerBlock, int ShortDataLength, int LongBlocks, int MisdecodeProtection)
{
    public int ShortBlocks => Count - LongBlocks;

    public int DataLength(int block) => ShortDataLength + (block >= ShortBlocks ? 1 : 0);

    public int MaxCorrectableErrors => (EccPerBlock - MisdecodeProtection) / 2;
}
