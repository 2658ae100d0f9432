package org.marsad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.actors.ActorMention;
import org.marsad.dict.TsvFile;

/**
 * The camps of a war whose members fight side by side (actors/alliances.tsv: Assad's regime, Hezbollah, Iran and, from
 * 30 September 2015, Russia; the FSA and the Syrian opposition; Hadi, the Saudi-led coalition and Yemen's Popular
 * Resistance), each member from a day to a day. Read once.
 */
final class Alliances {

    /** One member's time in one camp. */
    private record Membership(String camp, LocalDate from, LocalDate to) {
        boolean holds(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** Memberships by entry id or full actor code. */
    private static final Map<String, List<Membership>> BY_MEMBER = load();

    private Alliances() {
    }

    private static Map<String, List<Membership>> load() {
        Map<String, List<Membership>> m = new HashMap<>();
        for (TsvFile.Row r : TsvFile.read("marsad/actors/alliances.tsv", 4, true)) {
            Membership s = new Membership(r.col(0), day(r, r.opt(2), false), day(r, r.opt(3), true));
            m.computeIfAbsent(r.col(1), k -> new ArrayList<>()).add(s);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(m);
    }

    private static LocalDate day(TsvFile.Row r, String s, boolean last) {
        if (s == null) {
            return null;
        }
        try {
            if (s.length() == 4) {
                int year = Integer.parseInt(s);
                return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            return LocalDate.parse(s);
        } catch (RuntimeException e) {
            throw r.error("not a year or a day: " + s);
        }
    }

    private static List<Membership> of(ActorMention m) {
        List<Membership> s = m.entry() == null ? null : BY_MEMBER.get(m.entry().id());
        return s != null || m.code() == null || !m.isActor() ? s : BY_MEMBER.get(m.code());
    }

    /** Whether {@code x} and {@code y} were of one camp on {@code day} (never when the day is unknown). */
    static boolean sameCamp(ActorMention x, ActorMention y, LocalDate day) {
        if (day == null || x == null || y == null) {
            return false;
        }
        List<Membership> a = of(x);
        List<Membership> b = a == null ? null : of(y);
        if (b == null) {
            return false;
        }
        for (Membership p : a) {
            for (Membership q : b) {
                if (p.camp().equals(q.camp()) && p.holds(day) && q.holds(day)) {
                    return true;
                }
            }
        }
        return false;
    }
}
