package hta.workbench.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevisionComparisonTest {
    private static final Map<String, String> NAMES = Map.of("no", "Norway", "se", "Sweden");

    private static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s.replace('\'', '"').getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<String> lines(String before, String after) throws Exception {
        // no jurisdiction installed: statuses and decisions read as their codes made readable
        return lines(before, after, RevisionComparison.Vocabulary.of(c -> NAMES.getOrDefault(c, c), c -> java.util.Optional.empty()));
    }

    private static List<String> lines(String before, String after, RevisionComparison.Vocabulary words) throws Exception {
        return RevisionComparison.of(json(before), json(after), words, Locale.UK).stream()
                .map(d -> d.where() + " | " + d.change().word() + " | " + d.before() + " | " + d.after()).toList();
    }

    @Test
    void fieldsInWordsAndTheRevisionLeftOut() throws Exception {
        assertEquals(List.of("Product › Marketing authorisation holder | changed | CSL Behring | CSL Behring GmbH",
                        "Product › Therapy kind | changed | Gene therapy | Other kind",
                        "Product › Orphan | changed | yes | no",
                        "Product › ATC code | added |  | B02BD16"),
                lines("{'revision':1,'saved':{'author':'a'},'product':{'marketingAuthorisationHolder':'CSL Behring',"
                                + "'therapyKind':'GENE_THERAPY','orphan':true}}",
                        "{'revision':2,'saved':{'author':'b'},'product':{'marketingAuthorisationHolder':'CSL Behring GmbH',"
                                + "'therapyKind':'OTHER_KIND','orphan':false,'atcCode':'B02BD16'}}"));
    }

    @Test
    void listElementsMatchedByIdentityWhateverTheirOrder() throws Exception {
        List<String> d = lines("{'submissions':[{'jurisdiction':'no','status':'no.assessment','milestones':["
                        + "{'kind':'no.dmp-report','date':'2025-04-23'}]},{'jurisdiction':'se','status':'x'}]}",
                "{'submissions':[{'jurisdiction':'se','status':'x'},{'jurisdiction':'no','status':'no.decided','milestones':["
                        + "{'kind':'no.dmp-report','date':'2025-04-24'},{'kind':'no.decision','date':'2025-06-01'}]}]}");
        assertEquals(List.of("Submissions › Norway › Status | changed | Assessment | Decided",
                "Submissions › Norway › Milestones › DMP report › Date | changed | 2025-04-23 | 2025-04-24",
                "Submissions › Norway › Milestones › Decision | added |  | Kind: Decision; Date: 2025-06-01"), d);
    }

    /**
     * Regression (outsider's walk): Compare showed a status as its code, "no.assessment | no.decided". A status and a
     * decision read in the words of the submission's jurisdiction — changed, or inside a submission or decision added.
     */
    @Test
    void statusesAndDecisionsReadInTheirJurisdictionsWords() throws Exception {
        RevisionComparison.Vocabulary words = new RevisionComparison.Vocabulary() {
            @Override
            public String jurisdiction(String code) {
                return NAMES.getOrDefault(code, code);
            }

            @Override
            public String status(String code, String status) {
                return code + ":" + status.toUpperCase(Locale.ROOT);
            }

            @Override
            public String decision(String code, String outcome) {
                return code + " decides " + outcome;
            }
        };
        List<String> d = lines("{'submissions':[{'jurisdiction':'no','status':'no.assessment'}],"
                        + "'prices':[{'id':'p','jurisdiction':'no','status':'not-a-submission'}]}",
                "{'submissions':[{'jurisdiction':'no','status':'no.decided','decision':{'outcome':'innfores'}},"
                        + "{'jurisdiction':'se','status':'se.negotiation'}],"
                        + "'prices':[{'id':'p','jurisdiction':'no','status':'other'}]}", words);
        assertEquals(List.of("Submissions › Norway › Status | changed | no:NO.ASSESSMENT | no:NO.DECIDED",
                "Submissions › Norway › Decision | added |  | Outcome: no decides innfores",
                "Submissions › Sweden | added |  | Jurisdiction: Sweden; Status: se:SE.NEGOTIATION",
                "Prices › Norway price › Status | changed | not-a-submission | other"), d);
    }

    @Test
    void aParagraphInsertedChangesNoLaterOneAndReadsAsTextWithItsClassifiedRunsMarked() throws Exception {
        String p1 = "[{'text':'First.','classification':'PUBLIC'}]";
        String p2 = "[{'text':'Price ','classification':'PUBLIC'},{'text':'29950000','classification':'CONFIDENTIAL'}]";
        String p2public = "[{'text':'Price ','classification':'PUBLIC'},{'text':'29950000','classification':'PUBLIC'}]";
        String inserted = "[{'text':'New one.','classification':'PUBLIC'}]";
        List<String> d = lines("{'sections':{'bakgrunn':{'paragraphs':[" + p1 + "," + p2 + "]}}}",
                "{'sections':{'bakgrunn':{'paragraphs':[" + inserted + "," + p1 + "," + p2public + "]}}}");
        assertEquals(List.of("Sections › Bakgrunn › Paragraphs › Paragraph 1 | added |  | New one.",
                "Sections › Bakgrunn › Paragraphs › Paragraph 3 | changed | Price [confidential: 29950000] | Price 29950000"), d);
    }

    @Test
    void numbersInTheLocaleAndRemovedElements() throws Exception {
        List<String> d = lines("{'economics':{'figures':[{'id':'icer','label':'ICER','value':1234567.5},{'id':'x','value':1}]}}",
                "{'economics':{'figures':[{'id':'icer','label':'ICER','value':1234568}]}}");
        assertEquals(List.of("Economics › Figures › ICER › Value | changed | 1,234,567.5 | 1,234,568",
                "Economics › Figures › x | removed | ID: x; Value: 1 | "), d);
    }

    /** Regression (outsider's walk): Compare named prices by their ids, "Prices › no-maks-aup › Amount". */
    @Test
    void pricesAreNamedByTheirJurisdictionAndKindNotTheirIds() throws Exception {
        List<String> d = lines("{'prices':[{'id':'no-maks-aup','jurisdiction':'no','kind':'MAXIMUM_PHARMACY_PRICE','amount':43028738},"
                        + "{'id':'se-net','jurisdiction':'se','kind':'AGREED_PRICE','pack':'1 vial','amount':2}]}",
                "{'prices':[{'id':'no-maks-aup','jurisdiction':'no','kind':'MAXIMUM_PHARMACY_PRICE','amount':43000000},"
                        + "{'id':'se-net','jurisdiction':'se','kind':'AGREED_PRICE','pack':'1 vial','amount':3}]}");
        assertEquals(List.of("Prices › Norway maximum pharmacy price › Amount | changed | 43,028,738 | 43,000,000",
                "Prices › Sweden agreed price › Amount | changed | 2 | 3"), d);
    }

    @Test
    void sameContentNoDifference() throws Exception {
        assertTrue(lines("{'revision':1,'a':[1,2]}", "{'revision':7,'a':[1,2]}").isEmpty());
    }

    @Test
    void alignmentPairsEqualElementsInOrder() {
        List<Alignment.Step> s = Alignment.of(List.of("a", "b", "c"), List.of("a", "x", "c", "d"));
        assertEquals("0/0 1/- -/1 2/2 -/3", String.join(" ", s.stream()
                .map(x -> (x.before() < 0 ? "-" : x.before()) + "/" + (x.after() < 0 ? "-" : x.after())).toList()));
    }

    /** Regression (walk of 6 December 2026): a price made confidential read "public | confidential" beside the Prices page's words. */
    @Test
    void aClassificationReadsAsTheTablesWriteIt() throws Exception {
        assertEquals(List.of("Prices › Price › Classification | changed | Public | Confidential"),
                lines("{'prices':[{'id':'p','classification':'PUBLIC'}]}", "{'prices':[{'id':'p','classification':'CONFIDENTIAL'}]}"));
    }
}
