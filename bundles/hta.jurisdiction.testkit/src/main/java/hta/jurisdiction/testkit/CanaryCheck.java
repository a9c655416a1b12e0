package hta.jurisdiction.testkit;

import hta.confidentiality.LeakFinding;
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

    /** The problems of {@code template}, with canaries planted as {@link Canaries#plant} does. */
    public static List<String> check(Subject subject, MemoTemplate template, boolean allConfidential) {
        Dossier d = subject.dossier();
        Canaries canaries = Canaries.plant(d, allConfidential);
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

    /** Numbers written anywhere in the memo or its file, in any written form the app's scanner reads. */
    private static void scan(List<String> problems, String name, Rendered r, List<SecretValue> secrets) {
        if (secrets.isEmpty()) return;
        List<LeakFinding> found = new ArrayList<>(LeakScanner.scan("file name", r.fileName(), secrets));
        found.addAll(LeakScanner.scan("memo title", r.memo().title(), secrets));
        found.addAll(LeakScanner.scan("memo text", r.memo().plainText(), secrets));
        for (PdfAudit.Part part : r.readBack()) found.addAll(LeakScanner.scan(part.location(), part.text(), secrets));
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
