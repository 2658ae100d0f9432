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
        String head = code.substring(0, 3);
        if ((head.equals("IGO") || head.equals("NGO")) && code.length() >= 6) {
            return code.substring(0, 6);
        }
        if (isRoleOnly(code)) {
            return null;
        }
        return head;
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

        public static boolean isRole(String code) {
            return ROLES.contains(code);
        }
    }
}
