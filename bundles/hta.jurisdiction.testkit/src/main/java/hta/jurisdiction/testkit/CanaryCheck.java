package hta.jurisdiction.testkit;

import hta.confidentiality.ConfidentialityAnalysis;
import hta.confidentiality.LeakFinding;
import hta.confidentiality.LeakIndex;
import hta.confidentiality.LeakScanner;
import hta.confidentiality.SecretValue;
import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.export.pdf.PdfAudit;
import hta.jurisdiction.MemoTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Planted-value canaries ({@link Canaries}) through one template, in both variants, checked in the rendered memo and
 * in the PDF the app exports and reads back:
 * <ul>
 *   <li>no confidential canary is anywhere in the public memo — its file name, title, blocks, the PDF's pages,
 *   objects, tagged places and metadata — and the app's own read-back scan accepts the file;</li>
 *   <li>no confidential canary of another jurisdiction is anywhere in the confidential memo (need-to-know);</li>
 *   <li>every field the memo prints is in the PDF's page text too (nothing the template wrote is lost).</li>
 * </ul>
 * Stateless.
 */
public final class CanaryCheck {
    private CanaryCheck() {
    }

    /**
     * The problems of {@code template}, with canaries planted as {@link Canaries#plant} does. When the first series of
     * planted values gives problems, and one of its values reads as a number the memo prints without it (a public
     * figure, an article number: a finding about the kit's choice of values, not about the template), the check is
     * made again with the next series of values that reads as none, chosen by that alone, and its problems count.
     */
    public static List<String> check(Subject subject, MemoTemplate template, boolean allConfidential) {
        Dossier d = subject.dossier();
        Canaries canaries = Canaries.plant(d, allConfidential);
        List<String> problems = check(subject, template, d, canaries);
        if (problems.isEmpty()) return problems;
        Unplanted withoutCanaries = Unplanted.of(subject, template, allConfidential);
        if (!collides(subject, template, d, canaries, withoutCanaries)) return problems;
        for (int series = 1; series <= MAX_SERIES; series++) {
            d = subject.dossier();
            canaries = Canaries.plant(d, allConfidential, series);
            if (!collides(subject, template, d, canaries, withoutCanaries)) return check(subject, template, d, canaries);
        }
        problems.add("(the kit found no series of planted values that reads as none of the numbers the memo '"
                + template.id() + "' prints anyway; " + MAX_SERIES + " tried)");
        return problems;
    }

    private static List<String> check(Subject subject, MemoTemplate template, Dossier d, Canaries canaries) {
        List<String> problems = new ArrayList<>();
        // the confidential memo first: a template that keeps what it saw would then carry it into the public one
        Rendered conf = Rendered.of(subject, template, d, Variant.CONFIDENTIAL);
        Rendered pub = Rendered.of(subject, template, d, Variant.PUBLIC);
        String pubName = "the public memo '" + template.id() + "'";
        String confName = "the confidential memo '" + template.id() + "'";
        if (pub.refusal() != null) problems.add(pubName + " is refused by the app's read-back scan: " + pub.refusal());
        if (conf.refusal() != null) problems.add(confName + " is refused by the app: " + conf.refusal());
        int printed = 0;
        for (Map.Entry<String, Canaries.Place> w : canaries.words().entrySet()) {
            Canaries.Place place = w.getValue();
            if (place.confidential() && contains(pub.everything(), w.getKey())) {
                problems.add(pubName + " shows the confidential " + place.field() + " (planted '" + w.getKey() + "') in "
                        + where(pub, w.getKey()));
            }
            if (place.confidential() && isOther(place.jurisdiction(), subject) && contains(conf.everything(), w.getKey())) {
                problems.add(confName + " shows another jurisdiction's confidential " + place.field() + " in "
                        + where(conf, w.getKey()));
            }
            for (Rendered r : List.of(pub, conf)) {
                if (contains(r.memo().plainText(), w.getKey())) {
                    printed++;
                    if (r.pdf() != null && !contains(r.pageText(), w.getKey())) {
                        problems.add("the memo '" + template.id() + "' prints " + place.field()
                                + " but its PDF's pages do not show it");
                    }
                }
            }
        }
        if (printed == 0) problems.add("the memo '" + template.id() + "' prints none of the sample dossier's text fields");
        List<SecretValue> all = new ArrayList<>(canaries.numbers().keySet());
        List<SecretValue> others = canaries.numbers().entrySet().stream()
                .filter(e -> isOther(e.getValue(), subject)).map(Map.Entry::getKey).toList();
        scan(problems, pubName, pub, all);
        scan(problems, confName, conf, others);
        return problems;
    }

