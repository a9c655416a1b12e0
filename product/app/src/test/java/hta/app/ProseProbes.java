package hta.app;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The leak corpus's probes for the prose around a number (issue 14, fourth probe), with fresh random choices and
 * the jurisdiction's own words: an amount in another currency (at a reader's rate near the reference, and at a
 * rate the memo prints), free goods as a discount, a cycle written with its length and a count of cycles, a
 * period's amount to three significant digits with the memo's VAT and period words, a hedged amount, a number
 * broken by two lines, and a rate word a few words after its amount. Each with a harmless twin that an oracle of
 * its own (the test's approximate rates and factors, not the scanner's) finds far from every back-calculation.
 */
final class ProseProbes {
    /** A probe; {@code priceId} and {@code amount}, when set, change a price of the dossier before the plant. */
    record Plant(String text, String how, boolean harmful, String priceId, BigDecimal amount) {
        Plant(String text, String how, boolean harmful) {
            this(text, how, harmful, null, null);
        }
    }

    /** NOK per unit, approximately (the test's own table: a reader's rates, 2024). */
    private static final Map<String, Double> NOK_PER = Map.of("NOK", 1.0, "EUR", 11.6, "USD", 10.8, "GBP", 13.7,
            "SEK", 1.02, "DKK", 1.56);
    private static final String[] SYMBOLS = {"EUR:€", "GBP:£", "USD:$"};

    private final Object words;
    private final Object prose;
    private final List<BigDecimal> oracle;
    private final Random random;
    private final boolean point;

    ProseProbes(Object words, List<BigDecimal> oracle, Random random, boolean point) throws Exception {
        this.words = words;
        this.prose = Reflect.call(words, "prose");
        this.oracle = oracle;
        this.random = random;
        this.point = point;
    }

