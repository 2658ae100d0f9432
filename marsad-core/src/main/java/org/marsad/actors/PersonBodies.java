package org.marsad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.dict.PhraseTrie;
import org.marsad.model.ActorCodes;
import org.marsad.text.Token;

/**
 * «نظام الأسد»، «قوات الأسد»، «حكومة المالكي»، «إدارة أوباما»: a group agent composed with the person named after it
 * (person-bodies.tsv lists which agents) is that person's body, not the person. The mention keeps its span and becomes
 * the agent's group: a head of state's regime or forces are the state's institution with the agent's role (SYRGOV,
 * SYRMIL: the president's code said GOV for his forces), anyone else's body has the person's code (Saleh's forces,
 * YEMREB). As a group it is no individual: the event coder does not read an attack between it and a person as words
 * between persons (Frame.verbalCode).
 */
final class PersonBodies {
    /** The end of a body's {@code why}: «title+person+body». */
    static final String WHY = "+body";

    private final PhraseTrie<NameRef> trie;
    /** agents.tsv group entries that make a body of a person, with the role of a head of state's body. */
    private final Map<ActorEntry, String> roles;

    PersonBodies(PhraseTrie<NameRef> trie, Map<ActorEntry, String> roles) {
        this.trie = trie;
        this.roles = Map.copyOf(roles);
    }

    /** The mentions, a person's that starts with a body agent made that body. */
    List<ActorMention> of(List<Token> tokens, List<ActorMention> found, LocalDate date) {
        List<ActorMention> out = null;
        for (int k = 0; k < found.size(); k++) {
            ActorMention m = found.get(k);
            if (m.entry() == null || m.entry().kind() != ActorKind.PERSON || m.end() - m.first() < 2) {
                continue;
            }
            ActorEntry agent = bodyAgent(tokens, m);
            if (agent == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.set(k, new ActorMention(m.first(), m.end(), m.span(), code(m, roles.get(agent), date), "AGENT", agent,
                    agent.nameEn() + " of " + m.nameEn(), m.why() + WHY, ActorMention.Form.NAMED, m.sentence(),
                    m.prefix()));
        }
        return out == null ? found : out;
    }

    /**
     * «والقوات الموالية للرئيس السابق علي صالح»، «وقوات موالية للمخلوع صالح»: a body agent with no code of its own right
     * before a word of loyalty that takes its patron with ل (loyalty.tsv), followed by a person (epithets with the ل
     * between allowed: «للمخلوع صالح»), is that person's body as if composed with him: Saleh's forces YEMREB in 2015,
     * Hadi's YEMMIL (a head of state's), not the bare «القوات» a Yemeni place made Yemen's army; so is one loyal to a
     * state's government or regime named with its state («الموالية للنظام السوري»: SYRMIL, pro-regime forces are no
     * rebels). The person's mention stays (loyalty.tsv: a person after these words names the agent's side).
     */
    List<ActorMention> loyalTo(List<Token> tokens, List<ActorMention> found, LocalDate date,
                               java.util.function.Predicate<Token> loyalWithLam,
                               java.util.function.Predicate<Token> epithet) {
        List<ActorMention> out = null;
        for (int k = 0; k + 1 < found.size(); k++) {
            ActorMention agent = found.get(k);
            if (agent.form() != ActorMention.Form.AGENT_ONLY || agent.entry() == null
                    || !roles.containsKey(agent.entry()) || agent.end() + 1 >= tokens.size()
                    || !loyalWithLam.test(tokens.get(agent.end()))
                    || !tokens.get(agent.end() + 1).norm().startsWith("ل")) {
                continue;
            }
            ActorMention person = found.get(k + 1);
            // a government or a head of state named by title, not a former one: «للرئيس اليمني السابق علي صالح»
            boolean government = person.form() == ActorMention.Form.NAMED && "GOV".equals(person.role())
                    && !epithetIn(tokens, person.first() + 1, Math.min(person.end() + 1, tokens.size()), epithet);
            if (person.entry() == null || person.code() == null
                    || person.entry().kind() != ActorKind.PERSON && !government
                    || person.sentence() != agent.sentence() || person.first() <= agent.end()) {
                continue;
            }
            boolean between = true;
            for (int i = agent.end() + 1; between && i < person.first(); i++) {
                between = epithet.test(tokens.get(i));
            }
            if (!between) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            ActorEntry body = agent.entry();
            out.set(k, new ActorMention(agent.first(), agent.end(), agent.span(), code(person, roles.get(body), date),
                    "AGENT", body, body.nameEn() + " loyal to " + person.nameEn(), agent.why() + "+loyal" + WHY,
                    ActorMention.Form.NAMED, agent.sentence(), agent.prefix()));
        }
        return out == null ? found : out;
    }

    /** Whether a token of {@code from} to {@code to} (exclusive) is an epithet (السابق، المخلوع). */
    private static boolean epithetIn(List<Token> tokens, int from, int to, java.util.function.Predicate<Token> epithet) {
        for (int i = from; i < to; i++) {
            if (epithet.test(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The body agent the mention starts with, ending before the person's name; null if none. */
    private ActorEntry bodyAgent(List<Token> tokens, ActorMention m) {
        PhraseTrie.Match<NameRef> match = trie.longestAt(tokens, m.first(), m.end());
        if (match == null || match.end() >= m.end()) {
            return null;
        }
        for (NameRef ref : match.values()) {
            if (roles.containsKey(ref.entry())) {
                return ref.entry();
            }
        }
        return null;
    }

    /**
     * A head of state's or government's body is the state's, with the body's role; one of a person who held such an
     * office before («نظام القذافي»: his code is then the bare country) too; anyone else's keeps the person's code.
     */
    private static String code(ActorMention person, String bodyRole, LocalDate date) {
        String code = person.code();
        String state = ActorCodes.primary(code);
        if (state == null || state.length() != 3) {
            return code; // an international organization's officer
        }
        String role = person.role();
        boolean governs = "GOV".equals(role)
                || role == null && person.entry().roles().stream().anyMatch(r -> r.code().equals(state + "GOV"));
        return governs ? state + bodyRole : code;
    }
}
