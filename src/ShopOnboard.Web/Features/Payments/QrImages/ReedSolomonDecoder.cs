namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>Arithmetic in GF(2⁸) with QR's primitive polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D), by log tables.</summary>
internal static class GaloisField
{
    private const int Primitive = 0x11D;

    // Exp is doubled so that Exp[Log[a] + Log[b]] needs no modulo.
    private static readonly byte[] Exp = BuildExp();
    private static readonly byte[] Log = BuildLog(Exp);

    /// <summary>α^power for any non-negative power.</summary>
    public static byte Alpha(int power) => Exp[power % 255];

    public static byte Multiply(byte a, byte b) => a == 0 || b == 0 ? (byte)0 : Exp[Log[a] + Log[b]];

    public static byte Divide(byte a, byte b) => a == 0 ? (byte)0 : Exp[Log[a] + 255 - Log[b]];

    /// <summary>Evaluates a polynomial whose coefficient i belongs to xⁱ.</summary>
    public static byte Evaluate(ReadOnlySpan<byte> ascending, byte x)
    {
        byte result = 0;
        for (var i = ascending.Length - 1; i >= 0; i--)
        {
            result = (byte)(Multiply(result, x) ^ ascending[i]);
        }

        return result;
    }

    private static byte[] BuildExp()
    {
        var exp = new byte[512];
        var value = 1;
        for (var i = 0; i < 255; i++)
        {
            exp[i] = (byte)value;
            exp[i + 255] = (byte)value;
            value <<= 1;
            if (value > 0xFF)
            {
                value ^= Primitive;
            }
        }

        exp[510] = exp[0];
        return exp;
    }

    private static byte[] BuildLog(byte[] exp)
    {
        var log = new byte[256];
        for (var i = 0; i < 255; i++)
        {
            log[exp[i]] = (byte)i;
        }

        return log;
    }
}

/// <summary>
/// Corrects one Reed–Solomon block in place. QR's generator has roots α⁰…α^(n−1), so syndromes are the
/// received polynomial at those points; Berlekamp–Massey gives the error locator, a Chien search its roots
/// and Forney's formula (with the extra factor X for a first root of α⁰) the error values.
/// </summary>
internal static class ReedSolomonDecoder
{
    /// <summary>
    /// The number of corrected codewords, or -1 when the block has more errors than
    /// <paramref name="maxErrors"/> (or than the EC codewords can locate).
    /// </summary>
    public static int Correct(Span<byte> block, int eccCount, int maxErrors)
    {
        var syndromes = Syndromes(block, eccCount);
        if (syndromes.All(s => s == 0))
        {
            return 0;
        }

        var (locator, errorCount) = BerlekampMassey(syndromes);
        if (errorCount == 0 || errorCount > maxErrors)
        {
            return -1;
        }

        // Ω(x) = S(x)·Λ(x) mod x^eccCount; Λ'(x) keeps only the odd terms in characteristic 2.
        var evaluator = new byte[eccCount];
        for (var k = 0; k < eccCount; k++)
        {
            for (var i = 0; i <= Math.Min(k, locator.Length - 1); i++)
            {
                evaluator[k] ^= GaloisField.Multiply(syndromes[k - i], locator[i]);
            }
        }

        var derivative = new byte[Math.Max(1, locator.Length - 1)];
        for (var i = 1; i < locator.Length; i += 2)
        {
            derivative[i - 1] = locator[i];
        }

        var n = block.Length;
        var corrected = 0;
        for (var index = 0; index < n; index++)
        {
            // Codeword index i is the coefficient of x^(n−1−i); its locator is X = α^(n−1−i).
            var power = n - 1 - index;
            var inverse = GaloisField.Alpha(255 - power);
            if (GaloisField.Evaluate(locator, inverse) != 0)
            {
                continue;
            }

            var denominator = GaloisField.Evaluate(derivative, inverse);
            if (denominator == 0)
            {
                return -1;
            }

            var magnitude = GaloisField.Divide(GaloisField.Evaluate(evaluator, inverse), denominator);
            block[index] ^= GaloisField.Multiply(GaloisField.Alpha(power), magnitude);
            corrected++;
        }

        // Too many errors can yield a locator whose roots are not all inside the block, or a "correction"
        // that is still not a codeword; both mean the block cannot be trusted.
        if (corrected != errorCount || Syndromes(block, eccCount).Any(s => s != 0))
        {
            return -1;
        }

        return corrected;
    }

    private static byte[] Syndromes(ReadOnlySpan<byte> block, int eccCount)
    {
        var syndromes = new byte[eccCount];
        for (var j = 0; j < eccCount; j++)
        {
            var x = GaloisField.Alpha(j);
            byte value = 0;
            foreach (var codeword in block)
            {
                value = (byte)(GaloisField.Multiply(value, x) ^ codeword);
            }

            syndromes[j] = value;
        }

        return syndromes;
    }

    private static (byte[] Locator, int Length) BerlekampMassey(byte[] syndromes)
    {
        var size = syndromes.Length + 1;
        var current = new byte[size];
        var previous = new byte[size];
        current[0] = 1;
        previous[0] = 1;
        int length = 0, shift = 1;
        byte previousDiscrepancy = 1;
        for (var n = 0; n < syndromes.Length; n++)
        {
            var discrepancy = syndromes[n];
            for (var i = 1; i <= length; i++)
            {
                discrepancy ^= GaloisField.Multiply(current[i], syndromes[n - i]);
            }

            if (discrepancy == 0)
            {
                shift++;
                continue;
            }

            var factor = GaloisField.Divide(discrepancy, previousDiscrepancy);
            var before = (byte[])current.Clone();
            for (var i = 0; i + shift < size; i++)
            {
                current[i + shift] ^= GaloisField.Multiply(factor, previous[i]);
            }

            if (2 * length <= n)
            {
                length = n + 1 - length;
                previous = before;
                previousDiscrepancy = discrepancy;
                shift = 1;
            }
            else
            {
                shift++;
            }
        }

        return (current.AsSpan(0, length + 1).ToArray(), length);
    }
}
