package hta.jurisdiction.testkit;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.jurisdiction.MemoTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Non-interference: a memo does not change, to the byte, when only values it may not show change. The public memo
 * of every template is the same when every confidential value of the dossier changes; the confidential memo is the
 * same when the other jurisdictions' confidential values change (need-to-know). Compared: the template's blocks,
 * title, file name, and the exported PDF's bytes. Stateless.
 */
public final class NonInterferenceCheck {
    private NonInterferenceCheck() {
    }

    /** What differs in the public memo of {@code template}; empty when nothing does. */
    public static List<String> publicMemo(Subject subject, MemoTemplate template) {
        Dossier a = subject.dossier();
        Dossier b = subject.dossier();
        if (HiddenValues.changeForPublic(b, subject.jurisdiction().confidentiality()) == 0) {
            return List.of("the sample dossier has no confidential value to change: plant at least a confidential price,"
                    + " figure or text run in it, or the check proves nothing");
        }
        return differences(subject, template, a, b, Variant.PUBLIC);
    }

    /**
     * What differs in the confidential memo of {@code template} when only other jurisdictions' confidential values
     * change; empty when nothing does, or when the sample has no other jurisdiction's confidential value.
     */
    public static List<String> confidentialMemo(Subject subject, MemoTemplate template) {
        Dossier a = subject.dossier();
        Dossier b = subject.dossier();
        if (HiddenValues.changeOthers(b, subject.code(), subject.jurisdiction().confidentiality()) == 0) return List.of();
        return differences(subject, template, a, b, Variant.CONFIDENTIAL);
    }

    private static List<String> differences(Subject subject, MemoTemplate t, Dossier a, Dossier b, Variant variant) {
        Rendered ra = Rendered.of(subject, t, a, variant);
        Rendered rb = Rendered.of(subject, t, b, variant);
        String what = "the " + variant.name().toLowerCase() + " memo '" + t.id() + "'";
        List<String> problems = new ArrayList<>();
        if (ra.refusal() != null) problems.add(what + " is refused by the app: " + ra.refusal());
        if (!Objects.equals(ra.memo().title(), rb.memo().title())) problems.add(what + ": the title changes");
        if (!Objects.equals(ra.memo().marking(), rb.memo().marking())) problems.add(what + ": the marking changes");
        if (!Objects.equals(ra.fileName(), rb.fileName())) problems.add(what + ": the file name changes");
        List<?> ba = ra.memo().blocks();
        List<?> bb = rb.memo().blocks();
        for (int i = 0; i < Math.max(ba.size(), bb.size()); i++) {
            Object x = i < ba.size() ? ba.get(i) : null;
            Object y = i < bb.size() ? bb.get(i) : null;
            if (!Objects.equals(x, y)) {
                // the block's position and kind only: its text could hold the very value that must not show
                problems.add(what + ": block " + (i + 1) + " (" + kind(x) + ") changes with hidden values");
                break;
            }
        }
        if (ra.pdf() != null && rb.pdf() != null && !Arrays.equals(ra.pdf(), rb.pdf())) {
            problems.add(what + ": the PDF's bytes change with hidden values");
        }
        return problems;
    }

    private static String kind(Object block) {
        return block == null ? "missing" : block.getClass().getSimpleName();
    }
}
