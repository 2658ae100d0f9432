package org.marsad.actors;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.ActorCodes;
import org.marsad.model.Span;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * «مسلحو التنظيم»، «قوات التحالف»، «الناطق باسم الحركة»، «الأمين العام للمنظمة»: an agent with no country in construct
 * with an organization named by its generic head noun («التنظيم» after «تنظيم داعش»; found only once the whole article
 * was read) is that organization's, as an agent before the organization's full name already is (ActorMatcher.compose:
 * «مسلحو تنظيم داعش» IMGREB). Left apart, the agent took the country of the sentence's place and became a party of its
 * own: ISIS's gunmen as Syrian rebels fighting ISIS, the coalition's forces as Yemen's army supporting the coalition.
 */
final class AgentsOfOrganizations {
    private AgentsOfOrganizations() {
    }

    static List<ActorMention> merged(List<Token> tokens, List<ActorMention> found) {
        List<ActorMention> out = null;
        for (int k = 1; k < found.size(); k++) {
            ActorMention agent = found.get(k - 1);
            ActorMention org = found.get(k);
            if (!isBackReference(org) || agent.form() != ActorMention.Form.AGENT_ONLY || "OPP".equals(agent.code())
                    || agent.end() != org.first() || agent.sentence() != org.sentence()
                    || !construct(tokens, agent, org)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            int at = out.indexOf(agent);
            out.set(at, new ActorMention(agent.first(), org.end(), new Span(agent.span().start(), org.span().end()),
                    code(agent.code(), org.code()), "AGENT", agent.entry(), agent.nameEn() + " of " + org.nameEn(),
                    "agent+organization-" + org.why(), ActorMention.Form.NAMED, agent.sentence(), agent.prefix()));
            out.remove(at + 1);
        }
        return out == null ? found : out;
    }

    /**
     * «التنظيم»، «الحركة»: an organization read from its generic head noun (ActorMatcher.withAliases), after its full
     * name or by the article's war («قوات التحالف», coalition-settings.tsv).
     */
    private static boolean isBackReference(ActorMention m) {
        return "ORG".equals(m.type()) && ("alias".equals(m.why()) || "setting-alias".equals(m.why())) && m.isActor() && m.end() - m.first() == 1;
    }

    /**
     * The agent heads a genitive construct with the organization: it has no article itself («مسلحو التنظيم»، «الناطق
     * باسم الحركة») or the organization has لـ («الأمين العام للمنظمة»). Not after و or ف (another actor of a list), and
     * not a definite agent before a definite noun: «وتقاتل القوات النظامية التنظيم» — the organization is the object.
     */
    private static boolean construct(List<Token> tokens, ActorMention agent, ActorMention org) {
        String prefix = articleReading(tokens.get(org.first())).prefix();
        if (prefix.startsWith("و") || prefix.startsWith("ف")) {
            return false;
        }
        char preposition = new Segment(prefix, "", "").preposition();
        return preposition == 'ل'
                || preposition == 0 && !tokens.get(agent.end() - 1).segments().get(0).hasArticle();
    }

    /** The reading with the article that made the word a back-reference (ActorMatcher.withAliases): لل+منظمه. */
    private static Segment articleReading(Token t) {
        for (Segment s : t.segments()) {
            if (s.suffix().isEmpty() && s.hasArticle()) {
                return s;
            }
        }
        return t.segments().get(0);
    }

    /** The organization's code, with its own role if it has one (IMGREB), else the agent's (as compose does). */
    private static String code(String agentRole, String orgCode) {
        String primary = ActorCodes.primary(orgCode);
        return primary.length() == 6 || orgCode.length() > primary.length() ? orgCode : primary + agentRole;
    }
}
