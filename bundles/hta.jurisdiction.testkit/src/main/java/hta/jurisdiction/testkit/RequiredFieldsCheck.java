package hta.jurisdiction.testkit;

import hta.confidentiality.Variant;
import hta.dossier.Dossier;
import hta.dossier.Submission;
import hta.jurisdiction.MemoTemplate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Required fields: a template tells the dossier writer what is missing before it can export — each gap on one line
 * that starts with the dossier field it names ({@code submissions[no].caseReference: …}) — and a complete dossier
 * misses nothing and exports. Stateless.
 */
public final class RequiredFieldsCheck {
    /** A field path as the dossier format names it, then a colon and the explanation. */
    static final Pattern LINE = Pattern.compile("^[a-zA-Z]+(\\[[^]]+\\])?(\\.[a-zA-Z]+(\\[[^]]+\\])?)*: .+");
    private static final Set<String> ROOTS = Arrays.stream(Dossier.class.getFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).collect(Collectors.toSet());

    private RequiredFieldsCheck() {
    }

    public static List<String> check(Subject subject, MemoTemplate t) {
        List<String> problems = new ArrayList<>();
        String code = subject.code();
        Dossier none = new Dossier();
        none.id = "testkit-empty";
        none.product.brandName = "Testkitol";
        List<String> m = t.missingFields(subject.view(none, Variant.PUBLIC), subject.context());
        if (m.isEmpty()) {
            problems.add("'" + t.id() + "' misses nothing in a dossier without a submission in " + code);
        } else if (!m.get(0).startsWith("submissions[" + code + "]")) {
            problems.add("'" + t.id() + "' should first say that submissions[" + code + "] is missing, says: " + m.get(0));
        }
        List<String> lines = inEmptySubmission(subject, t);
        // a template may need nothing beyond the submission itself (a checklist of what is confidential, say), so an
        // empty list is allowed here; what it does report must name its field
        for (String line : lines) {
            if (line.contains("\n") || !LINE.matcher(line).matches()) {
                problems.add("'" + t.id() + "': a missing field is not named as 'field.path: explanation' on one line: " + line);
            } else if (!ROOTS.contains(line.split("[\\[.:]", 2)[0])) {
                problems.add("'" + t.id() + "': '" + line + "' names no field of the dossier");
            }
        }
        for (Variant v : Variant.values()) {
            List<String> complete = t.missingFields(subject.view(subject.dossier(), v), subject.context());
            if (!complete.isEmpty()) problems.add("'" + t.id() + "' misses fields in the complete sample dossier (" + v + "): " + complete);
        }
        return problems;
    }

    /** What {@code t} reports missing in a dossier whose submission in the subject's jurisdiction is empty. */
    public static List<String> inEmptySubmission(Subject subject, MemoTemplate t) {
        Dossier empty = new Dossier();
        empty.id = "testkit-incomplete";
        empty.product.brandName = "Testkitol";
        Submission s = new Submission();
        s.jurisdiction = subject.code();
        empty.submissions.add(s);
        return t.missingFields(subject.view(empty, Variant.PUBLIC), subject.context());
    }
}
