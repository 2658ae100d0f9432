package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Time expressions in real Arabic news sentences. Unless a test says otherwise, the sentences come from
 * the seed article or from SaudiNewsNet (July-August 2015), with the publication date they were
 * published under.
 */
class TimeExpressionsTest {
    private static final TimeExpressions TIME = TimeExpressions.load();

    private static LocalDate writtenOn(String text, LocalDate published) {
        return TimeExpressions.writtenOn(TIME.find(text, 0, text.length(), published), published);
    }

    private static List<TimeExpression> find(String text, String published) {
        return TIME.find(text, 0, text.length(), published == null ? null : LocalDate.parse(published));
    }

    /** The expression covering exactly {@code surface} in {@code text}; fails when there is none. */
    private static TimeExpression expr(String text, String published, String surface) {
        List<TimeExpression> all = find(text, published);
        for (TimeExpression e : all) {
            if (text.substring(e.start(), e.end()).equals(surface)) {
                return e;
            }
        }
        return fail("no expression [" + surface + "] in " + describe(text, all));
    }

    private static void check(String text, String published, String surface, String value, DatePrecision precision,
            TimeKind kind) {
        TimeExpression e = expr(text, published, surface);
        assertEquals(value, e.value(), () -> "value of [" + surface + "]");
        assertEquals(precision, e.precision(), () -> "precision of [" + surface + "]");
        assertEquals(kind, e.kind(), () -> "kind of [" + surface + "]");
    }

    private static void point(String text, String published, String surface, String value, DatePrecision precision) {
        check(text, published, surface, value, precision, TimeKind.POINT);
    }

    private static void day(String text, String published, String surface, String value) {
        point(text, published, surface, value, DatePrecision.DAY);
    }

    /** Exactly one expression, {@code surface}, VAGUE and without a value. */
    private static void vague(String text, String surface) {
        List<TimeExpression> all = find(text, "2015-07-22");
        assertEquals(List.of(surface), all.stream().map(e -> text.substring(e.start(), e.end())).toList(), describe(text, all));
        assertEquals(TimeKind.VAGUE, all.get(0).kind());
        assertEquals(null, all.get(0).value());
    }

    private static void none(String text, String published) {
        List<TimeExpression> all = find(text, published);
        assertTrue(all.isEmpty(), () -> "expected nothing in " + describe(text, all));
    }

    private static List<String> surfaces(String text, String published) {
        return find(text, published).stream().map(e -> text.substring(e.start(), e.end())).collect(Collectors.toList());
    }

    private static String describe(String text, List<TimeExpression> all) {
        return text + " -> " + all.stream()
                .map(e -> "[" + text.substring(e.start(), e.end()) + "]=" + e.value() + "/" + e.kind())
                .collect(Collectors.joining(", "));
    }

    /** The examples the module was specified with, from the seed and the dev gold. */
    @Nested
    class RealNews {
        private static final String SEED = "في زيارة هي الأولى إلى كوريا الشمالية منذ 24 عاماً ،وقع الرئيس الروسي "
                + "فلاديمير بوتين وزعيم كوريا الشمالية كيم جونغ أون اليوم ، اتفاقية “شراكة استراتيجية شاملة”";

        @Test
        void seedVisitSinceAndToday() {
            check(SEED, "2024-06-19", "منذ 24 عاماً", "2000", DatePrecision.YEAR, TimeKind.SINCE);
            day(SEED, "2024-06-19", "اليوم", "2024-06-19");
            assertEquals(2, find(SEED, "2024-06-19").size());
        }

        @Test
        void nineMonthsAfterAnchorsTheEarlierEvent() {
            check("وتأتي زيارة الرئيس الروسي بعد تسعة أشهر على استقبال بوتين زعيم كوريا الشمالية", "2024-06-19",
                    "بعد تسعة أشهر", "2023-09", DatePrecision.MONTH, TimeKind.ANCHOR);
        }

        @Test
        void yearOfTheInvasionIsAPointNotASince() {
            String text = "منذ الغزو الروسي لأوكرانيا في 2022";
            point(text, "2024-06-19", "2022", "2022", DatePrecision.YEAR);
            assertEquals(1, find(text, "2024-06-19").size());
        }

        @Test
        void weekdayBetweenCommas() {
            day("بيتر مورر وصل، السبت، إلى صنعاء في زيارة تستغرق 3 أيام", "2015-08-10", "السبت", "2015-08-08");
        }

        @Test
        void todayWithItsWeekdayIsOneExpression() {
            String text = "يصل وزير الدفاع الأمريكي آشتون كارتر إلى المملكة اليوم الأربعاء";
            day(text, "2015-07-22", "اليوم الأربعاء", "2015-07-22");
            assertEquals(1, find(text, "2015-07-22").size());
        }

        @Test
        void lastThursdayIsStrictlyBefore() {
            // published on a Thursday: الخميس الماضي is the week before
            day("زار القاهرة الخميس الماضي، ووقع مع الرئيس السيسي وثيقة", "2015-08-06", "الخميس الماضي", "2015-07-30");
        }

        @Test
        void nightAcrossTwoDaysIsDatedByTheFirst() {
            day("سلاح الجو التركي شن ليل الجمعة - السبت سلسلة غارات على القواعد الخلفية لحزب العمال", "2015-07-27",
                    "ليل الجمعة - السبت", "2015-07-24");
        }

        @Test
        void twoDaysAgoNextToAResolutionNumber() {
            String text = "مجلس الامن الدولي صوت بالإجماع قبل يومين لصالح القرار (2231) الذي رحب";
            day(text, "2015-07-22", "قبل يومين", "2015-07-20");
            assertEquals(List.of("قبل يومين"), surfaces(text, "2015-07-22"));
        }

        @Test
        void seasonsWithAYearOrAModifierAreTheirYear() {
            // session 5: they were not read, or only their year (منذ صيف العام الماضي dated as a point, 2014)
            check("تعرض الساعدي للتعذيب بمحبسه في أحد سجون العاصمة الليبية طرابلس التي تسيطر عليها ميلشيات فجر ليبيا "
                    + "المتطرفة، بقوة السلاح منذ صيف العام الماضي.", "2015-08-06", "منذ صيف العام الماضي", "2014",
                    DatePrecision.YEAR, TimeKind.SINCE);
            point("التي أعلنت استضافتها في صيف 2018", "2015-08-01", "صيف 2018", "2018", DatePrecision.YEAR);
            point("وأطلق الجيش عملية عسكرية في الصيف الماضي", "2015-08-06", "الصيف الماضي", "2014", DatePrecision.YEAR);
            point("وأطلق الجيش عملية عسكرية في الصيف الماضي", "2015-10-06", "الصيف الماضي", "2015", DatePrecision.YEAR);
            point("وتزايدت الهجمات خلال فصل الشتاء الماضي", "2015-08-06", "فصل الشتاء الماضي", "2015",
                    DatePrecision.YEAR);
            point("وتوافد السياح على المنطقة هذا الصيف", "2015-08-06", "هذا الصيف", "2015", DatePrecision.YEAR);
            point("لزيارة العاهل السعودي الملك سلمان بن عبد العزيز إلى روسيا بدعوة من الرئيس الروسي فلاديمير بوتين في "
                    + "الخريف المقبل.", "2015-08-08", "الخريف المقبل", "2015", DatePrecision.YEAR);
            point("لزيارة روسيا في الشتاء المقبل", "2015-08-08", "الشتاء المقبل", "2016", DatePrecision.YEAR);
            none("وتكثر الرحلات في الصيف إلى المصايف", "2015-08-06");
            none("منذ اندلاع الربيع العربي", "2015-08-06");
        }

