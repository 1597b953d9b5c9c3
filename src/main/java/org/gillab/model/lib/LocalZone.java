package org.gillab.model.lib;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local time zone of the time module's localtime, mktime, ctime and strftime: the JVM's own at
 * first, then whatever time.tzset() read from TZ, as glibc's tzset does. Like the C library's, it is
 * the whole process's (the JVM's, as the model's working directory is). TZ may name a zone of the tz
 * database (":Europe/Paris", "EST5EDT", "UTC") or give a fixed POSIX zone ("EST5", "UTC0", "GMT+3":
 * hours west of UTC); a TZ glibc cannot read is UTC under the name its leading letters give.
 */
final class LocalZone {
    private LocalZone() {}

    /** A zone's rules and its abbreviations in standard and daylight time. */
    private record Zone(ZoneId rules, String standardName, String daylightName, boolean named) {
        static Zone region(ZoneId rules) {
            TimeZone tz = TimeZone.getTimeZone(rules);
            String standard = tz.getDisplayName(false, TimeZone.SHORT, Locale.ROOT);
            String daylight = tz.useDaylightTime() ? tz.getDisplayName(true, TimeZone.SHORT, Locale.ROOT) : standard;
            return new Zone(rules, standard, daylight, false);
        }

        static Zone fixed(String name, int secondsEast) {
            return new Zone(ZoneOffset.ofTotalSeconds(secondsEast), name, name, true);
        }
    }

    private static final Zone STARTING = Zone.region(TimeZone.getDefault().toZoneId());
    /** A POSIX TZ without daylight time: its name, then hours[:minutes] west of UTC. */
    private static final Pattern POSIX_FIXED = Pattern.compile("([A-Za-z]{3,})([+-]?)(\\d{1,2})(?::(\\d{2}))?");
    private static final Pattern LEADING_NAME = Pattern.compile("[A-Za-z]*");
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    private static volatile Zone current = STARTING;

    /** time.tzset(): the zone TZ names, or the JVM's own when TZ is unset (null). */
    static void set(String tz) {
        current = tz == null ? STARTING : parse(tz.startsWith(":") ? tz.substring(1) : tz);
    }

    private static Zone parse(String tz) {
        Matcher fixed = POSIX_FIXED.matcher(tz);
        if (fixed.matches()) {
            int west = Integer.parseInt(fixed.group(3)) * 3600 + (fixed.group(4) == null ? 0 : Integer.parseInt(fixed.group(4)) * 60);
            return Zone.fixed(fixed.group(1), fixed.group(2).equals("-") ? west : -west);
        }
        try {
            return Zone.region(ZoneId.of(tz));
        } catch (DateTimeException e) {
            Matcher name = LEADING_NAME.matcher(tz);
            name.lookingAt();
            return Zone.fixed(name.group().length() >= 3 ? name.group() : "UTC", 0);
        }
    }

    static ZoneId rules() {
        return current.rules();
    }

    /** tzname[0]: the zone's abbreviation in standard time. */
    static String standardName() {
        return current.standardName();
    }

    /** tzname[1]: the zone's abbreviation in daylight saving time (the standard one where it has none). */
    static String daylightName() {
        return current.daylightName();
    }

    /** tm_zone of a local time: the abbreviation in effect then. */
    static String nameAt(ZonedDateTime t) {
        Zone zone = current;
        return zone.named() ? zone.standardName() : ZONE_NAME.format(t);
    }

    /** The zone's offsets east of UTC in January and July of this year, standard time first (timemodule.c init_timezone). */
    static long[] offsets() {
        ZoneId rules = rules();
        int year = LocalDateTime.now().getYear();
        long january = rules.getRules().getOffset(LocalDateTime.of(year, 1, 1, 0, 0)).getTotalSeconds();
        long july = rules.getRules().getOffset(LocalDateTime.of(year, 7, 1, 0, 0)).getTotalSeconds();
        return january <= july ? new long[] {january, july} : new long[] {july, january};
    }
}
