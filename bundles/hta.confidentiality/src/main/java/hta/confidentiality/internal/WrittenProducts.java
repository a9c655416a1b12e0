package hta.confidentiality.internal;

import hta.confidentiality.internal.Quantity.Dim;
import java.util.ArrayList;
import java.util.List;

/**
 * Arithmetic written out with its operator between two numbers, as a spreadsheet formula pasted into the text
 * ("=260000*12": fifteenth probe) or a calculation shown ("26 000 × 12 + 8 000"): the product or sum is what a reader
 * reads. Only the signs that say so ({@code *}, {@code ×}, {@code +}) between two numbers with nothing else but
 * blanks; a product of money and a number is money. Stateless.
 */
public final class WrittenProducts {
    static final String FORM = "a calculation written out";

    private WrittenProducts() {
    }

    /** The results of the calculations of {@code read} (in text order). */
    public static List<Quantity> in(PerceivedText t, List<Quantity> read) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i + 1 < read.size(); i++) {
            Quantity a = read.get(i);
            Quantity b = next(read, i);
            if (b == null || a.dim() == Dim.PERCENT || b.dim() == Dim.PERCENT || a.mid() <= 0 || b.mid() <= 0) continue;
            char op = operator(t, a.end(), b.start());
            if (op == 0) continue;
            boolean money = a.dim() == Dim.MONEY || b.dim() == Dim.MONEY;
            if (op == '+' && a.dim() != b.dim()) continue;
            String currency = a.currency() != null ? a.currency() : b.currency();
            Dim dim = money ? Dim.MONEY : Dim.PLAIN;
            // the writer's calculation is exact on the numbers it shows: taken at face value
            double v = op == '+' ? a.mid() + b.mid() : a.mid() * b.mid();
            double lo = v;
            double hi = v;
            out.add(new Quantity(lo, hi, dim, a.start(), b.end(), FORM, 0, currency, null));
        }
        return out;
    }

    /** The next reading that starts after {@code read[i]} ends. */
    private static Quantity next(List<Quantity> read, int i) {
        for (int j = i + 1; j < read.size(); j++) if (read.get(j).start() >= read.get(i).end()) return read.get(j);
        return null;
    }

    /** The one operator sign between {@code from} and {@code to} with only blanks around it, else 0. */
    private static char operator(PerceivedText t, int from, int to) {
        char op = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == ' ') continue;
            if (op != 0 || c != '*' && c != '\u00D7' && c != '+') return 0;
            op = c;
        }
        return op;
    }
}