        @Test
        void theNightBeforeLastIsTwoDaysBack() {
            // it was read as الليلة, tonight (session 5)
            String text = "جراء استهداف مدينة بصرى الشام بريف المحافظة الشرقي بالبراميل المتفجرة أيضا الليلة قبل الماضية، "
                    + "كما تسبب القصف في اشتعال النيران بمنازل مدنيين";
            day(text, "2015-07-21", "الليلة قبل الماضية", "2015-07-19");
            assertEquals(List.of("الليلة قبل الماضية"), surfaces(text, "2015-07-21"));
        }

        @Test
        void weekdayBeforeADate() {
            day("تظاهر عشرات من أعضاء منظمة معادية للزنوج الأحد 19 يوليو", "2015-07-21", "الأحد 19 يوليو",
                    "2015-07-19");
        }

        @Test
        void dayAndMonthWithoutYear() {
            day("اتفاق فيينا المبرم في 14 يوليو بين ايران والولايات المتحدة", "2015-07-25", "14 يوليو", "2015-07-14");
        }

        @Test
        void twoDaysOfOneMonthAreDatedByTheFirst() {
            // SaudiNewsNet 2015-07-21: the celebrations of the 13th and 14th began on the 13th
            day("خصوصا في يومي 13 و14 يونيو (حزيران) الحالي", "2015-07-21", "13 و14 يونيو (حزيران) الحالي",
                    "2015-06-13");
            day("يومي 27 و 31 يوليو", "2015-07-21", "27 و 31 يوليو", "2015-07-27");
        }

        @Test
        void twinMonthNamesWithAPart() {
            point("وأطلقت حركة طالبان في أواخر نيسان - أبريل هجومها السنوي", "2015-07-23", "أواخر نيسان - أبريل",
                    "2015-04", DatePrecision.MONTH);
        }

        @Test
        void sinceAMonthWithTwinInBracketsAndYear() {
            check("بين مقاتليه والقوات التركية القائم منذ مارس (آذار) 2013", "2015-07-26", "منذ مارس (آذار) 2013",
                    "2013-03", DatePrecision.MONTH, TimeKind.SINCE);
        }

        @Test
        void lastWeekIsReportedAsItsMonth() {
            point("وتسلم العراق الأسبوع الماضي 4 طائرات إف 16", "2015-07-27", "الأسبوع الماضي", "2015-07",
                    DatePrecision.MONTH);
        }

        @Test
        void lastJune() {
            point("وألقت السلطات التركية القبض، في يونيو الماضي، على 18 طالبا سودانيا", "2015-08-04", "يونيو الماضي",
                    "2015-06", DatePrecision.MONTH);
        }

        @Test
        void twoYearsJoinedByAnd() {
            String text = "وأصدرت المحكمة الجنائية الدولية ومقرها في لاهاي بهولندا في 2009 و2010 مذكرات اعتقال";
            List<TimeExpression> all = find(text, "2015-08-04");
            assertEquals("2009", all.get(0).value());
            point(text, "2015-08-04", "2010", "2010", DatePrecision.YEAR); // the و stays outside
        }

        @Test
        void aYearThatOpensALineOfAChronologyIsItsDate() {
            // SaudiNewsNet 2015-07-26 («في مثل هذا اليوم»): each line opens with the year of what it tells
            String text = "1945 - هزيمة حزب المحافظين في أول انتخابات بعد الحرب في بريطانيا.\n"
                    + "1953 - مجموعة مسلحة يقودها فيدل كاسترو تهاجم ثكنة مونكادا في كوبا في إطار محاولة انقلاب فاشلة.";
            point(text, "2015-07-26", "1953", "1953", DatePrecision.YEAR);
            point(text, "2015-07-26", "1945", "1945", DatePrecision.YEAR);
            // a bare number inside a line, or one without the dash, stays no year
            none("وصوت 1953 - من النواب لصالح القرار", "2015-07-26");
            none("1953 عضوا صوتوا لصالح القرار", "2015-07-26");
        }

        @Test
        void earlierThisYear() {
            point("خلال زيارة لجنوب أفريقيا في وقت سابق هذا العام", "2015-08-04", "في وقت سابق هذا العام", "2015",
                    DatePrecision.YEAR);
        }

        @Test
        void dayBeforeYesterday() {
            day("هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين تركيين", "2015-07-27", "أول من أمس", "2015-07-25");
        }

        @Test
        void midYear() {
            point("من أصل 36 طائرة تم عقد صفقة بشأنها منتصف العام 2010", "2015-07-27", "منتصف العام 2010", "2010",
                    DatePrecision.YEAR);
        }

        @Test
        void dayMonthAndTwin() {
            day("الاتفاق الذي أبرم في 14 يوليو تموز", "2015-08-06", "14 يوليو تموز", "2015-07-14");
        }

        @Test
        void lastTuesdayPublishedOnATuesday() {
            day("الاتفاق النووي الذي تم التوقيع عليه في فيينا الثلاثاء الماضي", "2015-07-21", "الثلاثاء الماضي",
                    "2015-07-14");
        }

        @Test
        void weekdaysAfterYom() {
            String text = "وخلال زيارة كارتر يوم الاثنين ويوم الأحد حث نتنياهو المشرعين الأمريكيين على رفض الاتفاق";
            day(text, "2015-07-21", "يوم الاثنين", "2015-07-20");
            day(text, "2015-07-21", "يوم الأحد", "2015-07-19"); // the و of ويوم is not part of it
        }
    }

    @Nested
    class RelativeDays {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiterString = "|", value = {
            "وقال الوزير اليوم إن|اليوم|2015-07-27",
            "وقال الوزير أمس إن|أمس|2015-07-26",
            "وقال الوزير يوم أمس إن|يوم أمس|2015-07-26",
            "وقال الوزير بالأمس إن|الأمس|2015-07-26",
            "وقال الوزير البارحة إن|البارحة|2015-07-26",
            "وقال الوزير أول أمس إن|أول أمس|2015-07-25",
            "وقال الوزير أمس الأول إن|أمس الأول|2015-07-25",
            "ويصل الوزير غدا إلى الرياض|غدا|2015-07-28",
            "ويصل الوزير غداً إلى الرياض|غداً|2015-07-28",
            "ويصل الوزير بعد غد إلى الرياض|بعد غد|2015-07-29",
            "وتعقد الجلسة الليلة في القاهرة|الليلة|2015-07-27",
            "وتعقد الجلسة مساء اليوم في القاهرة|مساء اليوم|2015-07-27",
            "ونفذت الضربة صباح اليوم في القاهرة|صباح اليوم|2015-07-27",
            "ووصل الوفد ظهر أمس إلى عدن|ظهر أمس|2015-07-26",
            "وقع الانفجار الليلة الماضية في كابول|الليلة الماضية|2015-07-26",
        })
        void relativeToPublication(String text, String surface, String value) {
            day(text, "2015-07-27", surface, value);
        }

