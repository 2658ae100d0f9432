package org.marsad.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marsad.model.Event;
import org.marsad.text.ArabicNormalizer;

/**
 * A watch rule: which coded events should raise an alert. Written as a small YAML file, for example
 *
 * <pre>
 * name: dprk-arms-transfers
 * title: North Korean arms transfers
 * actors: [PRK]                 # source or target; a prefix: PRK matches PRKGOV, PRKMIL
 * codes: ["07", "0332", "0333"] # CAMEO code prefixes (roots: [19] for whole roots)
 * keywords: [ذخائر, صواريخ]      # any of them in the normalized evidence or sentence
 * min_sources: 1
 * </pre>
 *
 * <p>Every criterion given must hold; within a criterion, any value will do. {@code roots} and {@code codes}
 * together are one criterion (an event in one of the roots or under one of the codes). Criteria: {@code actors},
 * {@code sources}, {@code targets} (actor code prefixes), {@code dyads} ({@code "PRK->RUS"} source to target,
 * {@code "PRK<->RUS"} either way), {@code roots}, {@code codes}, {@code quad_class} (1-4), {@code places} (the
 * event location's country code, ISO alpha-3), {@code keywords} (matched on text normalized by
 * {@link ArabicNormalizer}, so أسلحة finds اسلحة and الأسلحة), {@code min_sources} (distinct outlets reporting
 * the story, default 1) and {@code include_negated} (default false: «لم توقع» raises nothing). An optional
 * {@code webhook} URL receives each new alert as a signed JSON POST ({@link Webhook}), with the shared secret
 * read from the environment variable named by {@code webhook_secret_env} (default {@code MARSAD_WEBHOOK_SECRET}).
 */
