package org.example.hta.amnog;

import hta.confidentiality.ProjectedView;
import hta.dossier.PriceKind;
import hta.dossier.view.DecisionView;
import hta.dossier.view.DossierView;
import hta.dossier.view.MilestoneView;
import hta.dossier.view.PricePointView;
import hta.dossier.view.SubmissionView;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.ProjectedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AMNOG summary in German: the product and its therapeutic area, the benefit assessment (IQWiG's Dossierbewertung,
 * the G-BA's Beschluss with the extent and certainty of the added benefit, the appropriate comparator), the
 * reimbursement amount and from when it applies (the seventh month after market entry), and the procedure's dates.
 * Stateless.
 */
final class BenefitSummary implements MemoTemplate {
    private static final Map<String, String> MILESTONES = Map.of(
            Germany.MARKET_ENTRY, "Markteintritt und Dossiereinreichung",
            Germany.ASSESSMENT_PUBLISHED, "Dossierbewertung des IQWiG veröffentlicht",
            Germany.RESOLUTION, "Beschluss des G-BA",
            Germany.PRICE_AGREED, "Erstattungsbetrag vereinbart");
    private final Formats formats;

    BenefitSummary(Formats formats) {
        this.formats = formats;
    }

    @Override public String id() { return "amnog-summary"; }
    @Override public String title() { return "Zusammenfassung der Nutzenbewertung"; }

    @Override
    public List<String> missingFields(ProjectedView view, MemoContext context) {
        Optional<SubmissionView> s = view.dossier().submission(Germany.CODE);
        if (s.isEmpty()) return List.of("submissions[de]: the dossier has no AMNOG submission");
        List<String> missing = new ArrayList<>();
        if (s.get().caseReference() == null) missing.add("submissions[de].caseReference: the IQWiG assessment's number, e.g. A25-17");
        if (s.get().milestone(Germany.MARKET_ENTRY).isEmpty()) missing.add("submissions[de].milestones[de.market-entry]: the date of market entry");
        if (s.get().decision() == null || s.get().decision().outcome() == null) {
            missing.add("submissions[de].decision.outcome: the extent of the added benefit in the G-BA's resolution");
        }
        return missing;
    }

    @Override
    public MemoDocument render(ProjectedView view, MemoContext context) {
        DossierView d = view.dossier();
        SubmissionView s = d.submission(Germany.CODE).orElseThrow();
        List<Block> blocks = new ArrayList<>();
        String active = d.product().localNames().getOrDefault("de", d.product().inn());
        blocks.add(new Block.Heading(1, "Nutzenbewertung nach § 35a SGB V: " + active + " (" + d.product().brandName() + ")"));
        blocks.add(Block.Paragraph.of("Dossierbewertung " + s.caseReference()
                + d.indications().stream().findFirst().map(i -> i.wording().get("de")).map(w -> "; Anwendungsgebiet: " + w).orElse("")));
        blocks.add(new Block.Heading(2, "Zusatznutzen"));
        blocks.add(Block.Paragraph.of(addedBenefit(s)));
        String comparator = d.evidence().translations().containsKey("de") && d.evidence().translations().get("de").comparator() != null
                ? d.evidence().translations().get("de").comparator() : d.evidence().comparator();
        if (comparator != null) blocks.add(Block.Paragraph.of("Zweckmäßige Vergleichstherapie: " + comparator + "."));
        if (s.sections().containsKey("begruendung")) blocks.addAll(ProjectedText.paragraphs(s.sections().get("begruendung"), view));
        blocks.add(new Block.Heading(2, "Erstattungsbetrag"));
        List<List<Block.Cell>> rows = new ArrayList<>();
        rows.add(List.of(Block.Cell.header("Preis"), Block.Cell.header("Betrag"), Block.Cell.header("gilt ab")));
        LocalDate entry = s.milestone(Germany.MARKET_ENTRY).map(MilestoneView::date).orElseThrow();
        for (PricePointView p : d.prices(Germany.CODE).toList()) {
            boolean agreed = p.kind() == PriceKind.AGREED_PRICE;
            String from = agreed ? formats.shortDate(reimbursementFrom(entry)) : formats.shortDate(entry);
            rows.add(List.of(Block.Cell.label(agreed ? "Erstattungsbetrag" : "Abgabepreis des pharmazeutischen Unternehmers"),
                    Block.Cell.of(ProjectedText.price(view, Optional.of(p), formats)), Block.Cell.of(from)));
        }
        if (rows.size() > 1) blocks.add(new Block.Table(List.of(2.5f, 1.5f, 1f), 1, rows));
        blocks.add(Block.Paragraph.of("Der Erstattungsbetrag gilt ab dem siebten Monat nach Markteintritt, hier ab dem "
                + formats.longDate(reimbursementFrom(entry)) + "; in den ersten sechs Monaten gilt der Preis des Unternehmens."));
        blocks.add(new Block.Heading(2, "Verfahren"));
        List<List<Block.Cell>> dates = new ArrayList<>();
        for (MilestoneView m : s.milestones()) {
            dates.add(List.of(Block.Cell.label(MILESTONES.getOrDefault(m.kind(), m.kind())), Block.Cell.of(formats.shortDate(m.date()))));
        }
        blocks.add(new Block.Table(List.of(3f, 1f), 0, dates));
        return new MemoDocument("Nutzenbewertung " + s.caseReference(), "de",
                view.variant().isPublic() ? "ÖFFENTLICHE FASSUNG" : "VERTRAULICH", formats::pageNumber, blocks);
    }

    /**
     * The first day the reimbursement amount applies: six months after market entry, i.e. from the seventh month
     * (G-BA's AMNOG page). Our reading of the counting convention, to be checked against the G-BA's text.
     */
    static LocalDate reimbursementFrom(LocalDate marketEntry) {
        return marketEntry.plusMonths(6);
    }

    private static String addedBenefit(SubmissionView s) {
        DecisionView decision = s.decision();
        Optional<DecisionTerm> extent = AddedBenefit.EXTENTS.stream().filter(t -> t.code().equals(decision.outcome())).findFirst();
        String wording = extent.map(DecisionTerm::wording).orElse(decision.outcome());
        String certainty = Certainty.of(s);
        String date = decision.date() == null ? "" : " vom " + Germany.FORMATS.shortDate(decision.date());
        return "Beschluss des G-BA" + date + ": " + wording + (certainty == null ? "" : " (Wahrscheinlichkeit: " + certainty + ")") + ".";
    }

    @Override
    public String fileName(ProjectedView view) {
        SubmissionView s = view.dossier().submission(Germany.CODE).orElseThrow();
        return s.caseReference().replaceAll("[^A-Za-z0-9_-]", "_") + "_Nutzenbewertung_"
                + (view.variant().isPublic() ? "oeffentlich" : "vertraulich") + ".pdf";
    }
}
