package org.marsad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ActorCodes#threeLetters} answers the three capitals of a code from a table of strings (speed34) where
 * {@code substring} made a new one each time: it must give what {@code substring} gives, for capitals and for
 * anything else, and {@link ActorCodes#primary} what it gave with the substring.
 */
class ActorCodesTest {
    private static final List<String> CODES = List.of("RUSGOV", "SAU", "IGOUNO", "IGOARL", "NGOHRI", "IMGREB", "GOV",
            "USAMIL", "ZZZ", "AAA", "IGO", "NGOX", "IRNGOVMIL", "SYRREBIMG", "YEMCVL", "ab", "rusgov", "R@S", "RU[",
            "A1B", "عرب", "", "X", "GOVERNMENT");

    /** The primary as it was written before speed34 (a substring). */
    private static String primaryBySubstring(String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String head = code.substring(0, 3);
        if ((head.equals("IGO") || head.equals("NGO")) && code.length() >= 6) {
            return code.substring(0, 6);
        }
        if (ActorCodes.isRoleOnly(code)) {
            return null;
        }
        return head;
    }

    @Test
    void everyWindowOfThreeIsTheSubstring() {
        for (String code : CODES) {
            for (int from = 0; from + 3 <= code.length(); from++) {
                assertEquals(code.substring(from, from + 3), ActorCodes.threeLetters(code, from), code + " at " + from);
            }
        }
        // every capital at every place, and the characters either side of A..Z
        for (char c = '@'; c <= '['; c++) {
            for (String code : List.of(c + "BC", "A" + c + "C", "AB" + c, "X" + c + c + c)) {
                assertEquals(code.substring(0, 3), ActorCodes.threeLetters(code, 0), code);
                assertEquals(code.substring(code.length() - 3), ActorCodes.threeLetters(code, code.length() - 3), code);
            }
        }
    }

    @Test
    void theSameCapitalsGiveTheSameStringAndShortCodesThrowAsSubstringDoes() {
        assertSame(ActorCodes.threeLetters("RUSGOV", 0), ActorCodes.threeLetters("RUSMIL", 0));
        assertSame(ActorCodes.threeLetters("RUSGOV", 3), ActorCodes.threeLetters("GOV", 0));
        assertThrows(StringIndexOutOfBoundsException.class, () -> ActorCodes.threeLetters("RU", 0));
        assertThrows(StringIndexOutOfBoundsException.class, () -> ActorCodes.threeLetters("RUSGO", 3));
    }

    @Test
    void thePrimaryIsWhatTheSubstringGave() {
        for (String code : CODES) {
            assertEquals(primaryBySubstring(code), ActorCodes.primary(code), code);
        }
        assertEquals(null, ActorCodes.primary(null));
    }

    /** The role codes as {@code ActorCodes.Roles} lists them: its table (speed41) must answer what this set answers. */
    private static final java.util.Set<String> ROLES_AS_LISTED = java.util.Set.of(
            "GOV", "MIL", "COP", "REB", "OPP", "CVL", "MED", "BUS", "JUD", "LEG", "SPY", "EDU", "REL",
            "HLH", "LAB", "REF", "ELI", "PTY", "AGR", "CRM", "SEC", "ENV", "HRI", "MOD", "RAD", "UAF",
            "INS", "SEP", "DEV", "NGO", "IGO");

    @Test
    void aRoleIsWhatTheSetOfRolesHolds() {
        // every string of three characters from '@' to '[' (A..Z and the characters either side), and the list's codes
        for (char a = '@'; a <= '['; a++) {
            for (char b = '@'; b <= '['; b++) {
                for (char c = '@'; c <= '['; c++) {
                    String code = "" + a + b + c;
                    assertEquals(ROLES_AS_LISTED.contains(code), ActorCodes.Roles.isRole(code), code);
                }
            }
        }
        for (String code : CODES) {
            assertEquals(ROLES_AS_LISTED.contains(code), ActorCodes.Roles.isRole(code), code);
        }
        assertEquals(31, ROLES_AS_LISTED.size());
        assertThrows(NullPointerException.class, () -> ActorCodes.Roles.isRole(null));
    }
}