public final class WatchRule {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,12}");

    /** The YAML as Jackson reads it; unknown keys are errors, so that a typo never silently widens a rule. */
    static final class Spec {
        public String name;
        public String title;
        public String description;
        public List<String> actors;
        public List<String> sources;
        public List<String> targets;
        public List<String> dyads;
        public List<String> roots;
        public List<String> codes;
        @JsonProperty("quad_class")
        public List<Integer> quadClass;
        public List<String> places;
        public List<String> keywords;
        @JsonProperty("min_sources")
        public Integer minSources;
        @JsonProperty("include_negated")
        public Boolean includeNegated;
        public String webhook;
        @JsonProperty("webhook_secret_env")
        public String webhookSecretEnv;
    }

    /** A source→target pair of actor code prefixes; {@code either} also matches target→source. */
    public record Dyad(String source, String target, boolean either) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String yaml;
    private final String name;
    private final String title;
    private final String description;
    private final List<String> actors;
    private final List<String> sources;
    private final List<String> targets;
    private final List<Dyad> dyads;
    private final List<String> roots;
    private final List<String> codes;
    private final List<Integer> quadClass;
    private final List<String> places;
    private final List<String> keywords; // normalized
    private final List<String> keywordsAsWritten;
    private final int minSources;
    private final boolean includeNegated;
    private final String webhook;
    private final String webhookSecretEnv;

    private WatchRule(String yaml, Spec s) {
        this.yaml = yaml;
        if (s.name == null || !NAME.matcher(s.name.strip()).matches()) {
            throw new IllegalArgumentException("a rule needs a name of letters, digits, '.', '_' or '-' (name: "
                    + (s.name == null ? "missing" : "'" + s.name + "'") + ")");
        }
        name = s.name.strip();
        title = s.title == null || s.title.isBlank() ? name : s.title.strip();
        description = s.description == null ? null : s.description.strip();
        actors = codes("actors", s.actors);
        sources = codes("sources", s.sources);
        targets = codes("targets", s.targets);
        dyads = new ArrayList<>();
        if (s.dyads != null) {
            for (String d : s.dyads) {
                dyads.add(dyad(d));
            }
        }
        roots = new ArrayList<>();
        for (String r : codes("roots", s.roots)) {
            if (!r.matches("[0-9]{1,2}")) {
                throw new IllegalArgumentException("roots: '" + r + "' is not a CAMEO root (01-20)");
            }
            roots.add(r.length() == 1 ? "0" + r : r);
        }
        codes = codes("codes", s.codes);
        for (String c : codes) {
            if (!c.matches("[0-9]{2,4}")) {
                throw new IllegalArgumentException("codes: '" + c + "' is not a CAMEO code (057, 0332, 19)");
            }
        }
        quadClass = s.quadClass == null ? List.of() : List.copyOf(s.quadClass);
        for (int q : quadClass) {
            if (q < 1 || q > 4) {
                throw new IllegalArgumentException("quad_class: " + q + " is not 1, 2, 3 or 4");
            }
        }
        places = codes("places", s.places);
        keywords = new ArrayList<>();
        keywordsAsWritten = new ArrayList<>();
        if (s.keywords != null) {
            for (String k : s.keywords) {
                String n = normalize(k).strip();
                if (n.isEmpty()) {
                    throw new IllegalArgumentException("keywords: an empty keyword");
                }
                keywords.add(n);
                keywordsAsWritten.add(k.strip());
            }
        }
        minSources = s.minSources == null ? 1 : s.minSources;
        if (minSources < 1) {
            throw new IllegalArgumentException("min_sources must be 1 or more");
        }
        includeNegated = Boolean.TRUE.equals(s.includeNegated);
        webhook = s.webhook == null || s.webhook.isBlank() ? null : s.webhook.strip();
        if (webhook != null && !webhook.startsWith("http://") && !webhook.startsWith("https://")) {
            throw new IllegalArgumentException("webhook must be an http:// or https:// URL");
        }
        webhookSecretEnv = s.webhookSecretEnv == null || s.webhookSecretEnv.isBlank() ? "MARSAD_WEBHOOK_SECRET"
                : s.webhookSecretEnv.strip();
        if (actors.isEmpty() && sources.isEmpty() && targets.isEmpty() && dyads.isEmpty() && roots.isEmpty()
                && codes.isEmpty() && quadClass.isEmpty() && places.isEmpty() && keywords.isEmpty()) {
            throw new IllegalArgumentException("rule " + name + " has no criterion: it would match every event");
        }
    }

    /** Reads a rule from its YAML text; {@code origin} (a file name) is used in messages. */
    public static WatchRule parse(String yaml, String origin) {
        try {
            Spec s = YAML.readValue(yaml, Spec.class);
            if (s == null) {
                throw new IllegalArgumentException(origin + ": empty rule");
            }
            return new WatchRule(yaml, s);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(origin + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(origin + ": not a YAML rule: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(origin + ":")) {
                throw e;
            }
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }

    private static List<String> codes(String field, List<String> values) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String v : values) {
            String c = v == null ? "" : v.strip().toUpperCase(Locale.ROOT);
            if (!CODE.matcher(c).matches()) {
                throw new IllegalArgumentException(field + ": '" + v + "' is not a code");
            }
            out.add(c);
        }
        return out;
    }

    private static Dyad dyad(String d) {
        String s = d == null ? "" : d.strip().toUpperCase(Locale.ROOT);
        boolean either = s.contains("<->");
        String[] parts = s.split("\\s*(<->|->|\\s)\\s*");
        if (parts.length != 2 || !CODE.matcher(parts[0]).matches() || !CODE.matcher(parts[1]).matches()) {
            throw new IllegalArgumentException("dyads: '" + d + "' is not SOURCE->TARGET or A<->B");
        }
        return new Dyad(parts[0], parts[1], either);
    }

    /** Marsad's normalization (ArabicNormalizer) with every run of non-letters made one space. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return " " + ArabicNormalizer.normalize(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The YAML the rule was read from, as written. */
    public String yaml() {
        return yaml;
    }

    public int minSources() {
        return minSources;
    }

    public String webhook() {
        return webhook;
    }

    public String webhookSecretEnv() {
        return webhookSecretEnv;
    }

    /** True when matching needs the article's text (the rule has keywords). */
    public boolean needsText() {
        return !keywords.isEmpty();
    }

    /** A one-line account of the criteria, for listings. */
    public String criteria() {
        List<String> parts = new ArrayList<>();
        if (!actors.isEmpty()) {
            parts.add("actors " + String.join("|", actors));
        }
        if (!sources.isEmpty()) {
            parts.add("sources " + String.join("|", sources));
        }
        if (!targets.isEmpty()) {
            parts.add("targets " + String.join("|", targets));
        }
        if (!dyads.isEmpty()) {
            parts.add("dyads " + String.join("|", dyads.stream()
                    .map(d -> d.source() + (d.either() ? "<->" : "->") + d.target()).toList()));
        }
        if (!roots.isEmpty() || !codes.isEmpty()) {
            List<String> rc = new ArrayList<>(roots.stream().map(r -> r + "*").toList());
            rc.addAll(codes);
            parts.add("codes " + String.join("|", rc));
        }
        if (!quadClass.isEmpty()) {
            parts.add("quad " + quadClass);
        }
        if (!places.isEmpty()) {
            parts.add("places " + String.join("|", places));
        }
        if (!keywordsAsWritten.isEmpty()) {
            parts.add("keywords " + String.join("|", keywordsAsWritten));
        }
        if (minSources > 1) {
            parts.add("min sources " + minSources);
        }
        return String.join("; ", parts);
    }

    /**
     * True when the event passes every criterion but {@code min_sources} (a property of its story, checked by the
     * store). {@code evidence} and {@code sentence} are the article's text of the event's evidence and sentence;
     * they may be null when {@link #needsText()} is false.
     */
    public boolean matches(Event e, String evidence, String sentence) {
        if (e.negated() && !includeNegated) {
            return false;
        }
        String src = e.source() == null ? null : e.source().code();
        String tgt = e.target() == null ? null : e.target().code();
        if (!actors.isEmpty() && !anyPrefix(actors, src) && !anyPrefix(actors, tgt)) {
            return false;
        }
        if (!sources.isEmpty() && !anyPrefix(sources, src)) {
            return false;
        }
        if (!targets.isEmpty() && !anyPrefix(targets, tgt)) {
            return false;
        }
        if (!dyads.isEmpty() && dyads.stream().noneMatch(d -> prefix(d.source(), src) && prefix(d.target(), tgt)
                || d.either() && prefix(d.source(), tgt) && prefix(d.target(), src))) {
            return false;
        }
        if ((!roots.isEmpty() || !codes.isEmpty()) && !roots.contains(e.cameoRoot()) && !anyPrefix(codes, e.cameoCode())) {
            return false;
        }
        if (!quadClass.isEmpty() && !quadClass.contains(e.quadClass())) {
            return false;
        }
        if (!places.isEmpty() && (e.location() == null || !anyPrefix(places, e.location().country()))) {
            return false;
        }
        if (!keywords.isEmpty()) {
            String text = normalize((evidence == null ? "" : evidence) + " " + (sentence == null ? "" : sentence));
            // matched inside words too: Arabic attaches و، ب، ال to them (بالصواريخ)
            if (keywords.stream().noneMatch(text::contains)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyPrefix(List<String> prefixes, String code) {
        if (code == null) {
            return false;
        }
        for (String p : prefixes) {
            if (code.toUpperCase(Locale.ROOT).startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean prefix(String p, String code) {
        return code != null && code.toUpperCase(Locale.ROOT).startsWith(p);
    }

    @Override
    public String toString() {
        return name + " (" + criteria() + ")";
    }
}
