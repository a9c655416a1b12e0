package hta.workbench.editor.internal.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Agreement;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Party;
import hta.dossier.Submission;
import hta.dossier.json.DossierJson;
import hta.workbench.editor.internal.ops.OperationHistory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionEditTest {
    private static Dossier danish() {
        Dossier d = new Dossier();
        d.id = "hemgenix";
        Submission s = new Submission();
        s.jurisdiction = "dk";
        Agreement a = new Agreement();
        a.kind = "PAYMENT_BY_RESULT";
        a.description = "Alternativ prisaftale: betaling efter resultat.";
        a.classification = Classification.PUBLIC;
        s.agreements.add(a);
        d.submissions.add(s);
        return d;
    }

    private static Submission dk(Dossier d) {
        return d.submission("dk").orElseThrow();
    }

    @Test
    void agreementsAreAddedChangedAndRemovedEachAsOneEditThatUndoesExactly() {
        Dossier d = danish();
        OperationHistory h = new OperationHistory(d);
        Agreement pbr = dk(d).agreements.get(0);

        Agreement mea = new Agreement();
        mea.classification = Classification.CONFIDENTIAL;
        List<Agreement> withNew = new ArrayList<>(dk(d).agreements);
        withNew.add(mea);
        h.execute(SubmissionEdit.list("Add agreement", d, "dk", s -> s.agreements, withNew));
        h.execute(SubmissionEdit.entry("Change agreement kind", "dk", mea, x -> x.kind, (x, v) -> x.kind = v,
                SubmissionValues.kindCode("Managed access")));
        h.execute(SubmissionEdit.entry("Change agreement start date", "dk", mea, x -> x.startDate,
                (x, v) -> x.startDate = v, LocalDate.of(2024, 7, 1)));
        h.execute(SubmissionEdit.entry("Mark agreement public", "dk", pbr, x -> x.classification,
                (x, v) -> x.classification = v, SubmissionValues.nextClassification(pbr.classification)));
        assertEquals(List.of(pbr, mea), dk(d).agreements);
        assertEquals("MANAGED_ACCESS", mea.kind);
        assertEquals(LocalDate.of(2024, 7, 1), mea.startDate);
        assertEquals(Classification.CONFIDENTIAL, pbr.classification);

        h.execute(SubmissionEdit.list("Remove agreement Payment by result", d, "dk", s -> s.agreements, List.of(mea)));
        assertEquals(List.of(mea), dk(d).agreements);
        h.undo();
        assertEquals(List.of(pbr, mea), dk(d).agreements, "the removed agreement is back in its place");
        h.undo();
        assertEquals(Classification.PUBLIC, pbr.classification);
        h.undo();
        assertNull(mea.startDate);
        h.undo();
        assertNull(mea.kind);
        h.undo();
        assertEquals(List.of(pbr), dk(d).agreements);
        assertFalse(h.isDirty(), "back at the loaded state");
        for (int i = 0; i < 5; i++) h.redo();
        assertEquals(List.of(mea), dk(d).agreements);
        assertEquals("MANAGED_ACCESS", mea.kind);
        assertEquals(LocalDate.of(2024, 7, 1), mea.startDate);
    }

    @Test
    void partiesAreAddedEditedAndMovedAndTheSenderComesAndGoesWithItsFields() {
        Dossier d = danish();
        OperationHistory h = new OperationHistory(d);
        Party first = new Party("Medicinrådet", "Formand", "Jens Hansen");
        Party second = new Party();
        h.execute(SubmissionEdit.list("Add signatory", d, "dk", PartyRole.SIGNATORIES::of, List.of(first)));
        h.execute(SubmissionEdit.list("Add signatory", d, "dk", PartyRole.SIGNATORIES::of, List.of(first, second)));
        h.execute(SubmissionEdit.entry("Change signatory name", "dk", second, x -> x.name, (x, v) -> x.name = v,
                "Mette Larsen"));
        h.execute(SubmissionEdit.list("Move signatory up", d, "dk", PartyRole.SIGNATORIES::of, List.of(second, first)));
        assertEquals(List.of(second, first), dk(d).signatories);
        assertEquals("Mette Larsen", second.name);
        assertTrue(dk(d).recipients.isEmpty() && dk(d).copyTo.isEmpty(), "only the signatories changed");
        h.undo();
        assertEquals(List.of(first, second), dk(d).signatories);
        h.undo();
        assertNull(second.name);
        h.undo();
        h.undo();
        assertTrue(dk(d).signatories.isEmpty());

        assertNull(dk(d).sender);
        h.execute(SubmissionEdit.sender("Change sender organisation", d, "dk", p -> p.organisation,
                (p, v) -> p.organisation = v, "Amgros I/S"));
        Party sender = dk(d).sender;
        assertEquals("Amgros I/S", sender.organisation);
        h.execute(SubmissionEdit.sender("Change sender name", d, "dk", p -> p.name, (p, v) -> p.name = v, "Ole Bak"));
        assertSame(sender, dk(d).sender);
        h.execute(SubmissionEdit.sender("Change sender organisation", d, "dk", p -> p.organisation,
                (p, v) -> p.organisation = v, null));
        assertSame(sender, dk(d).sender, "a sender with a name stays");
        h.execute(SubmissionEdit.sender("Change sender name", d, "dk", p -> p.name, (p, v) -> p.name = v, null));
        assertNull(dk(d).sender, "a sender saying nothing is dropped");
        h.undo();
        assertSame(sender, dk(d).sender);
        assertEquals("Ole Bak", sender.name);
        h.undo();
        h.undo();
        assertEquals("Amgros I/S", sender.organisation);
        h.undo();
        assertNull(dk(d).sender);
        assertTrue(SubmissionValues.isEmpty(new Party(" ", null, "")));
    }

    @Test
    void aSenderCarryingAnotherToolsFieldIsKeptWhenItsNamedFieldsAreCleared() throws Exception {
        Dossier d = DossierJson.read(("{\"schemaVersion\" : 2, \"id\" : \"hemgenix\", \"submissions\" : [ {"
                + "\"jurisdiction\" : \"dk\", \"sender\" : {\"organisation\" : \"Amgros I/S\","
                + " \"email\" : \"post@amgros.dk\"} } ]}").getBytes(StandardCharsets.UTF_8));
        OperationHistory h = new OperationHistory(d);
        h.execute(SubmissionEdit.sender("Change sender organisation", d, "dk", p -> p.organisation,
                (p, v) -> p.organisation = v, null));
        assertFalse(dk(d).sender == null, "the sender keeps the field another tool wrote");
        assertTrue(new String(DossierJson.write(d), StandardCharsets.UTF_8).contains("post@amgros.dk"));
        h.undo();
        assertEquals("Amgros I/S", dk(d).sender.organisation);
    }

    @Test
    void datesAndPeriodsAreRefusedNamingTheFieldAndKindsAndClassificationsReadAsWords() {
        assertEquals(LocalDate.of(2024, 7, 1), SubmissionValues.parseDate("start", " 2024-07-01 "));
        assertNull(SubmissionValues.parseDate("start", " "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SubmissionValues.parseDate("Agreement 1 (Payment by result), end date", "01.07.2026"));
        assertEquals("Agreement 1 (Payment by result), end date: '01.07.2026' is not a date; write it as"
                + " year-month-day, e.g. 2025-10-22 (nothing was changed)", e.getMessage());
        SubmissionValues.checkPeriod("x", LocalDate.of(2024, 1, 1), null);
        SubmissionValues.checkPeriod("x", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1));
        e = assertThrows(IllegalArgumentException.class,
                () -> SubmissionValues.checkPeriod("end date", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 6, 30)));
        assertEquals("end date: the agreement would end (2024-06-30) before it starts (2024-07-01)"
                + " (nothing was changed)", e.getMessage());

        assertEquals("Payment by result", SubmissionValues.kindLabel("PAYMENT_BY_RESULT"));
        assertEquals("OUTCOME_BASED_REBATE", SubmissionValues.kindLabel("OUTCOME_BASED_REBATE"));
        assertEquals("FRAMEWORK_AGREEMENT", SubmissionValues.kindCode("framework agreement"));
        assertEquals("REBATE_AGREEMENT", SubmissionValues.kindCode("REBATE_AGREEMENT"));
        assertEquals("OUTCOME_BASED_REBATE", SubmissionValues.kindCode(" OUTCOME_BASED_REBATE "));
        assertNull(SubmissionValues.kindCode(""));

        assertEquals(Classification.CONFIDENTIAL, SubmissionValues.nextClassification(null));
        assertEquals(Classification.CONFIDENTIAL, SubmissionValues.nextClassification(Classification.PUBLIC));
        assertEquals(Classification.ACADEMIC_IN_CONFIDENCE,
                SubmissionValues.nextClassification(Classification.CONFIDENTIAL));
        assertEquals(Classification.PUBLIC, SubmissionValues.nextClassification(Classification.ACADEMIC_IN_CONFIDENCE));
        for (Classification c : Classification.values()) {
            assertEquals(c, SubmissionValues.classificationOf(SubmissionValues.classificationLabel(c)));
        }
        assertEquals("Academic in confidence", SubmissionValues.classificationLabel(Classification.ACADEMIC_IN_CONFIDENCE));
        assertEquals(SubmissionValues.NOT_CLASSIFIED, SubmissionValues.classificationLabel(null));
    }
}
