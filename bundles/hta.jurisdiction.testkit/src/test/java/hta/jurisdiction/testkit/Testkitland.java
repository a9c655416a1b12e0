package hta.jurisdiction.testkit;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.ProjectedView;
import hta.confidentiality.RedactionMark;
import hta.dossier.PriceKind;
import hta.dossier.view.PricePointView;
import hta.dossier.view.SubmissionView;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.StandardFormats;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.ProjectedText;
import hta.timeline.PhaseDefinition;
import hta.timeline.ProcessDefinition;
import hta.timeline.ProcessRules;
import hta.timeline.TimeTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A small fictional jurisdiction for the kit's own tests ("tk"), with switchable defects: each defect is one way a
 * plugin can break a rule, and the kit must catch every one of them.
 */
final class Testkitland implements Jurisdiction {
    enum Defect {
        /** The template remembers the last agreed price it saw (in a confidential memo) and prints it in the next. */
        CACHED_PRICE,
        /** The memo counts how often it was made: the public memo changes without any value changing. */
        RENDER_COUNT,
        FILE_NAME_VALUE, SAME_FILE_NAME, US_DATES, LOST_DECIMALS, BACKWARD_PHASE, BACKWARD_TARGET, UNNAMED_FIELD,
        EMPTY_SECTION, BARE_HEADING, CLOCK_STOP_ACROSS_START
    }

    static final String RECEIVED = "tk.received";
    static final String STARTED = "tk.started";
    static final String DECIDED = "tk.decided";
    private final Set<Defect> defects;

    Testkitland(Defect... defects) {
        this.defects = defects.length == 0 ? EnumSet.noneOf(Defect.class) : EnumSet.of(defects[0], defects);
    }

    @Override public String code() { return "tk"; }
    @Override public String displayName() { return "Testkitland"; }
    @Override public String nativeName() { return "Testkitland"; }
    @Override public Locale locale() { return Locale.UK; }
    @Override public Currency currency() { return Currency.getInstance("EUR"); }
    @Override public List<Agency> agencies() { return List.of(new Agency("TKA", "Testkit Agency", "assesses")); }
    @Override public List<DecisionTerm> decisionVocabulary() { return List.of(new DecisionTerm("yes", "recommended", "recommended", true)); }

    @Override
    public Formats formats() {
        return new StandardFormats(Locale.UK, ',', defects.contains(Defect.LOST_DECIMALS) ? ',' : '.', '-',
                defects.contains(Defect.US_DATES) ? "MM/dd/yyyy" : "dd/MM/yyyy", "d MMMM yyyy",
                (n, c) -> c + " " + n, (p, n) -> "Page " + p + " of " + n);
    }

    @Override
    public ConfidentialityPolicy confidentiality() {
        return new ConfidentialityPolicy() {
            @Override public Set<PriceKind> confidentialPriceKinds() { return Set.of(PriceKind.AGREED_PRICE); }
            @Override public RedactionMark redactionMark() { return new RedactionMark(RedactionMark.Style.TEXT, "[confidential]"); }
        };
    }

    @Override
    public ProcessDefinition process() {
        boolean backward = defects.contains(Defect.BACKWARD_PHASE);
        boolean across = defects.contains(Defect.CLOCK_STOP_ACROSS_START);
        return new ProcessDefinition(List.of(RECEIVED, STARTED, DECIDED),
                List.of(new PhaseDefinition("waiting", "Waiting", RECEIVED, across ? DECIDED : STARTED, across),
                        new PhaseDefinition("assessing", "Assessing", backward ? DECIDED : STARTED, backward ? STARTED : DECIDED, false)),
                STARTED, DECIDED);
    }

    @Override
    public ProcessRules processRules() {
        TimeTarget t = new TimeTarget("tk.90", "Decision within 90 days", STARTED, DECIDED, 90);
        if (defects.contains(Defect.BACKWARD_TARGET)) t = new TimeTarget("tk.90", "Decision", DECIDED, STARTED, 90);
        return ProcessRules.of(process()).withTargets(t);
    }

