package org.gillab.model.lib;

import java.math.BigInteger;
import java.util.Arrays;
import org.gillab.model.object.Libm;

/**
 * The numerical methods that CPython's math module implements itself rather than take from libm
 * (Modules/mathmodule.c), done the same way so that the results are CPython's to the last bit: the
 * gamma functions (Lanczos' approximation with Boost's N=13 parameters, as a rational function, the
 * error correction for x+g-0.5 and the reflection formula), hypot/dist's vector norm (power-of-two
 * scaling, Veltkamp-Dekker squaring, compensated summation and a differential correction of the square
 * root), fsum (Shewchuk's exact partial sums, rounded half-even across partials) and frexp of an int too
 * large for a float. Each returns NaN or an infinity where CPython's sets errno; {@link MathModule}
 * turns those into exceptions.
 */
final class MathAlgorithms {
    private MathAlgorithms() {}

    private static final double PI = Math.PI;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    // Lanczos' approximation, N = 13, g = 6.024680040776729583740234375 (Boost's lanczos13m53): the
    // sum as a rational function whose denominator is x(x+1)...(x+11).
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUMERATOR = {
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DENOMINATOR = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
        1925.0, 66.0, 1.0};

    /** What a gamma function signals besides its value: nothing, a domain error, or a range error. */
    enum Signal { NONE, DOMAIN, RANGE }

    /** A result and what was signalled (CPython's errno after m_tgamma / m_lgamma). */
    record Signalled(double value, Signal signal) {}