        @Test
        void yesterdayWithWeekdayInBrackets() {
            String text = "أعلنت وزارة الداخلية أمس (الاثنين) عن ضبط شبكة";
            day(text, "2015-07-21", "أمس (الاثنين)", "2015-07-20");
            assertEquals(1, find(text, "2015-07-21").size());
        }

        @Test
        void theWeekdayWinsWhenTheCrawlDateLagsBehind() {
            // published (crawled) on Tuesday, written on Monday: اليوم (الاثنين) is the Monday
            day("حدد رئيس الوزراء البريطاني ديفيد كاميرون، اليوم (الاثنين)، ملامح استراتيجية", "2015-07-21",
                    "اليوم (الاثنين)", "2015-07-20");
            day("أعلنت وزارة الداخلية الكويتية، اليوم (الخميس)، عن ضبط شبكة", "2015-07-31", "اليوم (الخميس)",
                    "2015-07-30");
        }

        @Test
        void partOfDayAndYomAndWeekdayTogether() {
            day("وصل فجر يوم أمس الأول الخميس، المحترف البرازيلي", "2015-07-25", "فجر يوم أمس الأول الخميس",
                    "2015-07-23");
            day("تنطلق مساء اليوم الاثنين، المرحلة الثالثة من البرنامج", "2015-08-10", "مساء اليوم الاثنين",
                    "2015-08-10");
        }

        @Test
        void tomorrowWithWeekday() {
            day("ويفتتح المحافظ المهرجان غد الأربعاء نيابة عن أمير المنطقة", "2015-07-21", "غد الأربعاء",
                    "2015-07-22");
        }

        @Test
        void conjunctionIsLeftOutOfTheExpression() {
            day("وصل الوفد السبت وأمس التقى الرئيس", "2015-07-27", "أمس", "2015-07-26");
            day("اتخذتموهم وسيلة واداة، واليوم تتباكون على الحلول السلمية", "2015-08-06", "اليوم", "2015-08-06");
        }

        @Test
        void theDayOfSomethingIsNotToday() {
            none("وعاد الوفد في اليوم التالي إلى الرياض", "2015-07-27");
            none("احتفلت المملكة باليوم الوطني", "2015-07-27");
            none("وفي ذلك اليوم وقع الهجوم", "2015-07-27");
            assertEquals(List.of("عام 1990"), surfaces("وفي مثل هذا اليوم من عام 1990", "2015-07-27"));
        }

        @Test
        void perDayIsNotToday() {
            // SaudiNewsNet 2015-08-03: «في اليوم» is per day
            none("وصل الأمر الى أربعين حريقا في اليوم بلا سبب واضح", "2015-08-03");
            day("وقال الوزير اليوم إن الوضع مستقر", "2015-08-03", "اليوم", "2015-08-03");
        }

        @Test
        void theLeadsWeekdaySaysWhichDayTheTextCallsToday() {
            // SaudiNewsNet, dated Wednesday 2015-07-22: «أمس الأحد» was written on Monday, so its next «أمس» is Sunday
            String lead = "أعلن وزير الداخلية العراقي محمد سالم الغبان أمس الأحد اعتقال المتورطين بالتفجير الذي استهدف "
                    + "ناحية بني سعد بمحافظة ديالى الجمعة. وقالت خلية الإعلام الحربي، في بيان بثه موقع \"السومرية نيوز\" "
                    + "الإخباري العراقي أمس، إن \"المتهمين سيتم التحقيق معهم\".";
            assertEquals(LocalDate.of(2015, 7, 20), writtenOn(lead, LocalDate.of(2015, 7, 22)));
            // a lead whose weekday fits its date, or names none, was written that day
            assertEquals(LocalDate.of(2015, 7, 20), writtenOn(lead, LocalDate.of(2015, 7, 20)));
            String plain = "وقال الوزير اليوم إن الوضع مستقر";
            assertEquals(LocalDate.of(2015, 8, 3), writtenOn(plain, LocalDate.of(2015, 8, 3)));
        }

