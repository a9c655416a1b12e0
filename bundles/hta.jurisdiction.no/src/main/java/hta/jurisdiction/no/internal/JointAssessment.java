package hta.jurisdiction.no.internal;

import hta.dossier.view.MilestoneView;
import hta.dossier.view.DossierView;
import hta.dossier.view.SubmissionView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The price memo's reference to the EU joint clinical assessment (Regulation (EU) 2021/2282) of the same product,
 * when the dossier has one under the code {@code jca}. Found through the dossier and the registry, never by
 * importing the assessment's plugin: the installed plugin's process names the milestone that ends the assessment
 * (the report's endorsement), whose date the memo gives; without the plugin the memo cites the case reference
 * only. Like the rest of the memo it is written as of the memo's date: an assessment that had not begun by then
 * is not mentioned, one not yet endorsed is said to be under way. Stateless.
 */
final class JointAssessment {
    static final String CODE = "jca";
    private static final String REGULATION = "forordning (EU) 2021/2282 om metodevurdering";

    private final Formats formats;

    JointAssessment(Formats formats) {
        this.formats = formats;
    }

    /** The paragraphs citing the assessment; adds its footnote to {@code notes}. Empty when there is none. */
    List<Block> blocks(DossierView dossier, SubmissionView memo, MemoContext context, List<String> notes) {
        Optional<SubmissionView> found = dossier.submission(CODE);
        if (found.isEmpty()) return List.of();
        SubmissionView jca = found.get();
        LocalDate asOf = memo.milestone(Norway.MEMO_COMPLETED).map(MilestoneView::date).orElse(null);
        if (jca.milestones().stream().map(MilestoneView::date).filter(Objects::nonNull).noneMatch(d -> onOrBefore(d, asOf))) {
            return List.of();
        }
        Optional<LocalDate> endorsed = context.registry().find(CODE)
                .map(Jurisdiction::process)
                .flatMap(p -> jca.milestone(p.totalEndKind()))
                .map(MilestoneView::date)
                .filter(d -> d != null && onOrBefore(d, asOf));
        String ref = jca.caseReference() == null || jca.caseReference().isBlank() ? null : jca.caseReference();
        String sentence = endorsed
                .map(d -> "Legemidlet har vært gjennom en felles klinisk vurdering i EU etter " + REGULATION
                        + ". Rapporten ble godkjent av EUs koordineringsgruppe for metodevurdering " + formats.shortDate(d) + ".")
                .orElse("Legemidlet er under felles klinisk vurdering i EU etter " + REGULATION + ".");
        List<Span> spans = new ArrayList<>(List.of(Span.text(sentence)));
        notes.add("Felles klinisk vurdering (EU)" + (ref == null ? "" : ", sak " + ref)
                + endorsed.map(d -> ", rapport godkjent " + formats.shortDate(d)).orElse(""));
        spans.add(Span.text(" [" + notes.size() + "]"));
        return List.of(new Block.Paragraph(spans));
    }

    private static boolean onOrBefore(LocalDate date, LocalDate asOf) {
        return asOf == null || !date.isAfter(asOf);
    }
}
