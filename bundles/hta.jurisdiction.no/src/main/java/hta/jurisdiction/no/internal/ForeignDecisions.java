package hta.jurisdiction.no.internal;

import hta.dossier.view.DecisionView;
import hta.dossier.view.DossierView;
import hta.dossier.view.SubmissionView;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoText;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoValues;
import hta.jurisdiction.memo.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The price memo's section on reimbursement in other countries, generated from the dossier's other
 * submissions: the country's Norwegian name, the decision in Norwegian, its date and the published wording
 * as a quote. Works from what the dossier stores ({@code decision.summary["nb"]}, {@code publishedWording});
 * the other jurisdiction's plugin is only asked, through the registry, for its decision term when the
 * dossier has no Norwegian summary. Stateless.
 */
final class ForeignDecisions {
    /** The order of the countries and agencies the memo usually reports on (Nordic countries first). */
    private static final List<String> ORDER = List.of("se", "dk", "fi", "is", "smc", "nice", "de", "jca");

    private final Formats formats;
    /** Norwegian names of the countries and agencies ({@code country.CODE}). */
    private final Map<String, String> names;

    ForeignDecisions(Formats formats, MemoText text) {
        this.formats = formats;
        this.names = text.withPrefix("country.");
    }

    /** The other submissions that carry a decision, in the memo's order (Nordic countries first). */
    static List<SubmissionView> decided(DossierView d) {
        List<SubmissionView> result = new ArrayList<>();
        for (SubmissionView s : d.submissions()) {
            if (!"no".equals(s.jurisdiction()) && s.decision() != null) result.add(s);
        }
        result.sort(Comparator.comparingInt((SubmissionView s) -> {
            int i = ORDER.indexOf(s.jurisdiction());
            return i < 0 ? ORDER.size() : i;
        }).thenComparing(s -> s.jurisdiction()));
        return result;
    }

    /** The country's name in Norwegian, or the installed plugin's name, or the code. */
    String countryName(String code, MemoContext context) {
        String name = names.get(code);
        if (name != null) return name;
        return context.registry().find(code).map(Jurisdiction::nativeName).orElse(code.toUpperCase());
    }

    /**
     * The decision in Norwegian as the dossier words it ({@code summary["nb"]}); empty when the dossier has no
     * Norwegian wording: another country's word or an English summary is not put into a Norwegian memo, where the
     * published wording, quoted in its own language, says what was decided.
     */
    static Optional<String> decisionText(SubmissionView s) {
        String nb = s.decision().summary().get("nb");
        return nb == null || nb.isBlank() ? Optional.empty() : Optional.of(nb);
    }

    /**
     * Blocks for each decision taken by the memo's date (a decision without a date cannot be placed before it and
     * is left out); adds a note with the case reference and the published source to {@code notes}. A decision the
     * dossier marks as made up is marked in Norwegian.
     */
    List<Block> blocks(DossierView dossier, MemoContext context, List<String> notes, LocalDate memoDate,
                       MemoValues values) {
        List<Block> blocks = new ArrayList<>();
        for (SubmissionView s : decided(dossier)) {
            DecisionView d = s.decision();
            if (d.date() == null || (memoDate != null && d.date().isAfter(memoDate))) continue;
            Optional<String> text = decisionText(s);
            boolean quoted = d.publishedWording() != null && !d.publishedWording().isBlank();
            if (text.isEmpty() && !quoted) continue;
            String country = countryName(s.jurisdiction(), context);
            String line = country + text.map(t -> ": " + t).orElse("") + " (" + formats.shortDate(d.date()) + ")";
            List<Span> spans = new ArrayList<>(values.marked(Span.bold(line), d.fictional()));
            note(s, country).ifPresent(n -> {
                notes.add(n);
                spans.add(Span.text(" [" + notes.size() + "]"));
            });
            blocks.add(new Block.Paragraph(spans));
            if (quoted) {
                blocks.add(new Block.Paragraph(List.of(Span.italic(quote(d.publishedWording(), d.wordingLanguage())))));
            }
        }
        return blocks;
    }

    /** The footnote: the country, its case reference and where the decision is published, as the dossier has them. */
    private static Optional<String> note(SubmissionView s, String country) {
        String ref = s.caseReference() == null || s.caseReference().isBlank() ? null : s.caseReference();
        String source = s.decision().source() == null || s.decision().source().isBlank() ? null : s.decision().source();
        if (ref == null && source == null) return Optional.empty();
        return Optional.of(country + ": " + (ref == null ? "" : ref) + (ref != null && source != null ? ", " : "")
                + (source == null ? "" : source));
    }

    /** Nordic quotes use guillemets, English quotes use curly quotes, as the published memo does. */
    private static String quote(String text, String language) {
        return "en".equals(language) ? "\u201C" + text + "\u201D" : "\u00AB" + text + "\u00BB";
    }
}