        @Test
        void newspaperNamesAreNotToday() {
            none("أحمد حجازي – عين اليوم", "2015-07-24");
            none("وأكد وكيل محافظة الأحساء لـ (اليوم) أن التوجيهات", "2015-08-02");
            // the paper's correspondent (SaudiNewsNet 2015-07-30, al-Yaum): «مراسل» before اليوم is in construct with it
            none("وقال قيادي في المقاومة الشعبية في تعز تحدث لـ(مراسل اليوم) ان كل الجبهات في تعز استمدت روحها", "2015-07-30");
            none("وقال مصدر لمراسل اليوم إن الشرطة اعتقلت ثلاثة مطلوبين", "2015-07-30");
        }
    }

    @Nested
    class Weekdays {
        private static final String TUESDAY = "2015-07-21";

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiterString = "|", value = {
            "وقال كارتر الاثنين إن|الاثنين|2015-07-20",
            "وقال كارتر الإثنين إن|الإثنين|2015-07-20",
            "وقال كارتر الثلاثاء إن|الثلاثاء|2015-07-21",
            "وقال كارتر الأربعاء إن|الأربعاء|2015-07-15",
            "وقال كارتر الخميس إن|الخميس|2015-07-16",
            "وقال كارتر الجمعة إن|الجمعة|2015-07-17",
            "وقال كارتر السبت إن|السبت|2015-07-18",
            "وقال كارتر يوم الأحد إن|يوم الأحد|2015-07-19",
            "وقال كارتر الثلاثاء الماضي إن|الثلاثاء الماضي|2015-07-14",
            "وقال كارتر الجمعة الماضية إن|الجمعة الماضية|2015-07-17",
            "وقال كارتر الاثنين الفائت إن|الاثنين الفائت|2015-07-20",
            "وقال كارتر الأحد المنصرم إن|الأحد المنصرم|2015-07-19",
            "ويصل كارتر الثلاثاء المقبل إلى|الثلاثاء المقبل|2015-07-28",
            "ويصل كارتر الأحد القادم إلى|الأحد القادم|2015-07-26",
            "ويصل كارتر يوم الأربعاء المقبل إلى|يوم الأربعاء المقبل|2015-07-22",
        })
        void mostRecentOnOrBeforeUnlessModified(String text, String surface, String value) {
            day(text, TUESDAY, surface, value);
        }

        @Test
        void sundayIsAlsoTheOne() {
            none("وشارك الأحد عشر لاعبا في التدريب", TUESDAY);
            day("وصل الوفد، الأحد، إلى الرياض", TUESDAY, "الأحد", "2015-07-19");
            day("وصل الوفد (الأحد) إلى الرياض", TUESDAY, "الأحد", "2015-07-19");
            day("ووصل الوفد في الأحد الماضي", TUESDAY, "الأحد الماضي", "2015-07-19");
            check("ومنذ الأحد يتواصل القصف", TUESDAY, "منذ الأحد", "2015-07-19", DatePrecision.DAY, TimeKind.SINCE);
        }

        @Test
        void sinceAWeekday() {
            check("ومنذ الاثنين ضاعف حزب العمال الكردستاني هجماته", "2015-07-25", "منذ الاثنين", "2015-07-20",
                    DatePrecision.DAY, TimeKind.SINCE);
        }

        @Test
        void fridayPrayerAndTheTwoAreNotWeekdays() {
            none("وذكر السديس خلال خطبة الجمعة أن الشباب", TUESDAY);
            none("والفرق شاسع بين الاثنين", TUESDAY);
        }

        @Test
        void nightWrittenWithIla() {
            day("وقصفت الطائرات ليلة الخميس إلى الجمعة مواقع التنظيم", "2015-07-27", "ليلة الخميس إلى الجمعة",
                    "2015-07-23");
        }
    }

    @Nested
    class MonthsAndDays {
        @Test
        void threeGregorianNameSets() {
            point("وتسلم العراق الدفعة في كانون الثاني الماضي", "2015-07-27", "كانون الثاني الماضي", "2015-01",
                    DatePrecision.MONTH);
            day("وأعلنت الحكومة في 12 جانفي 2015 عن خطة", "2015-07-27", "12 جانفي 2015", "2015-01-12");
            point("وانطلق المهرجان في جويلية الماضي", "2015-08-10", "جويلية الماضي", "2015-07", DatePrecision.MONTH);
            point("وتراجعت الصادرات في تشرين الأول 2014", "2015-08-10", "تشرين الأول 2014", "2014-10",
                    DatePrecision.MONTH);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiterString = "|", value = {
            "موضحة ان لا اخبار عن الرجال منذ 12 تموز/يوليو، اي عندما|12 تموز/يوليو|2015-07-12",
            "بقيت مسدلة في معظمها منذ 29 حزيران - يونيو على أن|29 حزيران - يونيو|2015-06-29",
            "المقرر عقدها في الرياض في الـ30 من آب (أغسطس) الجاري.|الـ30 من آب (أغسطس) الجاري|2015-08-30",
            "مباراة كأس السوبر يوم الثاني عشر من أغسطس الماضي|الثاني عشر من أغسطس الماضي|2014-08-12",
            "وفي الأول من يوليو 2014 أعلن|الأول من يوليو 2014|2014-07-01",
        })
        void twinsAndDayForms(String text, String surface, String value) {
            TimeExpression e = find(text, "2015-07-21").stream()
                    .filter(x -> text.substring(x.start(), x.end()).endsWith(surface)).findFirst()
                    .orElseGet(() -> fail(describe(text, find(text, "2015-07-21"))));
            assertEquals(value, e.value());
            assertEquals(DatePrecision.DAY, e.precision());
        }

        @Test
        void lastJunePublishedInJuneIsTheYearBefore() {
            point("وكان ذلك في يونيو الماضي", "2015-06-20", "يونيو الماضي", "2014-06", DatePrecision.MONTH);
        }

        @Test
        void monthWithoutYearIsTheNearestOne() {
            point("وتراجعت الصادرات في مايو لأدنى مستوياتها", "2015-07-21", "مايو", "2015-05", DatePrecision.MONTH);
            point("وتراجعت الصادرات في يوليو لأدنى مستوياتها", "2015-07-21", "يوليو", "2015-07", DatePrecision.MONTH);
            // nearest to publication: next month rather than eleven months ago
            point("وتراجعت الصادرات في سبتمبر لأدنى مستوياتها", "2015-08-04", "سبتمبر", "2015-09", DatePrecision.MONTH);
            point("وتراجعت الصادرات في ديسمبر", "2015-02-04", "ديسمبر", "2014-12", DatePrecision.MONTH);
            point("ويزور الرئيس المملكة في سبتمبر المقبل", "2015-08-04", "سبتمبر المقبل", "2015-09",
                    DatePrecision.MONTH);
            day("وتنتهي المهلة في 20 ديسمبر", "2015-08-04", "20 ديسمبر", "2015-12-20");
            day("وتجري الانتخابات في 30 يوليو", "2015-07-25", "30 يوليو", "2015-07-30");
        }

        @Test
        void monthOfARelativeYear() {
            point("الذي ظهر في شهر سبتمبر (أيلول) من العام الماضي لضرب تنظيم داعش", "2015-07-21",
                    "شهر سبتمبر (أيلول) من العام الماضي", "2014-09", DatePrecision.MONTH);
            point("وأطلق المسبار في يناير (كانون الثاني) من عام 2006", "2015-07-24",
                    "يناير (كانون الثاني) من عام 2006", "2006-01", DatePrecision.MONTH);
            // without من (session 29, dates17): the year was dropped, or the month read as this year's
            point("وفي سبتمبر العام الماضي أثناء زيارة للرئيس الصيني شي جين بينغ وقعت المالديف اتفاقا", "2015-07-25",
                    "سبتمبر العام الماضي", "2014-09", DatePrecision.MONTH);
            point("التي اختفت في مارس آذار العام الماضي أثناء رحلة", "2015-07-25",
                    "مارس آذار العام الماضي", "2014-03", DatePrecision.MONTH);
            day("التي كانت تقوم بالرحلة رقم ام اتش 17 في 17 يوليو العام الماضي ما أدى", "2015-07-25",
                    "17 يوليو العام الماضي", "2014-07-17");
        }

        @Test
        void dayOfARelativeMonth() {
            day("وتبدأ الدورة في 14 من الشهر الجاري", "2015-08-04", "14 من الشهر الجاري", "2015-08-14");
            day("ويقام البرنامج يوم الثلاثاء 26 الشهر الجاري", "2015-08-01", "يوم الثلاثاء 26 الشهر الجاري",
                    "2015-08-26");
            assertEquals(List.of("الشهر الماضي"), surfaces("وسجلت الشركة 25 الشهر الماضي", "2015-08-01"));
        }

        @Test
        void aMonthFixesAnOldYear() {
            point("وفي سبتمبر 1895 سارت تظاهرة", "2015-07-21", "سبتمبر 1895", "1895-09", DatePrecision.MONTH);
        }

        @Test
        void ambiguousMonthNamesNeedSupport() {
            none("ومارس الضغط على الحكومة", "2015-07-21");
            none("والتقى رئيسة الوزراء تيريزا ماي في لندن", "2015-07-21");
            none("ومع الثناء العميق الذي يوليه المسؤولون للاتفاق", "2015-07-21");
            point("ووقعت تركيا الاتفاق في مارس", "2015-07-21", "مارس", "2015-03", DatePrecision.MONTH);
            day("ووقعت تركيا الاتفاق في 2 آب", "2015-08-10", "2 آب", "2015-08-02");
        }

        @Test
        void impossibleDaysAreNotDates() {
            assertTrue(surfaces("وفي 31 يونيو 2015 أعلن", "2015-07-21").stream().noneMatch(s -> s.startsWith("31")));
            assertTrue(find("وفي 30 فبراير أعلن", "2015-07-21").stream().noneMatch(e -> e.precision() == DatePrecision.DAY));
        }

        @Test
        void numericDates() {
            day("«الاقتصادية» 24/7/2015 وقال المدير العام", "2015-07-25", "24/7/2015", "2015-07-24");
            day("ونشر التقرير في 2015-07-20 على الموقع", "2015-07-25", "2015-07-20", "2015-07-20");
            none("وانتهت المباراة بنتيجة 3/2 لصالح الهلال", "2015-07-25");
        }
    }

    @Nested
    class Years {
        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiterString = "|", value = {
            "وقاتل حزب الله الجيش الإسرائيلي في 2006|2006|2006",
            "كما اعتقل في عام 2009 في مطار القاهرة|عام 2009|2009",
            "ونما القطاع 9 في المائة مقارنة بالعام 2013.|العام 2013|2013",
            "وحصل على جائزة أفضل مذيع عربي لعام 1995 .|عام 1995|1995",
            "وبلغ الإنتاج ذروته في ٢٠٢٤ وفق التقرير|٢٠٢٤|2024",
            "وبلغ الإنتاج ذروته في ۲۰۲۴ وفق التقرير|۲۰۲۴|2024",
            "ستوفر 14 جيجاواط من الكهرباء بحلول 2020، أي|2020|2020",
            "أقيم أول أولمبياد في عام 1959م في رومانيا|عام 1959م|1959",
            "وبلغت الزيادة حتى عام 2008 م 277 ٪|عام 2008 م|2008",
            "بحق مسلح اطلق النار في 2012 داخل صالة سينما|2012|2012",
            "في أواخر 2014 ومطلع 2015|أواخر 2014|2014",
        })
        void yearsWithACue(String text, String surface, String value) {
            point(text, "2015-07-21", surface, value, DatePrecision.YEAR);
        }

        @Test
        void sinceTheYear() {
            check("وهو في السلطة منذ العام 2022", "2024-06-19", "منذ العام 2022", "2022", DatePrecision.YEAR,
                    TimeKind.SINCE);
            check("الشطر الشمالي من قبرص الذي تحتله تركيا منذ 1974: نحن في حداد", "2015-07-21", "منذ 1974", "1974",
                    DatePrecision.YEAR, TimeKind.SINCE);
        }

        @Test
        void listsOfYears() {
            String text = "وفازت الولايات المتحدة بخمسة ألقاب أعوام 1991 و2002 و2005";
            assertEquals(List.of("أعوام 1991", "2002", "2005"), surfaces(text, "2015-07-21"));
        }

        @Test
        void aBareNumberIsNotAYear() {
            none("لصالح القرار 2231 الذي رحب", "2015-07-22");
            none("ووصل عدد الحالات إلى 2015 حالة", "2015-07-22");
            none("في 1436 – 1437 هـ", "2015-07-22");
            none("في 2231", "2015-07-22"); // out of 1900-2100
        }
    }

    @Nested
    class Periods {
        @ParameterizedTest(name = "{0} @ {1}")
        @CsvSource(delimiterString = "|", value = {
            "الأسبوع الماضي|2015-08-04|2015-07|MONTH",
            "الأسبوع المقبل|2015-07-27|2015-08|MONTH",
            "هذا الأسبوع|2015-08-04|2015-08|MONTH",
            "الشهر الماضي|2015-01-15|2014-12|MONTH",
            "الشهر الجاري|2015-08-04|2015-08|MONTH",
            "الشهر الحالي|2015-08-04|2015-08|MONTH",
            "الشهر المقبل|2015-12-03|2016-01|MONTH",
            "العام الماضي|2015-08-04|2014|YEAR",
            "السنة الماضية|2015-08-04|2014|YEAR",
            "العام الجاري|2015-08-04|2015|YEAR",
            "العام الحالي|2015-08-04|2015|YEAR",
            "هذا العام|2015-08-04|2015|YEAR",
            "هذه السنة|2015-08-04|2015|YEAR",
            "العام المقبل|2015-08-04|2016|YEAR",
            "العام القادم|2015-08-04|2016|YEAR",
            "العام قبل الماضي|2015-08-04|2013|YEAR",
            "نهاية العام الماضي|2015-08-04|2014|YEAR",
        })
        void periods(String surface, String published, String value, DatePrecision precision) {
            point("وارتفعت الأسعار " + surface + " بنسبة كبيرة", published, surface, value, precision);
        }

        @Test
        void prepositionGluedToThePeriod() {
            point("بزيادة نسبتها 25 % عن الفترة نفسها للعام الماضي.", "2015-08-07", "لعام الماضي", "2014",
                    DatePrecision.YEAR);
        }

        @Test
        void sinceTheStartOfTheYear() {
            check("ارتفع المؤشر منذ بداية العام الحالي بنحو 16 في المائة", "2015-07-21", "منذ بداية العام الحالي",
                    "2015", DatePrecision.YEAR, TimeKind.SINCE);
        }

        @Test
        void generalIsNotAYear() {
            none("وقال الأمين العام للأمم المتحدة إن", "2015-07-21");
            none("وتحدث الشهر عن العام", "2015-07-21");
        }
    }

    @Nested
    class Durations {
        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiterString = "|", value = {
            "صوت المجلس قبل يومين على القرار|قبل يومين|2015-07-20|DAY",
            "صوت المجلس قبل ثلاثة أيام على القرار|قبل ثلاثة أيام|2015-07-19|DAY",
            "صوت المجلس قبل أسبوع على القرار|قبل أسبوع|2015-07-15|DAY",
            "صوت المجلس قبل أسبوعين على القرار|قبل أسبوعين|2015-07-08|DAY",
            "صوت المجلس قبل نحو أسبوع على القرار|قبل نحو أسبوع|2015-07-15|DAY",
            "صوت المجلس قبل تسعة أشهر على القرار|قبل تسعة أشهر|2014-10|MONTH",
            "صوت المجلس قبل تسع سنوات على القرار|قبل تسع سنوات|2006|YEAR",
            "صوت المجلس قبل 5 سنوات على القرار|قبل 5 سنوات|2010|YEAR",
            "صوت المجلس قبل خمسة عشر عاما على القرار|قبل خمسة عشر عاما|2000|YEAR",
            "صوت المجلس قبل ثلاثة وعشرين عاماً على القرار|قبل ثلاثة وعشرين عاماً|1992|YEAR",
            "صوت المجلس قبل عامين على القرار|قبل عامين|2013|YEAR",
            "صوت المجلس قبل شهرين على القرار|قبل شهرين|2015-05|MONTH",
            "صوت المجلس قبل عقدين على القرار|قبل عقدين|1995|YEAR",
            "صوت المجلس قبل عشرة أعوام على القرار|قبل عشرة أعوام|2005|YEAR",
        })
        void ago(String text, String surface, String value, DatePrecision precision) {
            point(text, "2015-07-22", surface, value, precision);
        }

        @Test
        void since() {
            check("وتحتجز السلطات الصحفي منذ ثلاثة أيام في سجن", "2015-08-04", "منذ ثلاثة أيام", "2015-08-01",
                    DatePrecision.DAY, TimeKind.SINCE);
            check("ويلاحق حسين حبري الموقوف منذ سنتين في السنغال", "2015-07-21", "منذ سنتين", "2013",
                    DatePrecision.YEAR, TimeKind.SINCE);
            check("على اتصال برجال دين متطرفين منذ نحو ستة أشهر على غرار", "2015-07-21", "منذ نحو ستة أشهر",
                    "2015-01", DatePrecision.MONTH, TimeKind.SINCE);
        }

        @Test
        void anchors() {
            check("بعد مرور أكثر من أربع سنوات على الثورات في تونس ومصر", "2015-07-21",
                    "بعد مرور أكثر من أربع سنوات", "2011", DatePrecision.YEAR, TimeKind.ANCHOR);
            check("وذلك بعد 4 أيام من إطلاق سراحه", "2015-08-04", "بعد 4 أيام", "2015-07-31", DatePrecision.DAY,
                    TimeKind.ANCHOR);
        }

        @Test
        void countedPeriodsBackToNow() {
            String text = "تراجعت الأسعار خلال الأشهر التسعة الفائتة وخلال العامين الماضيين وفي الـ24 ساعة الماضية";
            check(text, "2024-06-19", "خلال الأشهر التسعة الفائتة", "2023-09", DatePrecision.MONTH, TimeKind.SINCE);
            check(text, "2024-06-19", "خلال العامين الماضيين", "2022", DatePrecision.YEAR, TimeKind.SINCE);
            check(text, "2024-06-19", "الـ24 ساعة الماضية", "2024-06-18", DatePrecision.DAY, TimeKind.SINCE);
            check("ثاني أكبر انخفاض شهري له في السنوات السبع الأخيرة", "2015-07-26", "السنوات السبع الأخيرة", "2008",
                    DatePrecision.YEAR, TimeKind.SINCE);
        }

        @Test
        void timesWithoutADateAreVague() {
            // SaudiNewsNet 2015: they date nothing, but say the event has a time of its own
            vague("وقتل أكثر من 100 شخص في انحاء متفرقة في الهند على مدى الايام القليلة الماضية",
                    "على مدى الايام القليلة الماضية");
            vague("وكانت حركة طالبان حذرت مؤخرا تنظيم داعش من التوسع في منطقتها", "مؤخرا");
            vague("ارتفعت الأسعار في الأشهر الأخيرة", "في الأشهر الأخيرة");
            vague("وقبل أيام قليلة نجحت قوات المقاومة الشعبية", "قبل أيام قليلة");
            // session 28, dates16: a period of the actor's tenure, «في السابق», «ليست وليدة اليوم» (older than today)
            vague("فقد شن في مقابلة تلفزيونية هجوما إبان توليه رئاسة مجلس الوزراء", "إبان توليه");
            vague("مما فعله المالكي خلال فترة حكمه الممتدة", "خلال فترة حكمه");
            vague("وسبق لأوباما أن زار كينيا عندما كان عضوا بمجلس الشيوخ الأمريكي", "عندما كان عضوا");
            vague("وقد واجه مشاكل مع الشرطة في السابق", "في السابق");
            vague("وشهدت المملكة في عهده نهضة", "في عهده");
            vague("كراهية بعض الأصوات السعودية المتولدة لم تكن أرضيتها وليدة اليوم، بل كانت", "وليدة اليوم");
            // session 30, dates18: «اليوم» meaning nowadays in a column or an interview (SaudiNewsNet 2015)
            vague("وقد اتضح اليوم خطأ رؤيته وصواب رؤية القادة العرب", "اتضح اليوم");
            vague("وما نشاهده اليوم ونسمعه من التفجيرات في بغداد وضواحيها", "نشاهده اليوم");
            vague("خاصة ونحن اليوم نعيش في وضع", "اليوم نعيش");
            vague("مشيرًا إلى أن بعض الوثائق والكتب تعاني اليوم من التحجر التام", "تعاني اليوم");
            vague("الذي أصبح اليوم إحدى أهم ركائزه", "أصبح اليوم");
            // «اليوم» after a subject is the day of the news
            day("قصفت مقاتلات التحالف اليوم مواقع للحوثيين", "2015-08-03", "اليوم", "2015-08-03");
            // chairing a session is that day's act, not a tenure; «عندما كان عائدا» names no office
            none("وأكد خلال رئاسته جلسة مجلس الوزراء", "2015-07-22");
            none("قتل جراء استهدافه عندما كان عائدا من جولة تفقدية", "2015-07-22");
            // counted from something else, or within days: no time of the event
            none("قبل أيام من الانتخابات", "2015-07-22");
            none("وتعد هذه الزيارة الثانية للأمير لمصر خلال أيام", "2015-08-06");
            // hours are the day before, as a point would be: not vague
            assertTrue(find("اعتقلت قوات الاحتلال خلال الساعات القليلة الماضية عشرات الفلسطينيين", "2015-08-07").stream()
                    .noneMatch(e -> e.kind() == TimeKind.VAGUE));
        }

        @Test
        void periodsAheadWithoutACountAreVagueAndComing() {
            // SaudiNewsNet 2015 (QUALITY.md, session 16, events41's "left" (c); session 17, events47): a time to come
            // that fixes no date, which the coder reads as an act still to come
            String gentiloni = "ينضم وزير الخارجية الإيطالي باولو جنتيلوني إلى الوفود الأوروبية المتوجهة إلى طهران في "
                    + "الأسابيع المقبلة لمناقشة تطبيق الاتفاق النووي";
            vague(gentiloni, "في الأسابيع المقبلة");
            assertTrue(find(gentiloni, "2015-07-22").get(0).coming());
            String pilgrims = "فرقا ميدانية لمباشرة العمل في المشاعر المقدسة خلال الأيام القليلة المقبلة استعدادا لاستقبال";
            vague(pilgrims, "خلال الأيام القليلة المقبلة");
            assertTrue(find(pilgrims, "2015-07-22").get(0).coming());
            // hours ahead too: no day the paper told before («ينتظر ان يعلن فريق الاتحاد ... خلال الساعات المقبلة»)
            vague("ينتظر ان يعلن فريق الاتحاد السعودي لكرة القدم خلال الساعات المقبلة التعاقد مع اللاعب",
                    "خلال الساعات المقبلة");
            // a past period is no coming one
            assertTrue(find("ارتفعت الأسعار في الأشهر الأخيرة", "2015-07-22").stream().noneMatch(TimeExpression::coming));
        }

        @Test
        void aPeriodNamedRelativeToPublicationOrAHijriMonthNamesAPeriod() {
            // made up for session 25, dates14: the shape the grammar matched tells the period from a named month,
            // which the event dater carries to the sentences after it
            String text = "بدأت الحملة الأسبوع الماضي وتستمر هذا الشهر وطوال العام الجاري كما في شهر رمضان، "
                    + "وقد بدأت أواخر يوليو، وفي يونيو، وفي عام 2014، يوم الأربعاء 15 يوليو";
            for (String period : List.of("الأسبوع الماضي", "هذا الشهر", "العام الجاري", "شهر رمضان")) {
                assertTrue(expr(text, "2015-08-06", period).namesAPeriod(), period);
            }
            for (String day : List.of("أواخر يوليو", "يونيو", "عام 2014", "يوم الأربعاء 15 يوليو")) {
                assertFalse(expr(text, "2015-08-06", day).namesAPeriod(), day);
            }
        }

        @Test
        void aDateThatNamesARevolutionOrAWarIsAName() {
            // SaudiNewsNet 2015: one NAME expression, whose month or year alone is not read as a date either
            String text = "لإرادة الشعب المصري في ثورة 30 يونيو، وفي الذكرى الثانية لثورة 30 يونيو 2013";
            List<TimeExpression> all = find(text, "2015-08-01");
            assertEquals(List.of("ثورة 30 يونيو", "ثورة 30 يونيو 2013"),
                    all.stream().map(e -> text.substring(e.start(), e.end())).toList(), describe(text, all));
            assertTrue(all.stream().allMatch(e -> e.kind() == TimeKind.NAME), describe(text, all));
            assertTrue(find("هو بطل انتصار حرب أكتوبر على العدو", "2015-07-25").stream()
                    .noneMatch(e -> e.kind() == TimeKind.POINT));
            assertTrue(find("عضو الأمانة العامة لقوى 14 آذار إيلي محفوظ", "2015-07-26").stream()
                    .noneMatch(e -> e.kind() == TimeKind.POINT));
            // attacks named by their day may be the event told: still a date
            day("منفذ هجمات 26 يونيو في سوسة", "2015-07-21", "26 يونيو", "2015-06-26");
        }

        @Test
        void aPapersIssueDateIsNotItsNews() {
            // the issue came out today; what the source told the paper happened before
            String text = "وقال المصدر لصحيفة “الأنباء” في عددها الصادر اليوم الإثنين، إن السلطات الأمنية الكويتية "
                    + "خلصت الى معلومات خطيرة";
            check(text, "2015-07-21", "اليوم الإثنين", "2015-07-20", DatePrecision.DAY, TimeKind.ISSUE);
            check("وذكرت صحيفة \"ديلي ميل\" البريطانية في عددها الصادر اليوم أن جامعة دريسدن جمعت 30 مريضا",
                    "2015-08-11", "اليوم", "2015-08-11", DatePrecision.DAY, TimeKind.ISSUE);
            // a statement and a verdict are the acts they date
            day("يتيح تحديد الأنشطة الاقتصادية بشكل دقيق، بحسب بيان وزارة التجارة الصادر أمس", "2015-07-27", "أمس",
                    "2015-07-26");
            day("وينهي الحكم الصادر يوم الجمعة بعد أكثر من ست ساعات من المداولات", "2015-08-09", "يوم الجمعة",
                    "2015-08-07");
        }

        @Test
        void notDates() {
            none("وانتهت ثلاثة أيام من المفاوضات", "2015-07-22");
            // with بعد it anchors the start of the talks, but it never dates the event itself
            assertTrue(find("وقع الاتفاق بعد ثلاثة أيام من المفاوضات", "2015-07-22").stream()
                    .noneMatch(e -> e.kind() == TimeKind.POINT));
            // counted from the elections, not from today
            none("قبل ثلاثة أيام من الانتخابات", "2015-07-22");
            none("قبل ستة أشهر من موعد الانتخابات", "2015-07-22");
            // «واحد» after the unit is part of the count (SaudiNewsNet 2015-08-09: a day before the Abha bombing, not
            // the day before publication; 2015-07-21: the arrest on the eve of France's national day)
            none("وذلك قبل يوم واحد من التفجير الغادر", "2015-08-09");
            none("وجاء القبض على الثلاثة قبل يوم واحد من العيد الوطني الفرنسي", "2015-07-21");
            day("قالت الشرطة إن الهجوم وقع قبل يوم واحد", "2015-08-09", "قبل يوم واحد", "2015-08-08");
            // no count: too vague to date (a VAGUE time with no value)
            vague("وقع الاتفاق منذ سنوات", "منذ سنوات");
            vague("أعلنت قبل أيام توقيع اتفاق شامل", "قبل أيام");
            // بعد + duration alone may be future
            none("ويعود الوفد بعد ثلاثة أيام", "2015-07-22");
            // a year noun with a year is a year, not "a year ago"
            point("حدث ذلك قبل عام 2010", "2015-07-22", "عام 2010", "2010", DatePrecision.YEAR);
            // a date after يوم is a date, not "one day ago"
            day("وصل الوفد قبل يوم الجمعة", "2015-07-22", "يوم الجمعة", "2015-07-17");
            // the holding of a meeting
            none("قبل عقد الاجتماع", "2015-07-22");
        }
    }

    @Nested
    class Hijri {
        @Test
        void dayMonthYearWithGluedOrSeparateMark() {
            day("وتبدأ الدراسة في 5 شوال 1436هـ في جميع المدارس", "2015-08-01", "5 شوال 1436هـ", "2015-07-21");
            day("وتبدأ الدراسة في 5 شوال 1436 هـ في جميع المدارس", "2015-08-01", "5 شوال 1436 هـ", "2015-07-21");
            day("وتبدأ الدراسة في ٥ شوال ١٤٣٦هـ في جميع المدارس", "2015-08-01", "٥ شوال ١٤٣٦هـ", "2015-07-21");
        }

        @Test
        void hijriAndGregorianSideBySide() {
            String text = "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس";
            List<TimeExpression> all = find(text, "2015-08-11");
            assertEquals(2, all.size(), () -> describe(text, all));
            assertEquals("2015-08-11", all.get(0).value());
            assertEquals("2015-08-11", all.get(1).value());
        }

        @Test
        void monthsUseTheGregorianMonthOfTheirFirstDay() {
            point("ارتفعت المبيعات في رمضان الماضي بنسبة كبيرة", "2015-08-04", "رمضان الماضي", "2015-06",
                    DatePrecision.MONTH);
            point("ارتفعت المبيعات في رمضان الماضي بنسبة كبيرة", "2015-06-25", "رمضان الماضي", "2014-06",
                    DatePrecision.MONTH);
            point("ويبدأ موسم الحج في ذي الحجة 1436هـ", "2015-08-04", "ذي الحجة 1436هـ", "2015-09",
                    DatePrecision.MONTH);
            point("وتتزايد العمليات الإرهابية مع حلول شهر رمضان", "2015-08-04", "شهر رمضان", "2015-06",
                    DatePrecision.MONTH);
        }

        @Test
        void theMiddleOrEndOfAHijriMonthIsTheGregorianMonthThatHoldsIt() {
            // Ramadan 1436 ran from 18 June to 16 July 2015: its end is July, its start June (session 5)
            point("اتفاقا بين الأطراف المتحاربة في اليمن لوقف الحرب، بداية من يوم الجمعة إلى نهاية شهر رمضان.",
                    "2015-07-21", "نهاية شهر رمضان", "2015-07", DatePrecision.MONTH);
            point("خريطة العمليات الإرهابية في ذكرى 30 يونيو، التي صادفت منتصف شهر رمضان، إن العمليات", "2015-07-21",
                    "منتصف شهر رمضان", "2015-07", DatePrecision.MONTH);
            point("وتتزايد العمليات الإرهابية مع مطلع شهر رمضان", "2015-08-04", "مطلع شهر رمضان", "2015-06",
                    DatePrecision.MONTH);
            // a Gregorian month's part changes nothing
            point("وأطلقت حركة طالبان في أواخر نيسان - أبريل هجومها السنوي", "2015-07-23", "أواخر نيسان - أبريل",
                    "2015-04", DatePrecision.MONTH);
        }

        @Test
        void hijriDayWithoutYear() {
            // the 12 Shawwal nearest to publication (17 Shawwal 1436)
            day("ووصل الحجاج في 12 شوال إلى مكة", "2015-08-02", "12 شوال", "2015-07-28");
            // a later day of the month is this year's, five days ahead, by the same rule
            day("ووصل الحجاج في 22 شوال إلى مكة", "2015-08-02", "22 شوال", "2015-08-07");
            day("ويصل الحجاج في 22 شوال المقبل إلى مكة", "2015-08-02", "22 شوال المقبل", "2015-08-07"); // a Friday, as the source says
        }

        @Test
        void numericHijri() {
            day("الخميس 7/ 10/ 1436هـ بمحافظة النبهانية", "2015-07-23", "الخميس 7/ 10/ 1436هـ", "2015-07-23");
            day("فأصدرت صكاً بتاريخ 12-6-1436هـ يفيد بتقديم", "2015-08-06", "12-6-1436هـ", "2015-04-01");
        }

        @Test
        void namesThatAreAlsoPeopleAreNotMonths() {
            none("التقى الرئيس التركي رجب طيب أردوغان", "2015-08-04");
            none("وقال رمضان عبدالله إن", "2015-08-04");
            none("وارتفع العدد من صفر إلى عشرة", "2015-08-04");
        }
    }

    @Nested
    class MissingPublicationDate {
        @Test
        void relativeValuesAreNullAbsoluteOnesResolved() {
            String text = "منذ الغزو الروسي لأوكرانيا في 2022 واتفاق 14 يوليو 2015 و5 شوال 1436هـ، وقال اليوم "
                    + "إن الاجتماع عقد أمس (الاثنين) وقبل يومين والأسبوع الماضي ومنذ 24 عاماً في يونيو";
            List<TimeExpression> all = find(text, null);
            assertEquals("2022", expr(text, null, "2022").value());
            assertEquals("2015-07-14", expr(text, null, "14 يوليو 2015").value());
            assertEquals("2015-07-21", expr(text, null, "5 شوال 1436هـ").value());
            for (String relative : List.of("اليوم", "أمس (الاثنين)", "قبل يومين", "الأسبوع الماضي", "منذ 24 عاماً",
                    "يونيو")) {
                TimeExpression e = expr(text, null, relative);
                assertNull(e.value(), relative);
                assertNotNull(e.precision());
            }
            assertEquals(TimeKind.SINCE, expr(text, null, "منذ 24 عاماً").kind());
            assertEquals(9, all.size(), () -> describe(text, all));
        }
    }

    @Nested
    class OffsetsAndRegions {
        @Test
        void offsetsIndexTheOriginalTextWithDiacriticsAndTatweel() {
            String text = "وَقَّعَ الرَّئِيسُ الاتِّفَاقِيَّةَ مُنْذُ ٢٤ عَامًا، وَزَارَ القَاهِرَةَ الخَمِيـــسَ المَاضِي، "
                    + "وَبَعْدَ تِسْعَةِ أَشْهُرٍ عَلَى ذَلِكَ";
            List<TimeExpression> all = find(text, "2024-06-19");
            assertEquals(List.of("مُنْذُ ٢٤ عَامًا", "الخَمِيـــسَ المَاضِي", "بَعْدَ تِسْعَةِ أَشْهُرٍ"),
                    all.stream().map(e -> text.substring(e.start(), e.end())).collect(Collectors.toList()),
                    () -> describe(text, all));
            assertEquals("2000", all.get(0).value());
            assertEquals("2024-06-13", all.get(1).value());
            assertEquals("2023-09", all.get(2).value());
            assertEquals(TimeKind.ANCHOR, all.get(2).kind());
        }

        @Test
        void procliticWithTatweelIsCutCleanly() {
            String text = "وفقا للتقرير الصادر لـعام 2015 عن البنك";
            point(text, "2015-08-04", "عام 2015", "2015", DatePrecision.YEAR);
        }

        @Test
        void onlyTheRegionIsSearchedAndOffsetsStayGlobal() {
            String text = "وصل الوفد أمس. وقال الوزير اليوم إن المحادثات بدأت في 2009. وفي 2010 انتهت.";
            int from = text.indexOf("وقال");
            int to = text.indexOf("وفي 2010");
            List<TimeExpression> all = TIME.find(text, from, to, LocalDate.parse("2015-07-27"));
            assertEquals(List.of("اليوم", "2009"),
                    all.stream().map(e -> text.substring(e.start(), e.end())).collect(Collectors.toList()));
            for (TimeExpression e : all) {
                assertTrue(e.start() >= from && e.end() <= to);
            }
            assertTrue(TIME.find(text, 3, 3, LocalDate.parse("2015-07-27")).isEmpty());
        }

        @Test
        void expressionsAreInTextOrderAndDoNotOverlap() {
            String text = "وقال الوزير أمس (الاثنين) إن الاتفاق الذي أبرم في 14 يوليو تموز 2015 سيطبق العام المقبل "
                    + "بعد أن وافق عليه البرلمان الأحد 19 يوليو، أي قبل يومين، وقصفت الطائرات ليل الجمعة - السبت";
            List<TimeExpression> all = find(text, "2015-07-21");
            assertEquals(List.of("أمس (الاثنين)", "14 يوليو تموز 2015", "العام المقبل", "الأحد 19 يوليو", "قبل يومين",
                    "ليل الجمعة - السبت"),
                    all.stream().map(e -> text.substring(e.start(), e.end())).collect(Collectors.toList()));
            for (int k = 1; k < all.size(); k++) {
                assertTrue(all.get(k - 1).end() <= all.get(k).start());
            }
        }

        @Test
        void badRegionsAreRejected() {
            assertThrows(IndexOutOfBoundsException.class, () -> TIME.find("اليوم", 2, 1, null));
            assertThrows(IndexOutOfBoundsException.class, () -> TIME.find("اليوم", 0, 6, null));
            assertThrows(NullPointerException.class, () -> TIME.find(null, 0, 0, null));
            assertTrue(TIME.find("", 0, 0, null).isEmpty());
        }
    }

    @Nested
    class Api {
        @Test
        void loadIsShared() {
            assertSame(TimeExpressions.load(), TimeExpressions.load());
        }

        @Test
        void resultsAreImmutable() {
            List<TimeExpression> all = find("وصل الوفد أمس", "2015-07-27");
            assertThrows(UnsupportedOperationException.class, () -> all.add(all.get(0)));
        }

        @Test
        void concurrentCallsAgree() {
            String text = "وقال الوزير أمس (الاثنين) إن الاتفاق الذي أبرم في 14 يوليو تموز سيطبق العام المقبل "
                    + "منذ 24 عاماً وقبل تسعة أشهر في 5 شوال 1436هـ";
            LocalDate published = LocalDate.parse("2015-07-21");
            List<TimeExpression> expected = TIME.find(text, 0, text.length(), published);
            List<List<TimeExpression>> results = IntStream.range(0, 64).parallel()
                    .mapToObj(k -> TIME.find(text, 0, text.length(), published)).collect(Collectors.toList());
            for (List<TimeExpression> r : results) {
                assertEquals(expected, r);
            }
            assertFalse(expected.isEmpty());
        }

        @Test
        void valueMatchesPrecision() {
            List<TimeExpression> all = new ArrayList<>(find(
                    "اليوم والشهر الماضي والعام الماضي ومنذ 24 عاماً وقبل تسعة أشهر و14 يوليو", "2024-06-19"));
            for (TimeExpression e : all) {
                int expectedLength = switch (e.precision()) {
                    case DAY -> 10;
                    case MONTH -> 7;
                    case YEAR -> 4;
                };
                assertEquals(expectedLength, e.value().length(), e.toString());
            }
            assertEquals(6, all.size());
        }
    }
}
