package org.marsad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.marsad.store.Filter;
import org.marsad.store.FullText;
import org.marsad.text.AnalyzedText;

/** Reads and checks query parameters: every bad value is a {@link BadRequest} naming the parameter. */
final class Params {
    static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,4}");
    static final int MAX_TEXT = 500;

    private Params() {
    }

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw new BadRequest("parameter '" + name + "' is too long (at most " + MAX_TEXT + " characters)");
        }
        return v.strip();
    }

    static String actor(Context ctx, String name) {
        return actorValue(name, text(ctx, name));
    }

    static String actorValue(String name, String v) {
        if (v == null) {
            return null;
        }
        if (!ACTOR.matcher(v).matches()) {
            throw new BadRequest("parameter '" + name + "' must be an actor code prefix of letters and digits (RUS, RUSGOV, IGOUNO)");
        }
        return v.toUpperCase(Locale.ROOT);
    }

    static String digits(Context ctx, String name, String example) {
        String v = text(ctx, name);
        if (v != null && !DIGITS.matcher(v).matches()) {
            throw new BadRequest("parameter '" + name + "' must be a CAMEO code of digits (" + example + ")");
        }
        return v;
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest("parameter '" + name + "' must be a date YYYY-MM-DD (got '" + abbreviate(v) + "')");
        }
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("parameter '" + name + "' must be a whole number from " + min + " to " + max);
        }
    }

    static boolean bool(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadRequest("parameter '" + name + "' must be true or false");
        };
    }

    static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type, E dflt) {
        String v = text(ctx, name);
        if (v == null) {
            return dflt;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw new BadRequest("parameter '" + name + "' must be one of " + names);
    }

    /** The filter every list and count endpoint takes: actor, source, target, root, code, quad, from, to, place, outlet, q. */
    static Filter filter(Context ctx, Function<String, AnalyzedText> analyzer) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("parameter 'from' (" + from + ") is after 'to' (" + to + ")");
        }
        String quad = text(ctx, "quad");
        Integer q = null;
        if (quad != null) {
            q = integer(ctx, "quad", 0, 1, 4);
        }
        String query = text(ctx, "q");
        FullText.Query fq = null;
        if (query != null) {
            fq = FullText.Query.parse(query, analyzer);
            if (fq.isEmpty()) {
                throw new BadRequest("parameter 'q' has no words to search for");
            }
        }
        return new Filter(actor(ctx, "actor"), actor(ctx, "source"), actor(ctx, "target"), digits(ctx, "root", "05"),
                digits(ctx, "code", "057"), from, to, text(ctx, "article"), bool(ctx, "duplicates"), q,
                text(ctx, "place"), text(ctx, "outlet"), fq);
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
