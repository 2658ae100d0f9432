package org.marsad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.actors.ActorEntry;
import org.marsad.actors.ActorKind;
import org.marsad.actors.NameRef;
import org.marsad.actors.PersonRole;
import org.marsad.events.Frame;
import org.marsad.events.Pattern;
import org.marsad.places.GazetteerPlace;

/**
 * The records whose equals and hashCode are written out (so that loading the dictionaries does not make them from
 * method handles: BENCHMARKS.md, speed27) keep the definition a record's generated methods have: equal exactly when
 * every component is equal, and (but for TimeLexicon's phrase, hashed by its words) the hash 31 * h + each component's
 * hash from 0 — which a record with generated methods is checked to have too. A component added to one of them and
 * forgotten in its methods fails here.
 */
class WrittenOutRecordMethodsTest {
    /** A record with the generated methods: the definition the written-out ones must keep. */
    record Control(String a, boolean b, long c, char d, Double e, List<String> f) {
    }

    private static final ActorEntry PUTIN = new ActorEntry("people:putin", ActorKind.PERSON, "RUSGOV", "PERS",
            "Vladimir Putin", false, false, List.of(new PersonRole("RUSGOV", LocalDate.of(2012, 5, 7), null)));
    private static final ActorEntry ARMY = new ActorEntry("agents:army", ActorKind.AGENT, "MIL", "AGENT", "army",
            true, true, List.of());

    @Test
    void theControlRecordHasTheDefinitionChecked() throws Exception {
        check(Control.class, new Object[] {"x", true, 3L, 'v', 1.5, List.of("a")},
                new Object[] {"y", false, 4L, 'n', null, List.of()}, true);
    }

    @Test
    void actorEntriesAndTheirRoles() throws Exception {
        check(ActorEntry.class, components(PUTIN), components(ARMY), true);
        check(PersonRole.class, new Object[] {"SAUGOV", LocalDate.of(2015, 1, 23), null},
                new Object[] {"SAUMIL", null, LocalDate.of(2015, 4, 29)}, true);
        check(NameRef.class, new Object[] {PUTIN, false}, new Object[] {ARMY, true}, true);
    }

    @Test
    void patternsAndPlaces() throws Exception {
        Frame other = new Frame(true, false, false, List.of("مع"), false, false, false, false, null, false, false,
                false, false, false, false, false, false, null, false, false, null, null, List.of(), false, null, null, false, "named");
        check(Pattern.class, new Object[] {"042", 'V', "زار", List.of(), Frame.DEFAULT, "patterns.tsv:10"},
                new Object[] {"036", 'N', "لقاء", null, other, "patterns.tsv:11"}, true);
        check(GazetteerPlace.class, new Object[] {"108410", "Riyadh", "SAU", 24.69, 46.72, 4_205_961L, "PPLC"},
                new Object[] {"YEM", "Yemen", "YEM", null, null, 0L, GazetteerPlace.COUNTRY}, true);
    }

    @Test
    void timeWords() throws Exception {
        Class<?> cue = Class.forName("org.marsad.time.Cue");
        Class<?> cueWord = Class.forName("org.marsad.time.Lex$CueWord");
        Object[] cues = cue.getEnumConstants();
        check(cueWord, new Object[] {cues[0]}, new Object[] {cues[1]}, true);
        Constructor<?> word = canonical(cueWord);
        check(Class.forName("org.marsad.time.TimeLexicon$Phrase"),
                new Object[] {List.of("في"), word.newInstance(cues[0])},
                new Object[] {List.of("خلال"), word.newInstance(cues[1])}, false);
    }

    /**
     * Checks {@code type}'s equals and hashCode on {@code base}'s components and on every copy of them with one
     * component taken from {@code other} (each of which must differ from {@code base}'s).
     */
    private static void check(Class<?> type, Object[] base, Object[] other, boolean recordHash) throws Exception {
        Constructor<?> make = canonical(type);
        RecordComponent[] cs = type.getRecordComponents();
        assertEquals(cs.length, base.length, type.getSimpleName() + ": one value per component");
        Object a = make.newInstance(base);
        Object same = make.newInstance(base.clone());
        assertEquals(a, same, type.getSimpleName());
        assertEquals(a.hashCode(), same.hashCode(), type.getSimpleName());
        assertNotEquals(a, null);
        assertNotEquals(a, "not a " + type.getSimpleName());
        for (int i = 0; i < cs.length; i++) {
            Object[] changed = base.clone();
            changed[i] = other[i];
            Object b = make.newInstance(changed);
            assertNotEquals(a, b, type.getSimpleName() + " differing in " + cs[i].getName());
            assertNotEquals(b, a, type.getSimpleName() + " differing in " + cs[i].getName());
        }
        for (Object[] values : List.of(base, other)) {
            Object r = make.newInstance(values);
            if (recordHash) {
                int h = 0;
                for (Object v : values) {
                    h = 31 * h + java.util.Objects.hashCode(v); // a boxed primitive hashes as its type's static hashCode
                }
                assertEquals(h, r.hashCode(), type.getSimpleName() + Arrays.toString(values));
            }
        }
        assertTrue(make.newInstance(other).equals(make.newInstance(other.clone())), type.getSimpleName());
    }

    private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        Class<?>[] params = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> c = type.getDeclaredConstructor(params);
        c.setAccessible(true);
        return c;
    }

    private static Object[] components(Record r) throws Exception {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] out = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = cs[i].getAccessor().invoke(r);
        }
        return out;
    }
}
