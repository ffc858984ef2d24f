using ShopOnboard.Web.Features.Payments.QrImages;

namespace ShopOnboard.UnitTests.Features.Payments.QrImages;

public class QrCodeMathTests
{
    [Fact]
    public void ReedSolomonCorrect_ErrorsUpToHalfTheEcCodewords_RestoresBlock()
    {
        var block = Encode([.. "VietQR block"u8], 18);
        var damaged = (byte[])block.Clone();
        foreach (var index in new[] { 0, 3, 7, 11, 12, 20, 25, 29, 2 })
        {
            damaged[index] ^= (byte)(0x5A + index);
        }

        var corrected = ReedSolomonDecoder.Correct(damaged, 18, 9);

        Assert.Equal(9, corrected);
        Assert.Equal(block, damaged);
    }

    [Fact]
    public void ReedSolomonCorrect_MoreErrorsThanAllowed_ReturnsMinusOne()
    {
        var damaged = Encode([.. "VietQR block"u8], 10);
        foreach (var index in new[] { 1, 4, 6, 9, 13, 17 })
        {
            damaged[index] ^= 0xFF;
        }

        Assert.Equal(-1, ReedSolomonDecoder.Correct(damaged, 10, 5));
    }

    [Fact]
    public void ReedSolomonCorrect_MisdecodeProtectionLimit_RejectsOtherwiseCorrectableBlock()
    {
        var damaged = Encode([.. "0123456789012345678"u8], 7);
        damaged[0] ^= 1;
        damaged[5] ^= 2;
        damaged[9] ^= 4;

        Assert.Equal(-1, ReedSolomonDecoder.Correct(damaged, 7, 2));
    }

    [Fact]
    public void ReedSolomonCorrect_CleanBlock_ReturnsZero()
    {
        var block = Encode([1, 2, 3, 4, 5], 10);

        Assert.Equal(0, ReedSolomonDecoder.Correct(block, 10, 5));
    }

    [Theory]
    [InlineData(QrErrorCorrectionLevel.L, 0)]
    [InlineData(QrErrorCorrectionLevel.M, 5)]
    [InlineData(QrErrorCorrectionLevel.Q, 2)]
    [InlineData(QrErrorCorrectionLevel.H, 7)]
    public void FormatInformationRead_ThreeBitErrorsInOneCopy_ReturnsLevelAndMask(QrErrorCorrectionLevel level, int mask)
    {
        var codeword = FormatInformation.EncodeFormat((FormatInformation.LevelBits(level) << 3) | mask);
        var grid = new ModuleGrid(21);
        WriteFormat(grid, codeword ^ 0b100_0010_0000_0001, codeword ^ 0b011_0000_0000_0000);

        Assert.Equal(new FormatInformation(level, mask), FormatInformation.Read(grid));
    }

    [Fact]
    public void FormatInformationRead_AllLight_ReturnsNull()
    {
        Assert.Null(FormatInformation.Read(new ModuleGrid(21)));
    }

    [Fact]
    public void FormatInformationEncodeFormat_KnownCodeword_MatchesStandard()
    {
        // ISO/IEC 18004 annex C example: level M, mask 5 → 100000011001110.
        Assert.Equal(0b100000011001110, FormatInformation.EncodeFormat(0b00101));
    }

    [Fact]
    public void FormatInformationEncodeVersion_Version7_MatchesStandard()
    {
        // Annex D: version 7 → 000111110010010100.
        Assert.Equal(0b000111110010010100, FormatInformation.EncodeVersion(7));
    }

    public static TheoryData<int> AllVersions() => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(AllVersions))]
    public void QrVersion_DataModules_MatchFunctionPatternLayout(int number)
    {
        var version = QrVersion.Get(number);
        var data = 0;
        for (var row = 0; row < version.Dimension; row++)
        {
            for (var col = 0; col < version.Dimension; col++)
            {
                data += version.IsFunction(row, col) ? 0 : 1;
            }
        }

        Assert.Equal(QrVersion.RawDataModules(number), data);
    }

    [Theory]
    [InlineData(2, new[] { 6, 18 })]
    [InlineData(7, new[] { 6, 22, 38 })]
    [InlineData(15, new[] { 6, 26, 48, 70 })]
    [InlineData(32, new[] { 6, 34, 60, 86, 112, 138 })]
    [InlineData(36, new[] { 6, 24, 50, 76, 102, 128, 154 })]
    [InlineData(40, new[] { 6, 30, 58, 86, 114, 142, 170 })]
    public void QrVersion_AlignmentCenters_MatchStandardTable(int number, int[] expected)
    {
        Assert.Equal(expected, QrVersion.Get(number).AlignmentCenters);
    }

    [Theory]
    [InlineData(1, QrErrorCorrectionLevel.L, 19)]
    [InlineData(1, QrErrorCorrectionLevel.H, 9)]
    [InlineData(10, QrErrorCorrectionLevel.M, 216)]
    [InlineData(40, QrErrorCorrectionLevel.L, 2956)]
    [InlineData(40, QrErrorCorrectionLevel.H, 1276)]
    public void QrVersionBlocks_DataCodewords_MatchStandardCapacity(int number, QrErrorCorrectionLevel level, int dataCodewords)
    {
        var layout = QrVersion.Get(number).Blocks(level);

        Assert.Equal(dataCodewords, (layout.Count * layout.ShortDataLength) + layout.LongBlocks);
    }

    /// <summary>Systematic RS encoding by polynomial division, with generator roots α⁰…α^(n−1) as QR uses.</summary>
    private static byte[] Encode(byte[] data, int eccCount)
    {
        var generator = new byte[] { 1 };
        for (var i = 0; i < eccCount; i++)
        {
            var next = new byte[generator.Length + 1];
            for (var j = 0; j < generator.Length; j++)
            {
                next[j] ^= generator[j];
                next[j + 1] ^= GaloisField.Multiply(generator[j], GaloisField.Alpha(i));
            }

            generator = next;
        }

        var remainder = new byte[data.Length + eccCount];
        data.CopyTo(remainder, 0);
        for (var i = 0; i < data.Length; i++)
        {
            var factor = remainder[i];
            for (var j = 0; j < generator.Length; j++)
            {
                remainder[i + j] ^= GaloisField.Multiply(generator[j], factor);
            }
        }

        var block = new byte[data.Length + eccCount];
        data.CopyTo(block, 0);
        Array.Copy(remainder, data.Length, block, data.Length, eccCount);
        return block;
    }

    private static void WriteFormat(ModuleGrid grid, int first, int second)
    {
        var size = grid.Size;
        (int Row, int Col)[] firstCopy = [(8, 0), (8, 1), (8, 2), (8, 3), (8, 4), (8, 5), (8, 7), (8, 8), (7, 8), (5, 8), (4, 8), (3, 8), (2, 8), (1, 8), (0, 8)];
        for (var i = 0; i < 15; i++)
        {
            var bit = ((first >> (14 - i)) & 1) == 1;
            grid[firstCopy[i].Row, firstCopy[i].Col] = bit;
            var secondBit = ((second >> (14 - i)) & 1) == 1;
            if (i < 7)
            {
                grid[size - 1 - i, 8] = secondBit;
            }
            else
            {
                grid[8, size - 8 + (i - 7)] = secondBit;
            }
        }
    }
}
