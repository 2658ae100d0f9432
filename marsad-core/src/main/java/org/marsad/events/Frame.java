package org.marsad.events;

import java.util.List;

/**
 * How a pattern finds its source and target (the {@code frame} column of patterns.tsv).
 *
 * @param symmetric    code both directions (meet, talks, sign)
 * @param visit        subject visits object/place: visitor→host with the pattern's code, host→visitor 043
 * @param host         subject hosts object: host→guest with the pattern's code, guest→host 042
 * @param targetPreps  prepositions that introduce the target; empty: the direct object is the target
 * @param noSource     the cue names no source itself (passive)
 * @param self         one-actor events allowed: the target is the source's own country
 * @param genitiveObject a masdar's lone genitive is the one acted upon (اغتيال الحريري), not the agent
 * @param targetInContent without an object, the target is named in the threat's content: a condition
 *                        (هددت المملكة ... إذا استخدمت إيران) or the words after a colon (تهدد: لن نترك أمريكيا)
 * @param verbalCode      the code when both sides are individuals (a named person, one office-holder): هاجم
 *                        between two politicians is a verbal attack (111), between armies a military one; or null
 * @param passive         (verbs) the unvocalized form is as often passive as active (قتل is also قُتل): the
 *                        agent is only the verb's own subject, never borrowed from the speaker or the sentence
 * @param patient         the verb's subject suffered the act (تعرض لهجوم، نجا من محاولة اغتيال): it is the target,
 *                        and the agent stays unidentified
 * @param writtenHamza    the head must be written with a hamza in the text: the normalizer folds أ to ا, and the 3ms
 *                        past هنأ (congratulated) would otherwise be هنا (here), as common as any word
 * @param circumstantial  the cue is a circumstantial participle (ḥāl: داعيا، مطالبا) closing a clause: it tells what
 *                        that clause's speaker or subject did while speaking, and the actor after it is its object
 * @param owner           what the target preposition governs may be a thing (words, a decision, raids) and not an
 *                        actor: then the one whose thing it is (its genitive, its nationality adjective, or لـ + actor)
 *                        is the target: «احتجاجا على "التصريحات العدائية" لعدد من المسؤولين الايرانيين» is aimed at Iran
 * @param allies          (fighting) a phrase of side right after the cue or its subject (modifiers.tsv side: إلى جانب،
 *                        في صفوف) names the agent's own side: that actor is never the one fought, nor is the place
 *                        the sentence names taken for the one fought
 * @param received        (verbs of receiving: تلقى، تسلم) the verb's subject received what the cue names from the actor
 *                        its target preposition (من) introduces: that actor is the source, the subject the target
 *                        («تسلمت مصر ... مقاتلات من طراز رافال من فرنسا» is France's aid to Egypt)
 * @param writtenTa       a head that ends in ة must be written with ة (or with ت before a pronoun) in the text: the
 *                        normalizer folds ة to ه, and «مصادره» (his sources) would otherwise be مصادرة (confiscation),
 *                        «مظاهره» (its signs) مظاهرة (a demonstration)
 * @param placeCode       the code when what the target preposition governs is a place (a city, a capital, a province,
 *                        a country as land): «استيلاء الحوثيين على العاصمة اليمنية صنعاء» is occupying territory (192),
 *                        not seizing property (171); or null
 * @param rescue          (freeing captives: حرر رهائن) the captives are freed from their holders: an actor named as the
 *                        one holding them (after من أيدي، لدى, or in a relative clause on them) is not the target
 * @param noPlace         (one-sided acts) the place the sentence names is never the one acted upon: what is deported or
 *                        confiscated is foreigners or goods, not the people of the place («ترحيل ناشطة ألمانية بعد منعها
 *                        من الدخول لمصر»، «صادرت بلدية الجنوب في جدة خمسة أطنان من الحلويات»); with no actor named as
 *                        the target it stays unidentified, and with no agent either nothing is recorded
 * @param aircraftCode    the code when the act's subject, told before it, is a party's aircraft (modifiers.tsv aircraft:
 *                        «طيران التحالف قصف»، «طائرات التحالف التي تقوم بقصف»): an air strike, as the pattern whose
 *                        further word names the aircraft after the verb (قصفت طائرات) codes it; or null
 * @param artilleryCode   the code when the act's subject, told before it, is a party's artillery or tanks (modifiers.tsv
 *                        artillery: «المدفعية التركية تقصف»، «الدبابات التركية قصفت»): fighting with artillery and tanks,
 *                        as the pattern whose further word names them after the verb (قصفت المدفعية) codes it; or null
 * @param callPreps       (appeals: دعا، ناشد) the prepositions that open what is called for (إلى، لـ): the one called on
 *                        is the direct object told before them; an actor past one of them is in what is asked
 *                        («ودعا ساركوزي إلى مساندة جهود تونس» calls on no one named to back Tunisia), never the one
 *                        called on; empty for every other pattern
 * @param objectFurther   (verbs) the further words are the verb's direct object: one right after a preposition of its own
 *                        (في، خلال، على … as a word, or بـ / لـ glued to it) heads another phrase («أعلنت ... أثناء القصف
 *                        ... في حرب عام 2006»، «ليعلن انتصاره في حربه» declare no war) and does not complete the cue
 * @param moneyCode       (releasing: أفرج عن) the code when what is released is money paid out, not persons or frozen
 *                        property: «أفرج بموجبها عن 200 مليون دولار»، «7.16 مليارات يورو أفرج عنها الاتحاد الأوروبي» are
 *                        economic aid (071); or null
 * @param civilianCode    (bare attacks, 19) the code when what is attacked is a place of worship, study, trade or lodging or
 *                        civilians (modifiers.tsv civilian-target: «الهجوم على جامعة غاريسا»، «هاجمت حركة الشباب فندقًا»)
 *                        and the agent is no state's organ (unidentified, or a rebel, insurgent or militant group): an
 *                        act of unconventional violence (18), not conventional fighting; or null (session 28, events122)
 * @param sender          (handing or sending a message: سلم، بعث + رسالة) an actor after من right after the message
 *                        («سلمه رسالة من الرئيس الإيراني») is its sender, the source; the subject only carried it. Without
 *                        one the subject who hands or sends the message is its source, the one after لـ / إلى its
 *                        addressee (session 28, events123)
 * @param caller          (telephone calls, symmetric cues: أجرى اتصالا، اتصل، تلقى اتصالا) who made the call, when the
 *                        verb's subject and a party after the target preposition are both named: {@code subject} the
 *                        subject called that party («أجرى اتصالا هاتفيا بالرئيس»), {@code named} that party called the
 *                        subject («تلقى اتصالا هاتفيا من الرئيس»); the call is then coded one way, the caller the source.
 *                        Parties named jointly (a subject list, بين X وY) stay coded both ways; null for every other
 *                        pattern (session 29, events130)
 */
public record Frame(boolean symmetric, boolean visit, boolean host, List<String> targetPreps, boolean noSource,
                    boolean self, boolean genitiveObject, boolean targetInContent, String verbalCode,
                    boolean passive, boolean patient, boolean writtenHamza, boolean circumstantial,
                    boolean owner, boolean allies, boolean received, boolean writtenTa, String placeCode,
                    boolean rescue, boolean noPlace, String aircraftCode, String artilleryCode, List<String> callPreps,
                    boolean objectFurther, String moneyCode, String civilianCode, boolean sender,
                    String caller) {
    public static final Frame DEFAULT = new Frame(false, false, false, List.of(), false, false, false, false, null, false, false,
            false, false, false, false, false, false, null, false, false, null, null, List.of(), false, null, null, false, null);
}