    private static final int MAX_SERIES = 50;

    /**
     * What the public memo of the sample dossier prints with the planting's classifications but the sample's own
     * values: its text and PDF pages, and its file's internals.
     */
    private record Unplanted(String publicText, String publicInternals) {
        static Unplanted of(Subject subject, MemoTemplate template, boolean allConfidential) {
            Dossier d = subject.dossier();
            if (allConfidential) Canaries.classifyAllConfidential(d);
            Rendered pub = Rendered.of(subject, template, d, Variant.PUBLIC);
            String internals = pub.readBack().stream().filter(p -> !p.location().startsWith("PDF page "))
                    .map(PdfAudit.Part::text).collect(Collectors.joining("\n"));
            return new Unplanted(pub.memo().plainText() + "\n" + pub.pageText(), internals);
        }
    }

    /**
     * Whether a planted value reads as a number the memos print without it: in the public memo, as the kit's scan
     * reads them (written forms) or as the app's read-back scan does (with the writer's arithmetic, over the planted
     * dossier; in the file's internals as written); or another jurisdiction's value as a number of this one's
     * confidential memo.
     */
    private static boolean collides(Subject subject, MemoTemplate template, Dossier planted, Canaries canaries, Unplanted printed) {
        if (!LeakScanner.scan("memo", printed.publicText(), canaries.numbers().keySet()).isEmpty()) return true;
        // the confidential memo prints this jurisdiction's planted values and what it computes from them, so they are
        // read from the memo itself: a template that shows another's value shows it in every series, and is reported
        List<SecretValue> others = canaries.numbers().entrySet().stream().filter(e -> isOther(e.getValue(), subject))
                .map(Map.Entry::getKey).toList();
        if (!others.isEmpty()) {
            String confidential = template.render(subject.view(planted, Variant.CONFIDENTIAL), subject.context()).plainText();
            if (!LeakScanner.scan("memo", confidential, others).isEmpty()) return true;
        }
        LeakIndex app = ConfidentialityAnalysis.of(planted, subject.jurisdiction().confidentiality()).leakIndex();
        return !app.scan("memo", printed.publicText()).isEmpty()
                || !app.forFileInternals().scan("file internals", printed.publicInternals()).isEmpty();
    }

    /** Numbers written anywhere in the memo or its file, in any written form the app's scanner reads. */
    private static void scan(List<String> problems, String name, Rendered r, List<SecretValue> secrets) {
        if (secrets.isEmpty()) return;
        List<LeakFinding> found = new ArrayList<>(LeakScanner.scan("file name", r.fileName(), secrets));
        found.addAll(LeakScanner.scan("memo title", r.memo().title(), secrets));
        found.addAll(LeakScanner.scan("memo text", r.memo().plainText(), secrets));
        // the file's internals (coordinates, glyph codes) as the app's read-back reads them: the values as written,
        // within 0.1 % (LeakIndex#forFileInternals); what the pages show within the scan's own tolerance
        LeakIndex index = LeakIndex.of(secrets, List.of());
        LeakIndex internals = index.forFileInternals();
        for (PdfAudit.Part part : r.readBack()) {
            boolean page = part.location().startsWith("PDF page ");
            found.addAll((page ? index : internals).scan(part.location(), part.text()));
        }
        found.stream().map(f -> name + " shows a value it may not show: " + f).distinct().forEach(problems::add);
    }

    private static boolean isOther(String jurisdiction, Subject subject) {
        return jurisdiction != null && !Objects.equals(jurisdiction, subject.code());
    }

    /** Whether {@code text} holds the word, read as a reader would: any case, across line breaks. */
    static boolean contains(String text, String word) {
        return normal(text).contains(normal(word));
    }

    private static String normal(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00AD\\u200B]+", "").toLowerCase(Locale.ROOT);
    }

    private static String where(Rendered r, String word) {
        List<String> places = new ArrayList<>();
        if (contains(r.fileName(), word)) places.add("the file name");
        if (contains(r.memo().title(), word)) places.add("the title");
        if (contains(r.memo().plainText(), word)) places.add("the memo's text");
        for (PdfAudit.Part p : r.readBack()) {
            if (contains(p.text(), word)) places.add(p.location());
        }
        return String.join(", ", places.stream().distinct().limit(6).toList());
    }
}