    @Override
    public List<MemoTemplate> memoTemplates() {
        return List.of(new Note());
    }

    /** The one memo: prices and background. */
    private final class Note implements MemoTemplate {
        private BigDecimal lastAgreedPrice;
        private int renders;

        @Override public String id() { return "note"; }
        @Override public String title() { return "Note"; }

        @Override
        public List<String> missingFields(ProjectedView view, MemoContext context) {
            List<String> missing = new ArrayList<>();
            SubmissionView s = view.dossier().submission("tk").orElse(null);
            if (s == null) return List.of("submissions[tk]: the dossier has no submission in Testkitland");
            if (s.caseReference() == null) missing.add(defects.contains(Defect.UNNAMED_FIELD)
                    ? "the case reference is missing" : "submissions[tk].caseReference: the case reference is missing");
            if (!s.sections().containsKey("background")) missing.add("submissions[tk].sections.background: write the background");
            return missing;
        }

        @Override
        public MemoDocument render(ProjectedView view, MemoContext context) {
            Formats f = formats();
            SubmissionView s = view.dossier().submission("tk").orElseThrow();
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Block.Heading(1, s.caseReference() + ": " + view.dossier().product().brandName()));
            blocks.add(new Block.Heading(2, "Prices"));
            List<List<Block.Cell>> rows = new ArrayList<>();
            rows.add(List.of(Block.Cell.header("Price"), Block.Cell.header("Amount")));
            for (PricePointView p : view.dossier().prices().stream().filter(p -> "tk".equals(p.jurisdiction())).toList()) {
                rows.add(List.of(Block.Cell.label(p.kind().name()), Block.Cell.of(ProjectedText.price(view, Optional.of(p), f))));
                if (p.kind() == PriceKind.AGREED_PRICE && p.amount() != null) lastAgreedPrice = p.amount();
            }
            if (defects.contains(Defect.CACHED_PRICE) && lastAgreedPrice != null) {
                rows.add(List.of(Block.Cell.label("Previous offer"), Block.Cell.of(f.money(lastAgreedPrice, "EUR"))));
            }
            blocks.add(new Block.Table(List.of(2f, 1f), 1, rows));
            if (defects.contains(Defect.RENDER_COUNT)) blocks.add(Block.Paragraph.of("Draft " + ++renders));
            blocks.add(new Block.Heading(2, "Background"));
            blocks.addAll(ProjectedText.paragraphs(s.sections().get("background"), view));
            if (defects.contains(Defect.EMPTY_SECTION)) {
                // a heading over a table whose rows the template forgot: the platform drops a bare heading by
                // itself (MemoDocument), not one over a table shell, which is the template's defect to report
                blocks.add(new Block.Heading(2, "Budget impact"));
                blocks.add(new Block.Table(List.of(1f, 1f), 1, List.of(List.of(Block.Cell.header("Year"), Block.Cell.header("Amount")))));
            }
            if (defects.contains(Defect.BARE_HEADING)) blocks.add(new Block.Heading(2, "Budget impact"));
            return new MemoDocument("Note on " + view.dossier().product().brandName(), "en",
                    view.variant().isPublic() ? "PUBLIC" : "CONFIDENTIAL", f::pageNumber, blocks);
        }

        @Override
        public String fileName(ProjectedView view) {
            String name = view.dossier().product().brandName().replaceAll("[^A-Za-z0-9]", "_");
            if (defects.contains(Defect.FILE_NAME_VALUE)) {
                BigDecimal first = view.dossier().prices().get(0).amount();
                name += "_" + (first == null ? "x" : first.toPlainString());
            }
            return name + "_note" + (defects.contains(Defect.SAME_FILE_NAME) ? "" : view.variant().isPublic() ? "_public" : "_confidential") + ".pdf";
        }
    }
}
