package org.gillab.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cells executed in this session (with store_history), for history_request: the last n, a range of
 * execution counts, or a glob search, as IPython's history manager answers them. Session 0 means the
 * current one, as in IPython.
 */
final class History {
    static final int SESSION = 1;

    /** One executed cell: [session, execution count, code] on the wire. */
    record Entry(int line, String code) {
        List<Object> toWire() {
            return List.of(SESSION, line, code);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(int line, String code) {
        entries.add(new Entry(line, code));
    }

    synchronized List<Entry> tail(int n) {
        return List.copyOf(entries.subList(Math.max(0, entries.size() - n), entries.size()));
    }

    /** Cells with start <= count < stop; a negative start counts from the end, stop 0 or absent means "to the end". */
    synchronized List<Entry> range(int session, int start, int stop) {
        if (session != 0 && session != SESSION) {
            return List.of();
        }
        int last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).line();
        int from = start < 0 ? last + start + 1 : start;
        int to = stop <= 0 ? last + 1 : stop;
        return entries.stream().filter(e -> e.line() >= from && e.line() < to).toList();
    }

    /** The last n cells matching a glob ({@code *} any text, {@code ?} one character), each code once when unique. */
    synchronized List<Entry> search(String glob, int n, boolean unique) {
        Pattern pattern = globToRegex(glob);
        LinkedHashMap<String, Entry> found = new LinkedHashMap<>();
        List<Entry> matches = new ArrayList<>();
        for (Entry entry : entries) {
            if (pattern.matcher(entry.code()).matches()) {
                if (unique) {
                    found.remove(entry.code());
                    found.put(entry.code(), entry);
                } else {
                    matches.add(entry);
                }
            }
        }
        List<Entry> result = unique ? new ArrayList<>(found.values()) : matches;
        return n > 0 ? result.subList(Math.max(0, result.size() - n), result.size()) : result;
    }

    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