    /** Lanczos' sum for x > 0: a polynomial ratio in x below 5, in 1/x above (no overflow, less error). */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUMERATOR.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUMERATOR[i];
                den = den * x + LANCZOS_DENOMINATOR[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUMERATOR.length; i++) {
                num = num / x + LANCZOS_NUMERATOR[i];
                den = den / x + LANCZOS_DENOMINATOR[i];
            }
        }
        return num / den;
    }

    /** sin(pi*x), exact at integers and half-integers (for the reflection formula); x finite. */
    static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int quadrant = (int) Math.round(2.0 * y);
        double r = switch (quadrant) {
            case 0 -> Libm.sin(PI * y);
            case 1 -> Libm.cos(PI * (y - 0.5));
            case 2 -> Libm.sin(PI * (1.0 - y)); // not -sin(pi*(y-1)): that gives -0.0 at y == 1
            case 3 -> -Libm.cos(PI * (y - 1.5));
            default -> Libm.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    /** factorial(n-1) for n = 1..23, exact in a double. */
    private static final double[] GAMMA_OF_INTEGERS = new double[23];

    static {
        double f = 1.0;
        for (int n = 1; n <= GAMMA_OF_INTEGERS.length; n++) {
            GAMMA_OF_INTEGERS[n - 1] = f;
            f *= n;
        }
    }

    /** The gamma function. */
    static Signalled gamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) || x > 0.0 ? new Signalled(x, Signal.NONE) : new Signalled(Double.NaN, Signal.DOMAIN);
        }
        if (x == 0.0) {
            return new Signalled(Math.copySign(Double.POSITIVE_INFINITY, x), Signal.DOMAIN);
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                return new Signalled(Double.NaN, Signal.DOMAIN);
            }
            if (x <= GAMMA_OF_INTEGERS.length) {
                return new Signalled(GAMMA_OF_INTEGERS[(int) x - 1], Signal.NONE);
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) { // gamma(x) ~ 1/x near 0
            double r = 1.0 / x;
            return new Signalled(r, Double.isInfinite(r) ? Signal.RANGE : Signal.NONE);
        }
        if (absx > 200.0) { // overflows above 200, underflows to +-0 below -200
            return x < 0.0 ? new Signalled(0.0 / sinPi(x), Signal.NONE) : new Signalled(Double.POSITIVE_INFINITY, Signal.RANGE);
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        // The rounding error of y = absx + g - 0.5, computed exactly, corrects pow(y, ...) / exp(y).
        double error = absx > LANCZOS_G_MINUS_HALF ? (y - absx) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - absx;
        double correction = error * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinPi(absx) / absx * Libm.exp(y) / lanczosSum(absx);
            r -= correction * r;
            if (absx < 140.0) {
                r /= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtPow = Libm.pow(y, absx / 2.0 - 0.25);
                r /= sqrtPow;
                r /= sqrtPow;
            }
        } else {
            r = lanczosSum(absx) / Libm.exp(y);
            r += correction * r;
            if (absx < 140.0) {
                r *= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtPow = Libm.pow(y, absx / 2.0 - 0.25);
                r *= sqrtPow;
                r *= sqrtPow;
            }
        }
        return new Signalled(r, Double.isInfinite(r) ? Signal.RANGE : Signal.NONE);
    }

    /** The natural logarithm of the absolute value of the gamma function. */
    static Signalled lgamma(double x) {
        if (!Double.isFinite(x)) {
            return new Signalled(Double.isNaN(x) ? x : Double.POSITIVE_INFINITY, Signal.NONE);
        }
        if (x == Math.floor(x) && x <= 2.0) {
            return x <= 0.0 ? new Signalled(Double.POSITIVE_INFINITY, Signal.DOMAIN) : new Signalled(0.0, Signal.NONE);
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return new Signalled(-Libm.log(absx), Signal.NONE);
        }
        double r = Libm.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Libm.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) { // the reflection formula
            r = LOG_PI - Libm.log(Math.abs(sinPi(absx))) - Libm.log(absx) - r;
        }
        return new Signalled(r, Double.isInfinite(r) ? Signal.RANGE : Signal.NONE);
    }

    /** 2**27 + 1: splits a double into two halves of 26 significant bits (Veltkamp). */
    private static final double SPLITTER = 134217729.0;

    /**
     * sqrt(sum(x*x for x in v)) for non-negative finite values whose largest is {@code max}, almost always
     * correctly rounded: the squares and their sum are carried with their rounding errors, and the square
     * root gets one Newton-like correction.
     */
    static double vectorNorm(double[] v, double max, boolean foundNaN) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNaN) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length <= 1) {
            return max;
        }
        int maxExponent = frexpExponent(max);
        // csum starts at 1.0 so that it always outweighs the next addend (a cheap Neumaier summation);
        // the 1.0 is taken off at the end.
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        double frac3 = 0.0;
        if (maxExponent >= -1023) {
            double scale = Math.scalb(1.0, -maxExponent);
            for (double value : v) {
                double x = value * scale;
                double t = x * SPLITTER;
                double hi = t - (t - x);
                double lo = x - hi;
                double square = hi * hi;
                double old = csum;
                csum += square;
                frac1 += (old - csum) + square;
                double cross = 2.0 * hi * lo;
                old = csum;
                csum += cross;
                frac2 += (old - csum) + cross;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double t = h * SPLITTER;
            double hi = t - (t - h);
            double lo = h - hi;
            double square = -hi * hi;
            double old = csum;
            csum += square;
            frac1 += (old - csum) + square;
            double cross = -2.0 * hi * lo;
            old = csum;
            csum += cross;
            frac2 += (old - csum) + cross;
            double small = -lo * lo;
            old = csum;
            csum += small;
            frac3 += (old - csum) + small;
            double residual = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + residual / (2.0 * h)) / scale;
        }
        // Subnormal maximum: 2**-maxExponent would overflow, so divide by max instead of scaling.
        for (double value : v) {
            double x = value / max;
            x = x * x;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    /** The exponent e of frexp(x) = (m, e) with 0.5 <= |m| < 1, for a finite non-zero x. */
    static int frexpExponent(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal: normalise first
            return Math.getExponent(x * 0x1p54) - 54 + 1;
        }
        return e + 1;
    }

    /** The mantissa m of frexp(x) = (m, e), for a finite non-zero x. */
    static double frexpMantissa(double x) {
        return Math.scalb(x, -frexpExponent(x));
    }

    /** The result of fsum, or the ValueError message that stands for it. */
    record Sum(double value, String invalid) {}

    /**
     * The correctly rounded sum of the values (Shewchuk's algorithm, as math.fsum): partial sums that
     * never lose a bit, added from the top at the end and rounded half-even across partials.
     */
    static final class ExactSum {
        private double[] partials = new double[32];
        private int n;
        private double specialSum;
        private double infSum;

        /** Adds x; returns an OverflowError message when a finite sum overflowed, else null. */
        String add(double x) {
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // an infinity or NaN among the values, or the running sum overflowed
                    if (Double.isFinite(xsave)) {
                        return "intermediate overflow in fsum";
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == partials.length) {
                        partials = Arrays.copyOf(partials, 2 * n);
                    }
                    partials[n++] = x;
                }
            }
            return null;
        }

        /** The rounded total, or a message when infinities of both signs met. */
        Sum total() {
            if (specialSum != 0.0) {
                return Double.isNaN(infSum) ? new Sum(0.0, "-inf + inf in fsum") : new Sum(specialSum, null);
            }
            double hi = 0.0;
            int k = n;
            if (k > 0) {
                hi = partials[--k];
                double lo = 0.0;
                while (k > 0) {
                    double x = hi;
                    double y = partials[--k];
                    hi = x + y;
                    lo = y - (hi - x);
                    if (lo != 0.0) {
                        break;
                    }
                }
                // Half-even rounding across partials: the next partial down can tip a tie.
                if (k > 0 && (lo < 0.0 && partials[k - 1] < 0.0 || lo > 0.0 && partials[k - 1] > 0.0)) {
                    double y = lo * 2.0;
                    double x = hi + y;
                    if (y == x - hi) {
                        hi = x;
                    }
                }
            }
            return new Sum(hi, null);
        }
    }

    /**
     * frexp of a positive int too large for a float (_PyLong_Frexp): its top 53 bits rounded half-even, as
     * {mantissa in [0.5, 1), exponent}.
     */
    static double[] frexp(BigInteger n) {
        int bits = n.bitLength();
        int drop = bits - 55; // keep 55 bits: 53, a rounding bit and one for the sticky ones below
        long top = n.shiftRight(drop).longValue();
        if (n.getLowestSetBit() < drop) {
            top |= 1; // sticky: something non-zero was shifted out
        }
        // Round the 55 bits to 53, half to even.
        long kept = top >> 2;
        long rest = top & 3;
        if (rest > 2 || rest == 2 && (kept & 1) == 1) {
            kept++;
        }
        double mantissa = kept * 0x1p-53;
        if (mantissa == 1.0) {
            return new double[] {0.5, bits + 1};
        }
        return new double[] {mantissa, bits};
    }
}