    /** The probes for a confidential amount {@code v} in {@code currency}, with the dossier's pack numbers. */
    List<Plant> forAmount(BigDecimal v, String currency, List<Double> packs, List<BigDecimal> vat) throws Exception {
        List<Plant> out = new ArrayList<>();
        String money = shortest(Reflect.call(words, "money"));
        String per = pick(Reflect.call(words, "per"));
        String day = pick(keysWith(Reflect.call(words, "durations"), "DAYS"));
        String month = pick(keysWith(Reflect.call(words, "durations"), "MONTHS"));
        String year = pick(keysWith(Reflect.call(words, "durations"), "YEARS"));
        double x = v.doubleValue();
        if (currency != null && NOK_PER.containsKey(currency)) {
            // another currency at a reader's rate within 3 % of the reference, with a name, a code or a symbol
            List<String> others = new ArrayList<>(NOK_PER.keySet());
            others.remove(currency);
            java.util.Collections.sort(others);
            String foreign = others.get(random.nextInt(others.size()));
            double rate = NOK_PER.get(currency) / NOK_PER.get(foreign) * (1 + (random.nextDouble() - 0.5) * 0.06);
            out.add(new Plant(inCurrency(digits(x * rate, 4), foreign), "in another currency, at a reader's rate", true));
            // at a rate the memo prints, 15 % from the reference: only the printed rate takes it back
            double printed = round(NOK_PER.get(foreign) / NOK_PER.get(currency) * (random.nextBoolean() ? 1.15 : 0.85), 3);
            String rateText = "1 " + foreign + " = " + decimal(printed) + " " + currency + ". ";
            out.add(new Plant(rateText + inCurrency(digits(x / printed, 4), foreign), "in another currency, at the memo's rate", true));
            double away = awayInEveryCurrency(x * rate);
            if (!Double.isNaN(away)) {
                out.add(new Plant(inCurrency(digits(away, 4), foreign), "harmless: another amount in another currency", false));
            }
        }
        double pack = packs.isEmpty() ? 0 : packs.get(random.nextInt(packs.size()));
        Set<?> cycles = (Set<?>) Reflect.call(prose, "cycles");
        String cycle = pick(cycles);
        if (pack > 1 && cycle != null && day != null) {
            // a cycle written with its length: the price per pack of `pack` days taken to a cycle
            int length = new int[] {14, 21, 28, 35}[random.nextInt(4)];
            double perCycle = x / pack * length;
            String wording = per + " " + length + "-" + day + " " + cycle + " ";
            out.add(new Plant(wording + digits(perCycle, 4) + " " + money, "a cycle written with its length", true));
            double other = away(perCycle, pack / length, 1.0 / length, 365.25 / length, 365.0 / length, 364.0 / length, length,
                    1.0 / length);
            if (!Double.isNaN(other)) {
                out.add(new Plant(wording + digits(other, 4) + " " + money, "harmless: another amount per cycle", false));
            }
        }
        if (cycle != null) {
            int n = 6 + random.nextInt(15);
            String wording = n + " " + cycle + " ";
            out.add(new Plant(wording + digits(x * n, 4) + " " + money, "a count of cycles next to the amount", true));
            double other = away(x * n, 1.0 / n, n);
            if (!Double.isNaN(other)) out.add(new Plant(wording + digits(other, 4) + " " + money, "harmless: another total over cycles", false));
        }
        Set<?> vatWords = (Set<?>) Reflect.call(prose, "vat");
        if (pack > 1 && day != null && !vatWords.isEmpty() && !vat.isEmpty()) {
            // a day's price without VAT from a pack's price, to three significant digits, with the VAT and day words
            double r = vat.get(random.nextInt(vat.size())).doubleValue();
            double daily = x / (1 + r) / pack;
            String wording = pick(vatWords) + ": ";
            if (daily >= 100) {
                out.add(new Plant(wording + digits(daily, 3) + " " + money + " " + per + " " + day, "three digits per day, without VAT", true));
                double other = away(daily, pack * (1 + r), pack, pack / (1 + r), 1 + r, 1 / (1 + r), 365.25, 365, 364,
                        365.25 * (1 + r), 365 * (1 + r), 365.25 / (1 + r), 365 / (1 + r));
                if (!Double.isNaN(other)) {
                    out.add(new Plant(wording + digits(other, 3) + " " + money + " " + per + " " + day, "harmless: three digits per day", false));
                }
            }
            double yearly = x / pack * 365.25;
            if (year != null) {
                out.add(new Plant(digits(yearly, 3) + " " + money + " " + per + " " + year, "three digits per year, from a pack", true));
            }
        }
        Map<?, ?> hedges = (Map<?, ?>) Reflect.call(prose, "hedges");
        String about = pick(keysWith(hedges, "ABOUT"));
        if (about != null) {
            out.add(new Plant(about + " " + digits(x * (1 + (random.nextDouble() - 0.5) * 0.01), 3) + " " + money, "hedged, three digits", true));
            double other = away(x);
            if (!Double.isNaN(other)) out.add(new Plant(about + " " + digits(other, 3) + " " + money, "harmless: hedged, another amount", false));
        }
        String grouped = LeakCorpusIT.group(v.setScale(0, RoundingMode.HALF_UP).toPlainString(), " ");
        if (grouped.length() >= 9) {
            int a = 1 + random.nextInt(3);
            int b = a + 2 + random.nextInt(grouped.length() - a - 3);
            if (Character.isDigit(grouped.charAt(b)) && Character.isDigit(grouped.charAt(b - 1))) {
                out.add(new Plant(grouped.substring(0, a) + "\n" + grouped.substring(a, b) + "\n" + grouped.substring(b) + " " + money,
                        "a number broken by two lines", true));
            }
        }
        String count = pick((Set<?>) Reflect.call(words, "counts"));
        if (month != null && count != null && x >= 5_000_000) {
            String million = LeakCorpusIT.wordFor(Reflect.call(words, "scales"), 6);
            if (million != null) {
                out.add(new Plant(twoDigits(x / 12e6) + " " + million + " " + money + " " + per + " " + count + " " + per + " " + month,
                        "a rate word a few words after the amount", true));
            }
        }
        return out;
    }

