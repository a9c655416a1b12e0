package hta.workbench.editor.internal;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.ReferencedValue;
import hta.confidentiality.Taint;
import hta.confidentiality.TaintResult;
import hta.workbench.api.Colours;
import hta.dossier.Classification;
import hta.dossier.Dossier;
import java.awt.Color;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.text.AttributeSet;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;

/**
 * How the Narratives page shows a reference to a value of the dossier (issue 14): a chip with the value as it
 * stands now, in the workbench's number format with its unit (a confidential value tinted like confidential
 * text, since the public memo prints the redaction mark there), its label, id and classification in the tooltip;
 * a reference to nothing the dossier has is shown in red. Made afresh for each load of a section. EDT only.
 */
final class NarrativeReferences {
    /** Chips that know no values (each shows its id). */
    static final NarrativeReferences NONE = new NarrativeReferences(Map.of());
    static final Color REFERENCE_BACKGROUND = new Color(200, 220, 255);
    static final Color BROKEN = new Color(220, 60, 60);

    /** What a writer chooses from: a value, how it reads, and whether the public memo hides it. */
    record Choice(ReferencedValue value, String shown, boolean confidential) {
        @Override
        public String toString() {
            return readable(value.label()) + " — " + shown + " (" + value.id() + ")";
        }
    }

    private final Map<String, Choice> choices;

    private NarrativeReferences(Map<String, Choice> choices) {
        this.choices = choices;
    }

    /**
     * The values of {@code d} a reference can name; a value is confidential when a policy of the dossier's
     * jurisdictions does not show it publicly (with no policy, when it is not stored as public).
     */
    static NarrativeReferences of(Dossier d, List<ConfidentialityPolicy> policies, Locale locale) {
        List<TaintResult> analyses = new ArrayList<>();
        for (ConfidentialityPolicy p : policies) analyses.add(Taint.analyse(d, p));
        if (analyses.isEmpty()) analyses.add(Taint.analyse(d, ConfidentialityPolicy.storedOnly()));
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(6);
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (ReferencedValue v : ReferencedValue.of(d).values()) {
            boolean confidential = analyses.stream().anyMatch(t -> !t.isShownPublicly(v.key()));
            choices.put(v.id(), new Choice(v, shown(v, numbers), confidential));
        }
        return new NarrativeReferences(choices);
    }

    private static String shown(ReferencedValue v, NumberFormat numbers) {
        BigDecimal value = v.value();
        if (value == null) return "no value yet";
        String n = numbers.format(value);
        if (v.unit() == null) return n;
        return ReferencedValue.PERCENT.equals(v.unit()) ? n + " %" : n + " " + v.unit();
    }

    /** Whether both show every value alike (the same text, the same confidentiality). */
    boolean sameAs(NarrativeReferences other) {
        return choices.equals(other.choices);
    }

    /** Every value a reference can name, in the dossier's order. */
    List<Choice> choices() {
        return List.copyOf(choices.values());
    }

    /** The attributes of the character that stands for a reference to {@code id}, showing it as a chip. */
    AttributeSet attributes(String id, Classification restriction) {
        SimpleAttributeSet a = new SimpleAttributeSet();
        a.addAttribute(NarrativeDocument.REF, id);
        if (restriction != null && !restriction.isPublic()) a.addAttribute(NarrativeDocument.CLASSIFICATION, restriction);
        StyleConstants.setComponent(a, chip(id, restriction));
        return a;
    }

    private JLabel chip(String id, Classification restriction) {
        Choice c = choices.get(id);
        boolean confidential = c != null && c.confidential() || restriction != null && !restriction.isPublic();
        JLabel l = new JLabel(c == null ? "⟨" + id + "⟩" : c.shown());
        l.setName("narratives.ref:" + id);
        l.setOpaque(true);
        l.setBackground(c == null ? BROKEN : confidential ? Colours.confidentialBackground() : REFERENCE_BACKGROUND);
        l.setForeground(Color.BLACK); // on a light chip in either theme
        l.setBorder(BorderFactory.createEmptyBorder(0, 3, 0, 3));
        l.setAlignmentY(0.8f); // the chip's text on the line's baseline
        l.setToolTipText(c == null ? "Refers to '" + id + "', which the dossier does not have (or has twice): the public export refuses it"
                : "<html>" + escape(readable(c.value().label())) + "<br>" + escape(c.shown()) + " · " + id
                + (confidential ? "<br>Confidential: the public memo prints the redaction mark here" : "<br>Public") + "</html>");
        l.putClientProperty("hta.confidential", confidential);
        return l;
    }

    /** A label as a person reads it: a price kind's code ({@code AGREED_PRICE}) as words, other labels as they are. */
    static String readable(String label) {
        return label != null && label.matches("[A-Z][A-Z0-9_]*") ? label.toLowerCase(Locale.ROOT).replace('_', ' ') : label;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
