package org.gillab.model.object;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.gillab.model.FatalError;

/**
 * CPython 3.11's limit on the length of int-to-decimal-string conversions, both ways (the CVE-2020-10735
 * fix, docs "Integer string conversion length limitation"): str, repr, %d and format of an int, and int()
 * of a str or bytes, in any base that is not a power of two, refuse more digits than the interpreter's
 * sys.get_int_max_str_digits() (0: no limit), because converting them takes quadratic time. Values of
 * at most {@link #THRESHOLD} digits are never checked, so the limit is never below that.
 */
public final class IntStrDigits {
    private IntStrDigits() {}

    /** sys.int_info.default_max_str_digits. */
    public static final int DEFAULT_LIMIT = 4300;
    /** sys.int_info.str_digits_check_threshold: the least limit, and the length below which none applies. */
    public static final int THRESHOLD = 640;
    private static final double LOG10_2 = Math.log10(2);
    private static final Pattern ENVIRONMENT_VALUE = Pattern.compile("[ \\t\\n\\x0B\\f\\r]*[+-]?[0-9]+");
    private static final String ADVICE = "; use sys.set_int_max_str_digits() to increase the limit";

    /**
     * {@code v} written in {@code radix}, as BigInteger.toString; for a radix that is no power of two,
     * the ValueError CPython raises (long_to_decimal_string) when it has more digits than the limit.
     */
    public static String toString(BigInteger v, int radix) {
        if (Integer.bitCount(radix) == 1 || v.bitLength() * LOG10_2 < THRESHOLD) {
            return v.toString(radix);
        }
        int limit = limit();
        if (limit == 0) {
            return v.toString(radix);
        }
        // a value whose least possible length, that of 2 ** (bitLength - 1), is surely too long is refused unwritten
        boolean surelyTooLong = (v.bitLength() - 1) * LOG10_2 > limit + 1;
        String text = surelyTooLong ? null : v.toString(radix);
        if (surelyTooLong || text.length() - (v.signum() < 0 ? 1 : 0) > limit) {
            throw PyErrors.valueError(exceeds(limit, ""));
        }
        return text;
    }

    /** int() read {@code digits} digits in a base that is no power of two: the ValueError when they are too many. */
    static void checkParsed(int digits) {
        String tooMany = tooManyDigits(digits);
        if (tooMany != null) {
            throw PyErrors.valueError(tooMany);
        }
    }

    /**
     * The ValueError's message for {@code digits} digits read in a base that is no power of two, or null
     * when they are not too many (the compiler words a decimal literal's error with it too).
     */
    public static String tooManyDigits(int digits) {
        int limit = digits > THRESHOLD ? limit() : 0;
        return limit > 0 && digits > limit ? exceeds(limit, ": value has " + digits + " digits") : null;
    }

    private static String exceeds(int limit, String detail) {
        return "Exceeds the limit (" + limit + " digits) for integer string conversion" + detail + ADVICE;
    }

    /**
     * The limit of the interpreter running the calling thread (interp->int_max_str_digits); Java code
     * outside any Python thread converts without one: the model's own reports, and the compiler when the
     * facade compiles a main script or a notebook cell before their thread runs.
     */
    private static int limit() {
        ThreadState ts = ThreadState.current();
        return ts == null ? 0 : ts.invoker().intMaxStrDigits();
    }

    /**
     * The limit PYTHONINTMAXSTRDIGITS sets (null or empty: the default), read as config_init_int_max_str_digits
     * reads it (C's strtol: spaces and a sign before the decimal digits, nothing after, within an int);
     * CPython's fatal error when it is no valid limit.
     */
    public static int fromEnvironment(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        if (ENVIRONMENT_VALUE.matcher(value).matches()) {
            try {
                int limit = Integer.parseInt(value.strip());
                if (limit == 0 || limit >= THRESHOLD) {
                    return limit;
                }
            } catch (NumberFormatException outOfRange) {
                // the same error as a limit too small
            }
        }
        throw new FatalError("config_init_int_max_str_digits", "PYTHONINTMAXSTRDIGITS: invalid limit; must be >= "
                + THRESHOLD + " or 0 for unlimited.");
    }
}
