package hta.export.pdf.internal;

import hta.confidentiality.ConfidentialityAnalysis;
import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.NumberWords;
import hta.confidentiality.ProjectedView;
import hta.confidentiality.Variant;
import hta.confidentiality.PrintedFields;
import hta.dossier.Dossier;
import hta.dossier.EditorPages;
import hta.dossier.view.SubmissionView;
import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.ExportResult;
import hta.export.pdf.MemoExporter;
import hta.export.pdf.PdfAudit;
import hta.export.pdf.RefusalPlace;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.JurisdictionRegistry;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.ProjectedText;
import java.io.IOException;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The memo exporter: asks the jurisdiction for its template and policy, projects the dossier, renders, and —
 * for a public memo — refuses it, naming the dossier field, while the dossier's structure does not let every value's
 * classification be established, while a printed field holds a confidential value, or when the PDF read back holds
 * one (see {@link PublicMemoCheck}). The file name says which version it is in the memo's language
 * ({@link MemoFileNames}) and never holds a confidential value.
 */
@Component(service = MemoExporter.class)
public final class DefaultMemoExporter implements MemoExporter {
    private final JurisdictionRegistry registry;
    private final PdfMemoWriter writer = new PdfMemoWriter();

    @Activate
    public DefaultMemoExporter(@Reference JurisdictionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ExportResult export(Dossier dossier, String code, String templateId, Variant variant)
            throws ExportRefusedException {
        try {
            return exportWith(dossier, code, templateId, variant);
        } catch (RuntimeException | LinkageError e) {
            // The jurisdiction's code runs inside this call: a plugin that throws, or one uninstalled while its
            // memo is being made (its classes then fail to load), is refused for that reason, never passed on raw.
            // A class that no longer loads means the plugin's bundle went away (or was replaced by an update)
            // under this call, even when the registry has already seen the new one arrive.
            java.util.Optional<Jurisdiction> present = registry.find(code);
            boolean gone = present.isEmpty() || e instanceof LinkageError;
            if (!gone && Culprit.of(e, present.get().getClass().getClassLoader()) == Culprit.Owner.WORKBENCH) {
                // the workbench's own fault under the plugin's call is not the plugin's to answer for
                String where = Culprit.where(e);
                throw new ExportRefusedException("HTA Workbench failed while the memo was being made ("
                        + e.getClass().getName() + (where == null ? "" : " in " + where) + "); nothing was written."
                        + " This is a fault of the workbench, not of the plugin '" + code + "': please report it",
                        List.of());
            }
            throw new ExportRefusedException(gone
                    ? "The jurisdiction plugin '" + code + "' was removed or updated while the memo was being made;"
                            + " nothing was written, try again"
                    : "The jurisdiction plugin '" + code + "' failed while the memo was being made ("
                            // the class only: a plugin's exception message may quote a confidential figure
                            + e.getClass().getName() + "); nothing was written",
                    List.of());
        }
    }

    private ExportResult exportWith(Dossier dossier, String code, String templateId, Variant variant)
            throws ExportRefusedException {
        Jurisdiction j = registry.find(code).orElseThrow(() -> new ExportRefusedException(
                "No jurisdiction plugin '" + code + "' is installed", List.of()));
        MemoTemplate template = (templateId == null ? j.memoTemplates().stream().findFirst()
                : j.memoTemplate(templateId)).orElseThrow(() -> new ExportRefusedException(
                "Jurisdiction '" + code + "' has no memo template '" + templateId + "'", List.of()));
        // fail closed: a value whose classification cannot be established never reaches a projection
        if (variant.isPublic()) PublicMemoCheck.structure(dossier, j.confidentiality());
        // one confidentiality analysis per public export, passed to the projection and the leak index
        OtherCountries others = otherCountries(code);
        // the other countries as read before the render: the template's questions to them run no plugin code of theirs
        MemoContext context = new MemoContext(OtherJurisdiction.registry(j, others.jurisdictions()));
        NumberWords otherLanguages = others.words();
        // the memo's policy, with the other countries' VAT rates beside its own: text in their language says "inkl.
        // moms" of their prices ("AIP inklusive moms er 32,69 mio. kr." in an English memo is Denmark's 25 %, public
        // arithmetic; sixteenth probe), and a reader redoes it
        ConfidentialityPolicy policy = OtherCountries.withVat(j.confidentiality(), others.vatRates());
        ConfidentialityAnalysis analysis = variant.isPublic()
                ? ConfidentialityAnalysis.of(dossier, policy, otherLanguages) : null;
        // the template gets a read-only, need-to-know view: nothing it does reaches the dossier
        ProjectedView view = ProjectedView.of(dossier, code, j.confidentiality(), variant, analysis,
                ProjectedText.valueFormat(j.formats()));
        List<String> missing = template.missingFields(view, context);
        if (!missing.isEmpty()) {
            throw new ExportRefusedException("The " + template.title() + " of '" + dossier.id
                    + "' cannot be exported yet; required fields are missing", missing);
        }
        PublicMemoCheck check = new PublicMemoCheck(dossier, code, analysis != null ? analysis
                : ConfidentialityAnalysis.of(dossier, policy, otherLanguages));
        if (variant.isPublic()) check.fields(view);
        MemoDocument memo = template.render(view, context);
        String fileName = MemoFileNames.of(template.fileName(view), memo.marking());
        if (variant.isPublic()) {
            check.names(fileName, memo.title());
        } else if (check.reveals(fileName)) {
            // the confidential memo holds the values, its name must not: a brand that equals a secret number
            fileName = MemoFileNames.neutral(template.id(), memo.marking());
        }
        byte[] pdf;
        int pages;
        try {
            PdfMemoWriter.Written written = writer.write(memo, chart(view, j, memo), variant);
            pdf = written.pdf();
            pages = written.pages();
            if (variant.isPublic()) {
                List<String> hygiene = PdfAudit.hygiene(pdf);
                if (!hygiene.isEmpty()) {
                    throw new ExportRefusedException("The public memo was rendered but is not a clean single-revision"
                            + " file; nothing was written", hygiene);
                }
                check.readBack(pdf);
            }
        } catch (IOException e) {
            throw new ExportRefusedException("The memo could not be rendered: " + e.getMessage(), List.of());
        } catch (UndrawableCharacterException e) {
            throw undrawable(view, code, e);
        }
        return new ExportResult(fileName, pdf, pages);
    }

    /**
     * The words and VAT rates of every other active jurisdiction: a memo prints text written in their languages
     * (another country's decision wording, a label a colleague wrote), and a confidential value written in their
     * words, or with their VAT, must be read.
     * A plugin whose words cannot be had is left out: its failure must not stop another country's export. Their
     * spelled-out numbers are read as quoted: a number of two words or a long word ("seventy-three per cent" in an
     * English decision quoted by the Norwegian memo), never a short word of this memo's language (Danish "to").
     */
    private OtherCountries otherCountries(String code) {
        NumberWords words = NumberWords.NONE;
        List<java.math.BigDecimal> vat = new java.util.ArrayList<>();
        List<OtherJurisdiction> read = new java.util.ArrayList<>();
        for (Jurisdiction other : registry.jurisdictions()) {
            if (other.code().equals(code)) continue;
            // read on a thread of its own, within a limit: a plugin whose words never came back held up this export
            // until it timed out, and then this jurisdiction, not that plugin, was blamed (outside trust test)
            // (with what this memo's template may quote of it: names, process, vocabularies)
            java.util.concurrent.CompletableFuture<OtherCountries> reading = new java.util.concurrent.CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    ConfidentialityPolicy p = other.confidentiality();
                    reading.complete(new OtherCountries(p.numberWords().quoted(), List.copyOf(p.vatRates()),
                            List.of(OtherJurisdiction.of(other, p))));
                } catch (RuntimeException | LinkageError e) {
                    reading.completeExceptionally(e);
                }
            }, "hta-export-words-" + other.code());
            t.setDaemon(true);
            t.start();
            try {
                OtherCountries got = reading.get(OTHER_WORDS_LIMIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
                read.addAll(got.jurisdictions());
                words = words.and(got.words());
                for (java.math.BigDecimal v : got.vatRates()) if (v != null && v.signum() > 0 && !vat.contains(v)) vat.add(v);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // left out; its own exports report its failure
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new OtherCountries(words, List.copyOf(vat), List.copyOf(read));
    }

    /** How long another jurisdiction's words may take to read (they are data: a plugin builds them at once). */
    private static final long OTHER_WORDS_LIMIT_MS = 5_000;

    /**
     * The refusal for a character the memo's fonts cannot draw, naming every field that holds it (one line each) and
     * the character; the text around it is not quoted, it may be next to a confidential value.
     */
    private static ExportRefusedException undrawable(ProjectedView view, String code, UndrawableCharacterException e) {
        String what = "the character " + UndrawableCharacterException.describe(e.codePoint()) + " cannot be printed in"
                + " the memo's font; write it with ordinary characters (a superscript or subscript fraction as 7/10)."
                + " Nothing is printed in its place, so the memo was not made";
        Dossier shown = view.dossier().toDossier();
        List<RefusalPlace> places = new java.util.ArrayList<>();
        for (PrintedFields.Field f : PrintedFields.of(shown, code)) {
            if (f.isValue() || f.text().codePoints().noneMatch(c -> c == e.codePoint())) continue;
            String page = EditorPages.of(shown, f.path());
            places.add(new RefusalPlace(f.path(), page, null, 0, f.path() + (page == null ? "" : " (" + EditorPages.title(page) + ")") + ": " + what));
        }
        if (places.isEmpty()) places.add(RefusalPlace.of("a text of the " + code + " template: " + what));
        return new ExportRefusedException(places, "The memo holds a character its font cannot print");
    }

    /**
     * The timeline chart of the jurisdiction's submission, drawn from the view the template saw and read as of the
     * day the memo says it is written (none when the memo asks for none).
     */
    private static TimelineChart chart(ProjectedView view, Jurisdiction j, MemoDocument memo) {
        if (memo.timeline() == null) return null;
        return TimelineChart.of(view.dossier().submission(j.code()).map(SubmissionView::toSubmission).orElse(null),
                j.processRules(), j.formats(), j.timelineWords(), memo.timeline().asOf());
    }
}
