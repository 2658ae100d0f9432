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
