package org.gillab.lab;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** How the lab writes a number for people: table cells and chart summaries share one style. */
final class Numbers {
    private Numbers() {}

    /**
     * Whole numbers with thousands separators (50,000,000 reads at a glance); others with four
     * significant digits, which is all a timing on a noisy machine deserves.
     */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%,.1f", value);
        }
        return new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    private static final MathContext SIGNIFICANT = new MathContext(4, RoundingMode.HALF_EVEN);
}
