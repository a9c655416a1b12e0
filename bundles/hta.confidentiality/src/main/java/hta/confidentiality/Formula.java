package hta.confidentiality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A derived figure's formula, the small syntax shared with the dossier model ({@code Figure.formula}):
 * <pre>
 *   expression := term (('+' | '-') term)*
 *   term       := factor (('*' | '/') factor)*
 *   factor     := number | reference | '(' expression ')' | '-' factor
 *   reference  := 'price:' id | 'figure:' id | 'cell:' rowId ':' year | 'patients:' year
 *   id         := [A-Za-z0-9_.-]+        number := digits ['.' digits]
 * </pre>
 * Ids may contain hyphens, so a minus right after a reference needs a space before it
 * ({@code price:a - price:b}); years are 1-based budget-table columns. Example:
 * {@code price:no-rhf-aup * patients:1}. Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class Formula {
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(price|figure):([A-Za-z0-9_.\\-]*[A-Za-z0-9_])|\\b(cell):([A-Za-z0-9_.\\-]+):(\\d+)|\\b(patients):(\\d+)");

    private final String text;
    private final Node root;

    private Formula(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Parses a formula. @throws IllegalArgumentException with the position when it is not valid */
    public static Formula parse(String text) {
        Parser p = new Parser(text);
        Node n = p.expression();
        p.skip();
        if (p.pos < text.length()) throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        return new Formula(text, n);
    }

    /**
     * The references written anywhere in a text, even one that is not a valid formula (older dossiers describe
     * derivations in words, e.g. "derived from price:no-rhf-aup and patients year 1"); the taint engine uses
     * this so that a reference is never missed because of a syntax slip.
     */
    public static Set<FormulaReference> referencesIn(String text) {
        Set<FormulaReference> refs = new LinkedHashSet<>();
        if (text == null) return refs;
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                refs.add(m.group(1).equals("price") ? FormulaReference.price(m.group(2)) : FormulaReference.figure(m.group(2)));
            } else if (m.group(3) != null) {
                refs.add(FormulaReference.cell(m.group(4), Integer.parseInt(m.group(5))));
            } else {
                refs.add(FormulaReference.patients(Integer.parseInt(m.group(7))));
            }
        }
        return refs;
    }

    public String text() {
        return text;
    }

    /** Every reference in the formula, in order of first appearance. */
    public Set<FormulaReference> references() {
        Set<FormulaReference> refs = new LinkedHashSet<>();
        root.collect(refs);
        return Collections.unmodifiableSet(refs);
    }

    /** The value, given the value of each reference. @throws ArithmeticException on division by zero */
    public BigDecimal evaluate(Function<FormulaReference, BigDecimal> values, MathContext mc) {
        return root.eval(values, mc);
    }

    /**
     * The formula as a linear combination {@code Σ coefficient × reference + constant} when it is one (sums,
     * differences, multiples and divisions by constants); empty when it multiplies or divides references. The
     * constant is under the key {@code null}.
     */
    public Optional<Map<FormulaReference, BigDecimal>> linearTerms() {
        Map<FormulaReference, BigDecimal> terms = root.linear();
        return terms == null ? Optional.empty() : Optional.of(Collections.unmodifiableMap(terms));
    }

    @Override
    public String toString() {
        return text;
    }

    private interface Node {
        void collect(Set<FormulaReference> refs);

        BigDecimal eval(Function<FormulaReference, BigDecimal> values, MathContext mc);

        /** Coefficients by reference, constant under null; null when not linear. */
        Map<FormulaReference, BigDecimal> linear();
    }

    private record Num(BigDecimal value) implements Node {
        public void collect(Set<FormulaReference> refs) {
        }

        public BigDecimal eval(Function<FormulaReference, BigDecimal> values, MathContext mc) {
            return value;
        }

        public Map<FormulaReference, BigDecimal> linear() {
            Map<FormulaReference, BigDecimal> m = new LinkedHashMap<>();
            m.put(null, value);
            return m;
        }
    }

    private record Ref(FormulaReference ref) implements Node {
        public void collect(Set<FormulaReference> refs) {
            refs.add(ref);
        }

        public BigDecimal eval(Function<FormulaReference, BigDecimal> values, MathContext mc) {
            BigDecimal v = values.apply(ref);
            if (v == null) throw new IllegalArgumentException("no value for " + ref);
            return v;
        }

        public Map<FormulaReference, BigDecimal> linear() {
            Map<FormulaReference, BigDecimal> m = new LinkedHashMap<>();
            m.put(ref, BigDecimal.ONE);
            return m;
        }
    }

    private record Neg(Node inner) implements Node {
        public void collect(Set<FormulaReference> refs) {
            inner.collect(refs);
        }

        public BigDecimal eval(Function<FormulaReference, BigDecimal> values, MathContext mc) {
            return inner.eval(values, mc).negate();
        }

        public Map<FormulaReference, BigDecimal> linear() {
            Map<FormulaReference, BigDecimal> m = inner.linear();
            if (m != null) m.replaceAll((k, v) -> v.negate());
            return m;
        }
    }

    private record Bin(char op, Node left, Node right) implements Node {
        public void collect(Set<FormulaReference> refs) {
            left.collect(refs);
            right.collect(refs);
        }

        public BigDecimal eval(Function<FormulaReference, BigDecimal> values, MathContext mc) {
            BigDecimal a = left.eval(values, mc);
            BigDecimal b = right.eval(values, mc);
            switch (op) {
                case '+': return a.add(b, mc);
                case '-': return a.subtract(b, mc);
                case '*': return a.multiply(b, mc);
                default: return a.divide(b, mc);
            }
        }

        public Map<FormulaReference, BigDecimal> linear() {
            Map<FormulaReference, BigDecimal> a = left.linear();
            Map<FormulaReference, BigDecimal> b = right.linear();
            if (a == null || b == null) return null;
            if (op == '+' || op == '-') {
                Map<FormulaReference, BigDecimal> m = new LinkedHashMap<>(a);
                b.forEach((k, v) -> m.merge(k, op == '+' ? v : v.negate(), BigDecimal::add));
                return m;
            }
            boolean aConst = a.keySet().stream().allMatch(k -> k == null);
            boolean bConst = b.keySet().stream().allMatch(k -> k == null);
            if (op == '*' && (aConst || bConst)) {
                BigDecimal c = (aConst ? a : b).getOrDefault(null, BigDecimal.ZERO);
                Map<FormulaReference, BigDecimal> m = new LinkedHashMap<>(aConst ? b : a);
                m.replaceAll((k, v) -> v.multiply(c));
                return m;
            }
            if (op == '/' && bConst) {
                BigDecimal c = b.getOrDefault(null, BigDecimal.ZERO);
                if (c.signum() == 0) return null;
                Map<FormulaReference, BigDecimal> m = new LinkedHashMap<>(a);
                m.replaceAll((k, v) -> v.divide(c, MathContext.DECIMAL64));
                return m;
            }
            return null;
        }
    }

    /** Recursive-descent parser over the syntax in the class comment. */
    private static final class Parser {
        private final String s;
        int pos;

        Parser(String s) {
            this.s = s == null ? "" : s;
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("formula '" + s + "' at character " + (pos + 1) + ": " + what);
        }

        Node expression() {
            Node n = term();
            for (skip(); pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-'); skip()) {
                char op = s.charAt(pos++);
                n = new Bin(op, n, term());
            }
            return n;
        }

        Node term() {
            Node n = factor();
            for (skip(); pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/'); skip()) {
                char op = s.charAt(pos++);
                n = new Bin(op, n, factor());
            }
            return n;
        }

        Node factor() {
            skip();
            if (pos >= s.length()) throw error("expected a number, a reference or '('");
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                Node n = expression();
                skip();
                if (pos >= s.length() || s.charAt(pos) != ')') throw error("expected ')'");
                pos++;
                return n;
            }
            if (c == '-') {
                pos++;
                return new Neg(factor());
            }
            if (Character.isDigit(c)) {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) pos++;
                try {
                    return new Num(new BigDecimal(s.substring(start, pos)));
                } catch (NumberFormatException e) {
                    pos = start;
                    throw error("bad number");
                }
            }
            if (Character.isLetter(c)) return new Ref(reference());
            throw error("unexpected '" + c + "'");
        }

        FormulaReference reference() {
            int start = pos;
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) pos++;
            String kind = s.substring(start, pos);
            if (pos >= s.length() || s.charAt(pos) != ':') {
                pos = start;
                throw error("expected price:, figure:, cell: or patients:");
            }
            pos++;
            switch (kind) {
                case "price": return FormulaReference.price(id());
                case "figure": return FormulaReference.figure(id());
                case "cell": {
                    String row = id();
                    if (pos >= s.length() || s.charAt(pos) != ':') throw error("expected ':' and the year after the row id");
                    pos++;
                    return FormulaReference.cell(row, year());
                }
                case "patients": return FormulaReference.patients(year());
                default:
                    pos = start;
                    throw error("unknown reference kind '" + kind + "'");
            }
        }

        String id() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || "_.-".indexOf(s.charAt(pos)) >= 0)) pos++;
            if (pos == start) throw error("expected an id");
            return s.substring(start, pos);
        }

        int year() {
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
            if (pos == start) throw error("expected a year number");
            int y = Integer.parseInt(s.substring(start, pos));
            if (y < 1) throw error("years count from 1");
            return y;
        }
    }
}