    /** Free goods for a confidential discount: the discount set to 1/(n+1) and written as one free for n. */
    List<Plant> forDiscount(String priceId, List<BigDecimal> percentages) throws Exception {
        List<Plant> out = new ArrayList<>();
        String free = pick((Set<?>) Reflect.call(prose, "free"));
        String count = pick((Set<?>) Reflect.call(words, "counts"));
        String per = pick(Reflect.call(words, "per"));
        if (free == null || count == null) return out;
        int n = 2 + random.nextInt(5);
        BigDecimal share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n + 1), 4, RoundingMode.HALF_UP);
        out.add(new Plant("1 " + count + " " + free + " " + per + " " + n, "free goods, one for every n", true, priceId, share));
        out.add(new Plant(n + "+1", "free goods written n+1", true, priceId, share));
        String ordinal = keyFor(Reflect.call(prose, "ordinals"), n + 1);
        if (ordinal != null) out.add(new Plant(ordinal + " " + count + " " + free, "free goods, every n-th", true, priceId, share));
        // the same wording for a deal that gives another share than the dossier's discounts: exported
        for (int m = 2; m <= 12; m++) {
            double a = 100.0 / (m + 1);
            double b = 100.0 / m;
            boolean clear = true;
            for (BigDecimal p : percentages) {
                double d = p.doubleValue();
                for (double s : new double[] {a, b}) if (Math.abs(s - d) < 2 || Math.abs(100 - s - d) < 2) clear = false;
            }
            if (clear) {
                out.add(new Plant("1 " + count + " " + free + " " + per + " " + m, "harmless: free goods of another share", false));
                break;
            }
        }
        return out;
    }

    private String inCurrency(String amount, String code) throws Exception {
        List<String> names = keysWith(Reflect.call(prose, "currencies"), code);
        int how = random.nextInt(3);
        if (how == 0 && !names.isEmpty()) return amount + " " + pick(names);
        for (String s : SYMBOLS) {
            if (how == 1 && s.startsWith(code)) return s.substring(4) + amount;
        }
        return code + " " + amount;
    }

    /**
     * An amount 5–9 % from x that is clear of every oracle target by 3 %, as it is and times each of the factors
     * the memo's words around it supply; NaN when none is.
     */
    private double away(double x, double... factors) {
        for (double step : new double[] {1.05, 0.95, 1.07, 0.93, 1.09, 0.91}) {
            double y = x * step;
            boolean ok = clear(y, 0.03) && piecesClear(y);
            for (double f : factors) ok &= clear(y * f, 0.03);
            if (ok) return y;
        }
        return Double.NaN;
    }

    /**
     * Whether the groups of y on either side of a line break are clear too: a page may wrap "301 400 000" after
     * "301", and the reader reads "400 000" alone as well (a weekly amount of a value, say).
     */
    private boolean piecesClear(double y) {
        String digits = String.valueOf(Math.round(y));
        for (int cut = digits.length() - 3; cut > 0; cut -= 3) {
            double head = Double.parseDouble(digits.substring(0, cut));
            double tail = Double.parseDouble(digits.substring(cut));
            if (head >= 100 && !clear(head, 0.03) || tail >= 100 && !clear(tail, 0.03)) return false;
        }
        return true;
    }

    /** An amount 20–40 % from x that, in every currency of the table, is more than 12 % from every oracle target. */
    private double awayInEveryCurrency(double x) {
        for (double step : new double[] {1.25, 0.75, 1.35, 0.65, 1.4, 0.6}) {
            double y = x * step;
            boolean ok = true;
            for (double a : NOK_PER.values()) {
                for (double b : NOK_PER.values()) ok &= clear(y * a / b, 0.12);
            }
            if (ok) return y;
        }
        return Double.NaN;
    }

    private boolean clear(double y, double share) {
        for (BigDecimal t : oracle) {
            if (Math.abs(y - t.doubleValue()) <= share * Math.abs(t.doubleValue())) return false;
        }
        return true;
    }

    /**
     * x to at least {@code significant} digits as a reader reads them back: more digits where the last one shown
     * would be 0 or a single trailing zero would make the number read as exact ("1 630" is exact to the krone,
     * "16 900" rounded to hundreds, "18 000 000" to millions); grouped, with decimals below 100.
     */
    private String digits(double x, int significant) {
        for (int k = significant; k < 12; k++) {
            BigDecimal b = new BigDecimal(x).round(new MathContext(k));
            if (b.scale() > 0) return decimal(b.doubleValue());
            String plain = b.setScale(0, RoundingMode.HALF_UP).toPlainString();
            int zeros = plain.length() - plain.replaceAll("0+$", "").length();
            if (plain.charAt(Math.min(k, plain.length()) - 1) == '0' || zeros == 1) continue;
            return LeakCorpusIT.group(plain, point ? "," : " ");
        }
        return LeakCorpusIT.group(String.valueOf(Math.round(x)), point ? "," : " ");
    }

    private String decimal(double x) {
        String s = BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        return point ? s : s.replace('.', ',');
    }

    private String twoDigits(double x) {
        String s = new BigDecimal(x).round(new MathContext(2)).toPlainString();
        return point ? s : s.replace('.', ',');
    }

    private static double round(double x, int significant) {
        return new BigDecimal(x).round(new MathContext(significant)).doubleValue();
    }

    private String pick(Object words) {
        List<String> l = ((java.util.Collection<?>) words).stream().map(Object::toString).filter(w -> !w.contains(" "))
                .sorted().toList();
        return l.isEmpty() ? null : l.get(random.nextInt(l.size()));
    }

    private static String shortest(Object words) {
        return ((Set<?>) words).stream().map(Object::toString).filter(w -> !w.contains(".") && w.length() >= 2)
                .sorted(java.util.Comparator.comparingInt(String::length).thenComparing(w -> w)).findFirst().orElse("");
    }

    private static List<String> keysWith(Object map, Object value) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) map).entrySet()) {
            if (e.getValue().toString().equals(value.toString())) out.add(e.getKey().toString());
        }
        java.util.Collections.sort(out);
        return out;
    }

    private static String keyFor(Object map, int value) {
        List<String> keys = keysWith(map, value);
        return keys.isEmpty() ? null : keys.get(0);
    }
}
