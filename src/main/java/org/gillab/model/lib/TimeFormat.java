package org.gillab.model.lib;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gillab.model.object.PyErrors;

/**
 * time.strftime in the C locale (glibc's strftime, as CPython calls it on Linux) and time.strptime
 * (Lib/_strptime.py's directives and errors), over the fields of a struct_time.
 */
final class TimeFormat {
    private TimeFormat() {}

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    /**
     * The broken-down time strftime formats: struct_time's fields, with month 1-12, weekday 0 = Monday,
     * yearday 1-366, the zone's name and its offset east of UTC in seconds.
     */
    record Fields(int year, int month, int day, int hour, int minute, int second, int weekday, int yearday,
                  int isdst, String zone, long gmtoff) {
        LocalDateTime dateTime() {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        }
    }

    /**
     * strftime(format, t): each %-directive of glibc's in the C locale; an unknown one is kept as it is.
     * {@code epochSeconds} is asked only for %s (it costs a time-zone conversion).
     */
    static String strftime(String format, Fields t, LongSupplier epochSeconds) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            int start = i;
            char d = format.charAt(++i);
            char flag = 0;
            if (GLIBC_FLAGS.indexOf(d) >= 0 && i + 1 < format.length()) {
                flag = d;
                d = format.charAt(++i);
            }
            if ((d == 'E' || d == 'O') && i + 1 < format.length()) {
                d = format.charAt(++i); // the alternative representations are the plain ones in the C locale
            }
            String value = directive(d, t, epochSeconds);
            if (value != null && flag != 0) {
                value = flagged(flag, value);
            }
            out.append(value != null ? value : format, value != null ? 0 : start, value != null ? value.length() : i + 1);
        }
        return out.toString();
    }

    /** The flags glibc's strftime takes after the %: no padding, space padding, zero padding, upper case. */
    private static final String GLIBC_FLAGS = "-_0^";
    /** A padded number: a sign (%z's), its padding (leading zeros or spaces, never its last digit), its digits. */
    private static final Pattern PADDED_NUMBER = Pattern.compile("([+-]?)([0 ]*)(\\d+)");

    /** value as a glibc flag changes it: %-d is "5", %_m " 3", %0e "05", %^a "TUE", %-z "+530". */
    private static String flagged(char flag, String value) {
        if (flag == '^') {
            return value.toUpperCase(Locale.ROOT);
        }
        Matcher number = PADDED_NUMBER.matcher(value);
        if (!number.matches()) {
            return value; // padding flags leave names and composites (%a, %D) as they are
        }
        int padding = number.group(2).length();
        return number.group(1) + switch (flag) {
            case '-' -> "";
            case '_' -> " ".repeat(padding);
            default -> "0".repeat(padding);
        } + number.group(3);
    }

    private static String directive(char d, Fields t, LongSupplier epochSeconds) {
        int hour12 = t.hour % 12 == 0 ? 12 : t.hour % 12;
        int sundayWeekday = (t.weekday + 1) % 7;
        return switch (d) {
            case 'a' -> DAYS[t.weekday].substring(0, 3);
            case 'A' -> DAYS[t.weekday];
            case 'b', 'h' -> MONTHS[t.month - 1].substring(0, 3);
            case 'B' -> MONTHS[t.month - 1];
            case 'c' -> strftime("%a %b %e %H:%M:%S %Y", t, epochSeconds);
            case 'C' -> Integer.toString(Math.floorDiv(t.year, 100)); // unpadded, as glibc prints it: year 999 is 9
            case 'd' -> two(t.day);
            case 'D', 'x' -> strftime("%m/%d/%y", t, epochSeconds);
            case 'e' -> String.format(Locale.ROOT, "%2d", t.day);
            case 'F' -> strftime("%Y-%m-%d", t, epochSeconds);
            case 'G' -> Integer.toString(isoDate(t).get(IsoFields.WEEK_BASED_YEAR));
            case 'g' -> two(Math.floorMod(isoDate(t).get(IsoFields.WEEK_BASED_YEAR), 100));
            case 'H' -> two(t.hour);
            case 'I' -> two(hour12);
            case 'j' -> String.format(Locale.ROOT, "%03d", t.yearday);
            case 'k' -> String.format(Locale.ROOT, "%2d", t.hour);
            case 'l' -> String.format(Locale.ROOT, "%2d", hour12);
            case 'm' -> two(t.month);
            case 'M' -> two(t.minute);
            case 'n' -> "\n";
            case 'p' -> t.hour < 12 ? "AM" : "PM";
            case 'P' -> t.hour < 12 ? "am" : "pm";
            case 'r' -> strftime("%I:%M:%S %p", t, epochSeconds);
            case 'R' -> strftime("%H:%M", t, epochSeconds);
            case 's' -> Long.toString(epochSeconds.getAsLong());
            case 'S' -> two(t.second);
            case 't' -> "\t";
            case 'T', 'X' -> strftime("%H:%M:%S", t, epochSeconds);
            case 'u' -> Integer.toString(t.weekday + 1);
            case 'U' -> two((t.yearday - 1 - sundayWeekday + 7) / 7);
            case 'V' -> two(isoDate(t).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'w' -> Integer.toString(sundayWeekday);
            case 'W' -> two((t.yearday - 1 - t.weekday + 7) / 7);
            case 'y' -> two(Math.floorMod(t.year, 100));
            case 'Y' -> Integer.toString(t.year);
            case 'z' -> t.isdst < 0 ? "" : offset(t.gmtoff); // glibc writes no zone when isdst is unknown
            case 'Z' -> t.isdst < 0 ? "" : t.zone;
            case '%' -> "%";
            default -> null;
        };
    }

    private static String two(int n) {
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n); // String.format's cost shows in datetime's logs
    }

    /** +hhmm east of UTC, as %z shows an offset. */
    private static String offset(long seconds) {
        long minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d%02d", minutes / 60, minutes % 60);
    }

    /** The date of the year and yearday (the fields' own weekday may disagree; ISO weeks follow the date). */
    private static LocalDate isoDate(Fields t) {
        return LocalDate.ofYearDay(t.year, Math.max(1, Math.min(t.yearday, LocalDate.ofYearDay(t.year, 1).lengthOfYear())));
    }

    /**
     * What strptime parsed: the fields; %f's microseconds; when %z was given, the offset east of UTC in
     * whole seconds and its microseconds (both signed as the offset).
     */
    record Parsed(int year, int month, int day, int hour, int minute, int second, int weekday, int yearday,
                  int isdst, Long gmtoff, String zone, int fraction, int gmtoffFraction) {}

    /** Lib/_strptime.py's regular expression for each directive it knows. */
    private static String pattern(char d) {
        return switch (d) {
            case 'd' -> "(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])";
            case 'f' -> "(?<f>[0-9]{1,6})";
            case 'H' -> "(?<H>2[0-3]|[0-1]\\d|\\d)";
            case 'I' -> "(?<I>1[0-2]|0[1-9]|[1-9])";
            case 'j' -> "(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])";
            case 'm' -> "(?<m>1[0-2]|0[1-9]|[1-9])";
            case 'M' -> "(?<M>[0-5]\\d|\\d)";
            case 'S' -> "(?<S>6[0-1]|[0-5]\\d|\\d)";
            case 'w' -> "(?<w>[0-6])";
            case 'U' -> "(?<U>5[0-3]|[0-4]\\d|\\d)";
            case 'W' -> "(?<W>5[0-3]|[0-4]\\d|\\d)";
            case 'V' -> "(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)";
            case 'G' -> "(?<G>\\d\\d\\d\\d)";
            case 'u' -> "(?<u>[1-7])";
            case 'y' -> "(?<y>\\d\\d)";
            case 'Y' -> "(?<Y>\\d\\d\\d\\d)";
            case 'z' -> "(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z))";
            case 'a' -> "(?<a>" + names(DAYS, 3) + ")";
            case 'A' -> "(?<A>" + names(DAYS, 0) + ")";
            case 'b' -> "(?<b>" + names(MONTHS, 3) + ")";
            case 'B' -> "(?<B>" + names(MONTHS, 0) + ")";
            case 'p' -> "(?<p>am|pm)";
            case 'Z' -> "(?<Z>utc|gmt|" + Pattern.quote(LocalZone.standardName().toLowerCase(Locale.ROOT)) + "|"
                    + Pattern.quote(LocalZone.daylightName().toLowerCase(Locale.ROOT)) + ")";
            default -> null;
        };
    }

    private static String names(String[] names, int length) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            out.append(out.length() > 0 ? "|" : "").append(length == 0 ? name : name.substring(0, length));
        }
        return out.toString();
    }

    /** The regular expression of a strptime format: directives expanded, whitespace matching any run of it. */
    private static String regex(String format) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%') {
                if (i + 1 == format.length()) {
                    throw PyErrors.valueError("stray % in format '" + format + "'");
                }
                char d = format.charAt(++i);
                String expanded = switch (d) {
                    case 'c' -> regex("%a %b %d %H:%M:%S %Y");
                    case 'x' -> regex("%m/%d/%y");
                    case 'X' -> regex("%H:%M:%S");
                    case '%' -> "%";
                    default -> pattern(d);
                };
                if (expanded == null) {
                    throw PyErrors.valueError("'" + d + "' is a bad directive in format '" + format + "'");
                }
                if (expanded.startsWith("(?<") && out.indexOf("(?<" + d + ">") >= 0) {
                    expanded = "(?:" + expanded.substring(expanded.indexOf('>') + 1); // a directive used twice
                }
                out.append(expanded);
            } else if (Character.isWhitespace(c)) {
                while (i + 1 < format.length() && Character.isWhitespace(format.charAt(i + 1))) {
                    i++;
                }
                out.append("\\s+");
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    /** The compiled regular expressions of recent formats (as _strptime's _regex_cache, cleared when full). */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private static Pattern compiled(String format) {
        Pattern p = PATTERNS.get(format);
        if (p == null) {
            p = Pattern.compile(regex(format), Pattern.CASE_INSENSITIVE);
            if (PATTERNS.size() >= 100) {
                PATTERNS.clear();
            }
            PATTERNS.put(format, p);
        }
        return p;
    }

    /** strptime(string, format): the fields, with _strptime's defaults (1900-01-01 00:00:00) and errors. */
    static Parsed strptime(String string, String format) {
        Matcher m = compiled(format).matcher(string);
        if (!m.lookingAt()) {
            throw PyErrors.valueError("time data " + repr(string) + " does not match format " + repr(format));
        }
        if (m.end() != string.length()) {
            throw PyErrors.valueError("unconverted data remains: " + string.substring(m.end()));
        }
        Integer year = null;
        int month = 1;
        int day = 1;
        int hour = 0;
        String y = group(m, "Y");
        if (y != null) {
            year = Integer.parseInt(y);
        } else if (group(m, "y") != null) {
            int yy = Integer.parseInt(group(m, "y"));
            year = yy <= 68 ? 2000 + yy : 1900 + yy; // POSIX's century rule
        }
        if (group(m, "m") != null) {
            month = Integer.parseInt(group(m, "m"));
        } else if (group(m, "B") != null) {
            month = index(MONTHS, group(m, "B"), 0) + 1;
        } else if (group(m, "b") != null) {
            month = index(MONTHS, group(m, "b"), 3) + 1;
        }
        if (group(m, "d") != null) {
            day = Integer.parseInt(group(m, "d").strip());
        }
        if (group(m, "H") != null) {
            hour = Integer.parseInt(group(m, "H"));
        } else if (group(m, "I") != null) {
            hour = Integer.parseInt(group(m, "I")) % 12;
            if ("pm".equalsIgnoreCase(group(m, "p"))) {
                hour += 12;
            }
        }
        int minute = group(m, "M") == null ? 0 : Integer.parseInt(group(m, "M"));
        int second = group(m, "S") == null ? 0 : Integer.parseInt(group(m, "S"));
        int fraction = group(m, "f") == null ? 0 : microseconds(group(m, "f"));
        Long gmtoff = null;
        int gmtoffFraction = 0;
        String z = group(m, "z");
        if (z != null) {
            gmtoff = parseOffset(z);
            int dot = z.indexOf('.');
            gmtoffFraction = dot < 0 ? 0 : (z.charAt(0) == '-' ? -1 : 1) * microseconds(z.substring(dot + 1));
        }
        int isdst = -1;
        String zone = group(m, "Z");
        if (zone != null) {
            String lower = zone.toLowerCase(Locale.ROOT);
            isdst = lower.equals("utc") || lower.equals("gmt") || lower.equals(LocalZone.standardName().toLowerCase(Locale.ROOT)) ? 0 : 1;
        }
        Integer weekday = parsedWeekday(m);
        Integer julian = group(m, "j") == null ? null : Integer.valueOf(group(m, "j"));
        String weekOfYear = group(m, "U") != null ? group(m, "U") : group(m, "W");
        Integer isoYear = group(m, "G") == null ? null : Integer.valueOf(group(m, "G"));
        Integer isoWeek = group(m, "V") == null ? null : Integer.valueOf(group(m, "V"));
        checkIsoDirectives(year, isoYear, isoWeek, weekOfYear, weekday, julian);
        // without a year, 29 February is read in 1904 (a leap year) and given back as 1900's, as _strptime does
        boolean leapYearFix = year == null && month == 2 && day == 29;
        if (year == null) {
            year = leapYearFix ? 1904 : 1900;
        }
        if (julian == null && weekday != null && (weekOfYear != null || isoYear != null && isoWeek != null)) {
            // a day of this year, or (0 or less) of the one before; past its end it runs on into the next,
            // and tm_yday keeps the count, as _strptime's does
            if (weekOfYear != null) {
                julian = julianOfWeekday(year, Integer.parseInt(weekOfYear), weekday, group(m, "W") != null);
            } else {
                year = isoYear;
                julian = julianOfIsoWeekday(isoYear, isoWeek, weekday + 1);
            }
            if (julian <= 0) {
                year -= 1;
                julian += LocalDate.of(year, 1, 1).lengthOfYear();
            }
        }
        LocalDate date;
        if (julian != null) {
            date = LocalDate.of(year, 1, 1).plusDays(julian - 1);
        } else {
            try {
                date = LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException e) {
                throw PyErrors.valueError("day is out of range for month");
            }
            julian = date.getDayOfYear();
        }
        return new Parsed(leapYearFix ? 1900 : date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute,
                second, weekday != null ? weekday : date.getDayOfWeek().getValue() - 1, julian, isdst, gmtoff, zone,
                fraction, gmtoffFraction);
    }

    /** The weekday %a, %A, %w or %u gave (0 = Monday), or null. */
    private static Integer parsedWeekday(Matcher m) {
        if (group(m, "a") != null) {
            return index(DAYS, group(m, "a"), 3);
        }
        if (group(m, "A") != null) {
            return index(DAYS, group(m, "A"), 0);
        }
        if (group(m, "w") != null) {
            return (Integer.parseInt(group(m, "w")) + 6) % 7;
        }
        return group(m, "u") == null ? null : Integer.parseInt(group(m, "u")) - 1;
    }

    /** _strptime's refusals of ISO week directives without what they need, or mixed with %Y or %j. */
    private static void checkIsoDirectives(Integer year, Integer isoYear, Integer isoWeek, String weekOfYear,
                                           Integer weekday, Integer julian) {
        if (year == null && isoYear != null) {
            if (isoWeek == null || weekday == null) {
                throw PyErrors.valueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                        + "weekday directive ('%A', '%a', '%w', or '%u').");
            }
            if (julian != null) {
                throw PyErrors.valueError("Day of the year directive '%j' is not compatible with ISO year directive "
                        + "'%G'. Use '%Y' instead.");
            }
        } else if (weekOfYear == null && isoWeek != null) {
            throw PyErrors.valueError(weekday == null
                    ? "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive "
                            + "('%A', '%a', '%w', or '%u')."
                    : "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
        }
    }

    /**
     * The day of the year (1 = 1 January; 0 or less in the year before) of a weekday (0 = Monday) in week
     * %U (weeks start on Sunday) or %W (on Monday) of year; week 0 is the days before the first such start.
     */
    private static int julianOfWeekday(int year, int week, int weekday, boolean weekStartsMonday) {
        int firstWeekday = LocalDate.of(year, 1, 1).getDayOfWeek().getValue() - 1;
        if (!weekStartsMonday) {  // count from Sunday
            firstWeekday = (firstWeekday + 1) % 7;
            weekday = (weekday + 1) % 7;
        }
        int week0Length = (7 - firstWeekday) % 7;
        return week == 0 ? 1 + weekday - firstWeekday : 1 + week0Length + 7 * (week - 1) + weekday;
    }

    /** The day of isoYear (as julianOfWeekday's) of ISO weekday (1 = Monday) of ISO week isoWeek: 4 January's week is 1. */
    private static int julianOfIsoWeekday(int isoYear, int isoWeek, int isoWeekday) {
        int correction = LocalDate.of(isoYear, 1, 4).getDayOfWeek().getValue() + 3;
        return isoWeek * 7 + isoWeekday - correction;
    }

    /** Digits after a decimal point (at most six) as microseconds: "5" is 500000. */
    private static int microseconds(String digits) {
        return Integer.parseInt((digits + "00000").substring(0, 6));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException absent) {
            return null;
        }
    }

    private static int index(String[] names, String value, int length) {
        for (int i = 0; i < names.length; i++) {
            String name = length == 0 ? names[i] : names[i].substring(0, length);
            if (name.equalsIgnoreCase(value)) {
                return i;
            }
        }
        throw new IllegalStateException("no name " + value);
    }

    /** %z's +hhmm[ss], +hh:mm or Z, in seconds east of UTC. */
    private static long parseOffset(String z) {
        if (z.equals("Z")) {
            return 0;
        }
        String digits = z.substring(1).replace(":", "");
        long seconds = Long.parseLong(digits.substring(0, 2)) * 3600 + Long.parseLong(digits.substring(2, 4)) * 60;
        if (digits.length() >= 6) {
            seconds += Long.parseLong(digits.substring(4, 6));
        }
        return z.charAt(0) == '-' ? -seconds : seconds;
    }

    /** repr of a str as CPython shows it in these messages (single quotes unless the text has one). */
    private static String repr(String s) {
        return org.gillab.model.object.PyStr.constant(s).repr();
    }
}
