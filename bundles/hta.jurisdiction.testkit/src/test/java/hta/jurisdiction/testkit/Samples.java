package hta.jurisdiction.testkit;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.Milestone;
import hta.dossier.Narrative;
import hta.dossier.Party;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A complete fictional dossier for Testkitland, with a second jurisdiction ("xx") beside it. */
final class Samples {
    private Samples() {
    }

    static Dossier testol() {
        Dossier d = new Dossier();
        d.id = "testol";
        d.product.brandName = "Testol";
        d.product.inn = "testolimab";
        d.prices.add(price("tk-list", "tk", PriceKind.LIST_PRICE, "1234567.89", Classification.PUBLIC));
        d.prices.add(price("tk-agreed", "tk", PriceKind.AGREED_PRICE, "987654.32", Classification.CONFIDENTIAL));
        d.prices.add(price("xx-agreed", "xx", PriceKind.AGREED_PRICE, "555444.33", Classification.CONFIDENTIAL));
        d.submissions.add(submission("tk", "TK-2025-1"));
        d.submissions.add(submission("xx", "XX-7"));
        return d;
    }

    private static PricePoint price(String id, String jurisdiction, PriceKind kind, String amount, Classification c) {
        PricePoint p = new PricePoint();
        p.id = id;
        p.jurisdiction = jurisdiction;
        p.kind = kind;
        p.amount = new BigDecimal(amount);
        p.currency = "EUR";
        p.classification = c;
        return p;
    }

    private static Submission submission(String code, String reference) {
        Submission s = new Submission();
        s.jurisdiction = code;
        s.caseReference = reference;
        s.sender = new Party("Testkit Agency", "Case officer", "A. Writer");
        s.milestones.add(new Milestone(code + ".received", LocalDate.of(2025, 1, 6), null));
        s.milestones.add(new Milestone(code + ".started", LocalDate.of(2025, 2, 3), null));
        s.milestones.add(new Milestone(code + ".decided", LocalDate.of(2025, 4, 14), null));
        Narrative background = new Narrative();
        List<TextRun> paragraph = new ArrayList<>();
        paragraph.add(new TextRun("The company offered a discount of ", Classification.PUBLIC));
        paragraph.add(new TextRun("23 % on the list price", Classification.CONFIDENTIAL));
        paragraph.add(new TextRun(" for five years.", Classification.PUBLIC));
        background.paragraphs.add(paragraph);
        s.sections.put("background", background);
        return s;
    }
}
