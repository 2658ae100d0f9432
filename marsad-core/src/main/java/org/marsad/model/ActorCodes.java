package org.marsad.model;

/** Helpers for CAMEO actor codes: a 3-letter country/region code, or a 6-letter IGO/NGO/IMG code, plus roles. */
public final class ActorCodes {
    private ActorCodes() {
    }

    /** The primary actor of a code: RUSGOV → RUS, IGOUNO → IGOUNO, IMGREB → IMG, GOV → null. */
    public static String primary(String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String head = threeLetters(code, 0);
        if ((head.equals("IGO") || head.equals("NGO")) && code.length() >= 6) {
            return code.substring(0, 6);
        }
        if (isRoleOnly(code)) {
            return null;
        }
        return head;
    }

    /** Every string of three capitals, made when first asked (a racy fill of immutable strings: any copy is equal). */
    private static final String[] THREE_LETTERS = new String[26 * 26 * 26];

    /**
     * {@code code.substring(from, from + 3)}, the same string for the same three capitals A-Z: the coder asks the
     * country of a composed code (RUSGOV → RUS) and its role many times over (a substring each was 2 % of the bytes it
     * allocated: speed34). Other characters, or fewer than three of them, as {@code substring} would.
     */
    public static String threeLetters(String code, int from) {
        if (from < 0 || from + 3 > code.length()) {
            return code.substring(from, from + 3);
        }
        int a = code.charAt(from) - 'A';
        int b = code.charAt(from + 1) - 'A';
        int c = code.charAt(from + 2) - 'A';
        if ((a | b | c) < 0 || a >= 26 || b >= 26 || c >= 26) {
            return code.substring(from, from + 3);
        }
        int i = (a * 26 + b) * 26 + c;
        String s = THREE_LETTERS[i];
        if (s == null) {
            s = code.substring(from, from + 3);
            THREE_LETTERS[i] = s;
        }
        return s;
    }

    /** True for codes that name only a role with no country (GOV, MIL, CVL ...). */
    public static boolean isRoleOnly(String code) {
        return code != null && code.length() == 3 && Roles.isRole(code);
    }

    /** Known CAMEO role (agent) codes that may follow a country code. */
    public static final class Roles {
        private static final java.util.Set<String> ROLES = java.util.Set.of(
                "GOV", "MIL", "COP", "REB", "OPP", "CVL", "MED", "BUS", "JUD", "LEG", "SPY", "EDU", "REL",
                "HLH", "LAB", "REF", "ELI", "PTY", "AGR", "CRM", "SEC", "ENV", "HRI", "MOD", "RAD", "UAF",
                "INS", "SEP", "DEV", "NGO", "IGO");

        private Roles() {
        }

        /** By {@code (a * 26 + b) * 26 + c} of three capitals A-Z: whether they are in {@link #ROLES}. */
        private static final boolean[] TABLE = new boolean[26 * 26 * 26];

        static {
            for (String r : ROLES) {
                TABLE[((r.charAt(0) - 'A') * 26 + r.charAt(1) - 'A') * 26 + r.charAt(2) - 'A'] = true;
            }
        }

        /**
         * {@code ROLES.contains(code)}, read from a table by the three letters: the set's look-up hashed the code and
         * compared it (0.4 % of the coding thread, JFR, BENCHMARKS.md speed40).
         */
        public static boolean isRole(String code) {
            if (code.length() != 3) { // null throws as the set's look-up did
                return false;
            }
            int a = code.charAt(0) - 'A';
            int b = code.charAt(1) - 'A';
            int c = code.charAt(2) - 'A';
            if ((a | b | c) < 0 || a >= 26 || b >= 26 || c >= 26) {
                return false;
            }
            return TABLE[(a * 26 + b) * 26 + c];
        }
    }
}
