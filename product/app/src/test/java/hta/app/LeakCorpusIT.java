package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The leak corpus (issue 14): confidential values of the demo dossiers planted in the printed free text of every
 * template of every jurisdiction — every narrative section, the decision's conditions and published wording,
 * public agreements' descriptions, the names of recipients, senders and signatories, brand and INN (which also
 * reach the title, bookmarks, XMP and file name), the evidence in every language, figure labels — in
 * many renderings (grouping characters, invisible characters, superscript and full-width digits, exponents,
 * scale words, spelled out in the memo's language, partly spelled) and derivations (VAT in and out, per month, per
 * day, totals, twice, discounts rounded to two digits, ratios), next to harmless look-alikes (numbers a few
 * percent away from every back-calculation, measurements, shares of a population, counts, the public list
 * price). Each is exported as a public memo by the real exporter in the real app. A plant must be refused or
 * not printed at all (its marker absent from the PDF); a harmless one must export. Seeded: the seed is printed,
 * {@code -Dhta.corpus.seed=…} repeats a run, {@code -Dhta.corpus.rounds=…} makes it bigger (the soak profile).
 */
class LeakCorpusIT {
    private static final String MARK = "Kanarifugl";
    private static AppRuntime app;
    private static Memos memos;

    @BeforeAll
    static void start() throws Exception {
        app = AppRuntime.start(Map.of());
        memos = new Memos(app);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    /** One planted text and what it is; {@code priceId} and {@code amount}, when set, change a price first. */
    private record Probe(String text, String how, boolean harmful, String priceId, BigDecimal amount) {
        Probe(String text, String how, boolean harmful) {
            this(text, how, harmful, null, null);
        }
    }

    /** Counts per rendering or derivation: planted, refused, printed unrefused (leaked), not printed. */
    private static final class Tally {
        int planted;
        int refused;
        int leaked;
        int harmlessRefused;
        int notPrinted;
    }

    /** How many rounds of probes (each with fresh random choices) per memo. */
    int rounds() {
        return Integer.getInteger("hta.corpus.rounds", 1);
    }

    @Test
    void plantedValuesAreRefusedAndLookAlikesExported() throws Exception {
        long seed = Long.getLong("hta.corpus.seed", System.nanoTime());
        int rounds = rounds();
        System.out.println("Leak corpus seed " + seed + " (repeat with -Dhta.corpus.seed=" + seed + "), rounds " + rounds);
        Random random = new Random(seed);
        Map<String, Tally> tally = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String id : memos.dossierIds()) {
            Dossier dossier = memos.load(id);
            for (String code : memos.jurisdictionsOf(dossier)) {
                List<Probe> probes = new ArrayList<>();
                for (int r = 0; r < rounds; r++) probes.addAll(probes(dossier, code, random));
                for (String template : memos.templates(code)) {
                    for (Probe p : probes) {
                        Dossier d = memos.load(id);
                        if (p.priceId() != null) setPrice(d, p.priceId(), p.amount());
                        plant(d, code, MARK + " " + p.text() + " " + MARK);
                        Tally t = tally.computeIfAbsent((p.harmful() ? "plant: " : "harmless: ") + p.how(), k -> new Tally());
                        t.planted++;
                        String where = id + "/" + code + "/" + template + " «" + p.text() + "» (" + p.how() + ")";
                        try {
                            Memos.Memo m = memos.export(id, d, code, template, "PUBLIC");
                            if (!printed(m.pdf())) {
                                t.notPrinted++;
                            } else if (p.harmful()) {
                                t.leaked++;
                                failures.add("LEAKED " + where);
                            }
                        } catch (Exception e) {
                            String msg = String.valueOf(e.getMessage());
                            if (msg.contains("required fields are missing")) {
                                t.notPrinted++;
                            } else if (p.harmful()) {
                                t.refused++;
                            } else {
                                t.harmlessRefused++;
                                failures.add("HARMLESS REFUSED " + where + ": " + msg);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("%-62s %7s %7s %7s %9s %11s%n", "rendering or derivation", "planted", "refused", "leaked",
                "harmless-", "not printed");
        int planted = 0;
        for (Map.Entry<String, Tally> e : tally.entrySet()) {
            Tally t = e.getValue();
            planted += t.planted;
            System.out.printf("%-62s %7d %7d %7d %9d %11d%n", e.getKey(), t.planted, t.refused, t.leaked, t.harmlessRefused,
                    t.notPrinted);
        }
        assertTrue(planted > 100, "planted " + planted);
        assertEquals(List.of(), failures.stream().limit(30).toList());
    }

    /** The same text in every printed free-text field of the jurisdiction's submission. */
    private static void plant(Object dossier, String code, String text) throws Exception {
        for (Object s : (List<?>) Reflect.get(dossier, "submissions")) {
            if (!code.equals(Reflect.get(s, "jurisdiction"))) continue;
            for (Object narrative : ((Map<?, ?>) Reflect.get(s, "sections")).values()) {
                List<?> paragraphs = (List<?>) Reflect.get(narrative, "paragraphs");
                if (paragraphs.isEmpty()) continue;
                // a sentence of its own before the paragraph, as a writer adds one: appended to a run, it could end
                // up inside a sentence that names a confidential price ("Med tilbudt pris er …"), where any precise
                // figure is refused as stated at that price
                @SuppressWarnings("unchecked")
                List<Object> first = (List<Object>) paragraphs.get(0);
                Object run = first.get(0).getClass().getConstructor().newInstance();
                Reflect.set(run, "text", text + ". ");
                first.add(0, run);
            }
            Object decision = Reflect.get(s, "decision");
            if (decision != null) {
                Reflect.set(decision, "conditions", text + ".");
                Reflect.set(decision, "publishedWording", text + ".");
            }
            for (Object a : (List<?>) Reflect.get(s, "agreements")) {
                Object c = Reflect.get(a, "classification");
                if (c == null || (Boolean) Reflect.call(c, "isPublic")) Reflect.set(a, "description", text);
            }
            for (String role : List.of("recipients", "copyTo", "signatories")) {
                for (Object party : (List<?>) Reflect.get(s, role)) appendTo(party, "name", text);
            }
            if (Reflect.get(s, "sender") != null) appendTo(Reflect.get(s, "sender"), "name", text);
        }
        // the dossier's own printed text: brand and INN (also in the title, bookmarks, XMP and file name),
        // the evidence in every language, the labels of the figures
        Object product = Reflect.get(dossier, "product");
        appendTo(product, "brandName", text);
        appendTo(product, "inn", text);
        Object evidence = Reflect.get(dossier, "evidence");
        // prose and labels get the plant as a sentence of its own (see the narratives above)
        appendSentence(evidence, "comparator", text);
        appendSentence(evidence, "followUp", text);
        for (Object w : ((Map<?, ?>) Reflect.get(evidence, "translations")).values()) {
            appendSentence(w, "comparator", text);
            appendSentence(w, "followUp", text);
        }
        for (Object f : (List<?>) Reflect.get(Reflect.get(dossier, "economics"), "figures")) appendSentence(f, "label", text);
    }

    private static void appendSentence(Object target, String field, String text) throws Exception {
        Object old = Reflect.get(target, field);
        String before = old == null ? "" : old.toString().strip();
        Reflect.set(target, field, before.isEmpty() ? text : before + (before.endsWith(".") ? " " : ". ") + text);
    }

    private static void setPrice(Object dossier, String id, BigDecimal amount) throws Exception {
        for (Object p : (List<?>) Reflect.get(dossier, "prices")) {
            if (id.equals(Reflect.get(p, "id"))) Reflect.set(p, "amount", amount);
        }
    }

    private static void appendTo(Object target, String field, String text) throws Exception {
        Object old = Reflect.get(target, field);
        Reflect.set(target, field, old == null ? text : old + " " + text);
    }

    private static boolean printed(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).contains(MARK);
        }
    }

    /** Plants and look-alikes for the dossier's confidential values under the jurisdiction. */
    private static List<Probe> probes(Dossier dossier, String code, Random random) throws Exception {
        Object policy = Reflect.call(memos.jurisdiction(code), "confidentiality");
        Object words = Reflect.call(policy, "numberWords");
        String million = wordFor(Reflect.call(words, "scales"), 6);
        String percent = first(Reflect.call(words, "percent"));
        String population = first(Reflect.call(words, "populations"));
        String count = first(Reflect.call(words, "counts"));
        List<?> locales = (List<?>) Reflect.call(words, "spellOut");
        List<BigDecimal> vat = new ArrayList<>();
        for (Object v : (List<?>) Reflect.call(policy, "vatRates")) vat.add((BigDecimal) v);
        List<BigDecimal> amounts = new ArrayList<>();
        List<BigDecimal> allAmounts = new ArrayList<>();
        List<BigDecimal> percentages = new ArrayList<>();
        Map<BigDecimal, String> currencies = new java.util.HashMap<>();
        List<String> discountIds = new ArrayList<>();
        for (Object s : memos.secrets(dossier, code)) {
            BigDecimal v = ((BigDecimal) Reflect.call(s, "value")).abs();
            String kind = Reflect.call(s, "kind").toString();
            Object unit = Reflect.call(s, "unit");
            if (unit != null && unit.toString().matches("[A-Z]{3}")) currencies.put(v.setScale(0, RoundingMode.HALF_UP), unit.toString());
            if (kind.equals("PERCENTAGE") && isDiscount(dossier, Reflect.call(s, "id"))) discountIds.add((String) Reflect.call(s, "id"));
            if (!kind.equals("PERCENTAGE")) allAmounts.add(v);
            if (kind.equals("AMOUNT") && v.compareTo(BigDecimal.valueOf(10000)) >= 0) amounts.add(v);
            if (kind.equals("PERCENTAGE") && v.compareTo(BigDecimal.ONE) > 0 && v.compareTo(BigDecimal.valueOf(99)) < 0) {
                percentages.add(v);
            }
        }
        List<BigDecimal> oracle = oracleTargets(dossier, allAmounts, percentages, vat);
        List<Probe> out = new ArrayList<>();
        if (!amounts.isEmpty()) {
            BigDecimal v = amounts.get(random.nextInt(amounts.size())).setScale(0, RoundingMode.HALF_UP);
            String digits = v.toPlainString();
            for (String sep : new String[] {" ", "\u00A0", "\u202F", ".", ",", "'", "\u00B7", "_", "-", ""}) {
                out.add(new Probe(group(digits, sep) + " kr", "grouped with '" + sep + "'", true));
            }
            out.add(new Probe(group(digits, "\u200B"), "zero-width spaces", true));
            out.add(new Probe(group(digits, "\u00AD"), "soft hyphens", true));
            out.add(new Probe(superscript(group(digits, " ")), "superscript digits", true));
            out.add(new Probe(fullWidth(digits), "full-width digits", true));
            BigDecimal mantissa = v.round(new MathContext(6)).movePointLeft(digits.length() - 1);
            out.add(new Probe(mantissa.toPlainString().replace('.', ',') + "e" + (digits.length() - 1), "exponent", true));
            out.add(new Probe(mantissa.toPlainString() + "·10^" + (digits.length() - 1), "power of ten", true));
            if (million != null && v.compareTo(BigDecimal.valueOf(2_000_000)) > 0) {
                BigDecimal m = v.movePointLeft(6);
                out.add(new Probe(m.setScale(6, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " " + million,
                        "six decimals at a scale", true));
                out.add(new Probe(m.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " " + million,
                        "rounded at a scale", true));
                out.add(new Probe(m.setScale(0, RoundingMode.DOWN).toPlainString() + " " + million + " "
                        + group(v.remainder(BigDecimal.valueOf(1_000_000)).toPlainString(), " "), "partly spelled", true));
            }
            if (!locales.isEmpty()) out.add(new Probe(spelled(locales.get(0), v), "spelled out", true));
            out.addAll(readingForms(words, v, million, locales, oracle, random));
            boolean point = !locales.isEmpty() && ((Locale) locales.get(0)).getLanguage().equals("en");
            ProseProbes prose = new ProseProbes(words, oracle, random, point);
            for (ProseProbes.Plant p : prose.forAmount(v, currencies.get(v), packNumbers(dossier), vat)) {
                out.add(new Probe(p.text(), p.how(), p.harmful()));
            }
            for (BigDecimal r : vat) {
                BigDecimal f = BigDecimal.ONE.add(r);
                out.add(new Probe(group(v.multiply(f).setScale(0, RoundingMode.HALF_UP).toPlainString(), " ") + " kr",
                        "with VAT", true));
                out.add(new Probe(group(v.divide(f, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP).toPlainString(), " ")
                        + " kr", "without VAT", true));
            }
            // an operation is stated in words unless the number shows four significant digits: a rounder number meets
            // some twenty unstated operations on one value or another by chance (docs/confidentiality.md)
            Stated stated = new Stated(words, random);
            out.add(new Probe(stated.per(v.divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP), "MONTHS"), "per month", true));
            out.add(new Probe(stated.per(v.divide(BigDecimal.valueOf(365), 0, RoundingMode.HALF_UP), "DAYS"), "per day", true));
            out.add(new Probe(stated.times(v.multiply(BigDecimal.valueOf(5)), 5, "YEARS"), "five-year total", true));
            // a one-off price spread over a horizon: per month over ten years, and with VAT per month over five (a
            // chain, recognised in a number that shows four significant digits: "195 000" is rounding, out of scope)
            BigDecimal monthly = v.divide(BigDecimal.valueOf(120), 0, RoundingMode.HALF_UP);
            if (monthly.stripTrailingZeros().precision() >= 4) {
                out.add(new Probe(group(monthly.toPlainString(), " ") + " kr", "per month over ten years", true));
            }
            for (BigDecimal r : vat) {
                BigDecimal withVat = v.multiply(BigDecimal.ONE.add(r)).divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP);
                if (withVat.stripTrailingZeros().precision() >= 4) {
                    out.add(new Probe(group(withVat.toPlainString(), " ") + " kr", "with VAT, per month over five years", true));
                }
            }
            out.add(new Probe(stated.times(v.multiply(BigDecimal.valueOf(2)), 2, null), "twice the price", true));
            // look-alikes: the same digits measured in mg/kg, and numbers away from every back-calculation
            out.add(new Probe(v.movePointLeft(digits.length() - 1).setScale(2, RoundingMode.HALF_UP).toPlainString()
                    .replace('.', ',') + " mg/kg", "harmless: a dose with the value's digits", false));
            BigDecimal away = awayFromEverything(v, oracle);
            if (away != null) out.add(new Probe(group(away.toPlainString(), " ") + " kr", "harmless: close in digits, not within tolerance", false));
            if (count != null && million != null) {
                out.add(new Probe(v.movePointLeft(6).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " "
                        + million + " " + count, "harmless: a count with a scale word", false));
            }
        }
        if (million != null) {
            for (BigDecimal total : rowTotals(dossier)) {
                out.add(new Probe(total.movePointLeft(6).round(new MathContext(3)).toPlainString().replace('.', ',') + " "
                        + million + " kr", "a budget row's total, computed from the price", true));
            }
        }
        if (!discountIds.isEmpty()) {
            boolean point = !locales.isEmpty() && ((Locale) locales.get(0)).getLanguage().equals("en");
            String id = discountIds.get(random.nextInt(discountIds.size()));
            for (ProseProbes.Plant p : new ProseProbes(words, oracle, random, point).forDiscount(id, percentages)) {
                out.add(new Probe(p.text(), p.how(), p.harmful(), p.priceId(), p.amount()));
            }
        }
        if (!percentages.isEmpty() && percent != null) {
            BigDecimal d = percentages.get(random.nextInt(percentages.size()));
            // what is paid: 100 − the discount, as a percentage and as a ratio (the NHS pays 65.4 % of the list price)
            BigDecimal paid = BigDecimal.valueOf(100).subtract(d);
            out.add(new Probe(paid.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %",
                    "what is paid (100 − discount)", true));
            out.add(new Probe(paid.movePointLeft(2).setScale(3, RoundingMode.HALF_UP).toPlainString().replace('.', ','),
                    "what is paid, as a ratio", true));
            if (population != null) {
                out.add(new Probe(paid.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " % " + population,
                        "harmless: a share of the population with what is paid", false));
            }
            out.add(new Probe(d.setScale(0, RoundingMode.HALF_UP) + " " + percent, "discount rounded to two digits", true));
            out.add(new Probe(d.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %", "discount with two decimals", true));
            out.add(new Probe("0," + d.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString(), "discount as a ratio", true));
            if (population != null) {
                BigDecimal share = awayFromPercentages(d, percentages);
                out.add(new Probe(d.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " % " + population,
                        "harmless: a share of the population with the discount's digits", false));
                if (share != null) out.add(new Probe(share.toPlainString().replace('.', ',') + " %", "harmless: another percentage", false));
            }
        }
        return out;
    }

    /**
     * The reading forms of the outsider's second probe, each with fresh random choices: thousands of the currency
     * in the language's abbreviation, the Indian grouping, a fraction after the millions, a digit run broken by a
     * line at a random place inside a group, the millions spelled out with a decimal, a rounded amount per month in
     * the language's rate words; and people counted in millions with a random count noun of the language.
     */
    private static List<Probe> readingForms(Object words, BigDecimal v, String million, List<?> locales,
                                            List<BigDecimal> oracle, Random random) throws Exception {
        List<Probe> out = new ArrayList<>();
        String digits = v.toPlainString();
        boolean point = !locales.isEmpty() && ((Locale) locales.get(0)).getLanguage().equals("en");
        String thousands = pick(keysWith(Reflect.call(words, "moneyScales"), 3), random);
        if (thousands != null) {
            out.add(new Probe(group(v.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).toPlainString(),
                    random.nextBoolean() ? " " : "\u00A0") + " " + thousands + (random.nextBoolean() ? "." : ""),
                    "thousands of the currency abbreviated", true));
        }
        out.add(new Probe((random.nextBoolean() ? "\u20B9" : "\u00A3") + lakhs(digits), "Indian grouping (lakhs, crores)", true));
        String cut = breakInsideAGroup(group(digits, random.nextBoolean() ? " " : "."), random);
        if (cut != null) out.add(new Probe(cut + " kr", "a line break inside a group", true));
        if (million != null && v.compareTo(BigDecimal.valueOf(5_000_000)) >= 0) {
            double m = v.doubleValue() / 1e6;
            long whole = (long) Math.floor(m);
            int tenths = (int) Math.round((m - whole) * 10);
            if (tenths > 0 && tenths < 10) {
                String[] sup = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
                String fraction = random.nextBoolean() ? sup[tenths] + "⁄₁₀" : " " + tenths + "/10";
                out.add(new Probe(whole + fraction + " " + million, "millions with a fraction", true));
            }
            String[] vulgar = {"¼", "½", "¾"};
            int quarters = (int) Math.round((m - whole) * 4);
            if (quarters > 0 && quarters < 4 && Math.abs(whole + quarters / 4.0 - m) < 0.008 * m) {
                out.add(new Probe(whole + vulgar[quarters - 1] + " " + million, "millions with a vulgar fraction", true));
            }
            if (!locales.isEmpty() && tenths > 0 && tenths < 10) {
                out.add(new Probe(spelledDecimal(locales.get(0), whole + tenths / 10.0) + " " + million,
                        "millions spelled out with a decimal", true));
            }
            String per = pick((java.util.Set<?>) Reflect.call(words, "per"), random);
            String month = pick(keysWith(Reflect.call(words, "durations"), "MONTHS"), random);
            String money = first(Reflect.call(words, "money"));
            if (per != null && month != null) {
                String rate = per + " " + month;
                out.add(new Probe(twoDigits(v.doubleValue() / 12e6, point) + " " + million + (money == null ? "" : " " + money)
                        + " " + rate, "rounded per month, with the rate's words", true));
                for (double step : new double[] {1.08, 0.92, 1.12, 0.88, 1.15, 0.85}) {
                    String monthly = twoDigits(v.doubleValue() * step / 12e6, point);
                    double back = new BigDecimal(monthly.replace(',', '.')).doubleValue() * 1e6;
                    if (clear(back, oracle) && clear(back * 12, oracle)) {
                        out.add(new Probe(monthly + " " + million + (money == null ? "" : " " + money) + " " + rate,
                                "harmless: a rounded amount per month, no twelfth of a value", false));
                        break;
                    }
                }
            }
            String people = pick((java.util.Set<?>) Reflect.call(words, "counts"), random);
            if (people != null) {
                out.add(new Probe(twoDigits(m, point) + " " + million + " " + people, "harmless: counted in millions (any count noun)", false));
            }
        }
        return out;
    }

    /** Whether the id is a confidential discount or rebate among the dossier's prices. */
    private static boolean isDiscount(Object dossier, Object id) throws Exception {
        for (Object p : (List<?>) Reflect.get(dossier, "prices")) {
            String kind = String.valueOf(Reflect.get(p, "kind"));
            if (String.valueOf(id).equals(Reflect.get(p, "id")) && (kind.equals("DISCOUNT") || kind.equals("REBATE"))) return true;
        }
        return false;
    }

    /** The numbers in the dossier's pack descriptions ("28 tabletter", "one 21-day cycle"). */
    private static List<Double> packNumbers(Object dossier) throws Exception {
        List<Double> out = new ArrayList<>();
        for (Object p : (List<?>) Reflect.get(dossier, "prices")) {
            Object pack = Reflect.get(p, "pack");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)").matcher(pack == null ? "" : pack.toString());
            while (m.find()) {
                double d = Double.parseDouble(m.group(1));
                if (d > 1 && d <= 1000 && !out.contains(d)) out.add(d);
            }
        }
        return out;
    }

    /** Whether x is more than 3 % from every back-calculation of the oracle. */
    private static boolean clear(double x, List<BigDecimal> oracle) {
        for (BigDecimal t : oracle) {
            if (Math.abs(x - t.doubleValue()) <= 0.03 * Math.abs(t.doubleValue())) return false;
        }
        return true;
    }

    /** Two significant digits, with a decimal comma unless {@code point} ("2,2", "15"). */
    private static String twoDigits(double x, boolean point) {
        // two significant digits as a writer shows them: 2,0 millioner, not 2 (one digit says too little)
        String s = new BigDecimal(x).round(new MathContext(2)).toPlainString();
        return point ? s : s.replace('.', ',');
    }

    /** The integer in the Indian grouping: the last three digits, then pairs ("2,24,50,000"). */
    private static String lakhs(String digits) {
        if (digits.length() <= 3) return digits;
        StringBuilder sb = new StringBuilder(digits.substring(digits.length() - 3));
        int i = digits.length() - 3;
        while (i > 0) {
            int from = Math.max(0, i - 2);
            sb.insert(0, digits.substring(from, i) + ",");
            i = from;
        }
        return sb.toString();
    }

    /** The grouped number with a line break at a random place inside a group (not at a group's edge). */
    private static String breakInsideAGroup(String grouped, Random random) {
        List<Integer> places = new ArrayList<>();
        for (int i = 1; i < grouped.length(); i++) {
            if (Character.isDigit(grouped.charAt(i - 1)) && Character.isDigit(grouped.charAt(i))) places.add(i);
        }
        if (places.isEmpty()) return null;
        int at = places.get(random.nextInt(places.size()));
        return grouped.substring(0, at) + "\n" + grouped.substring(at);
    }

    /** An amount as the corpus plants it: bare with four significant digits or more, else with its operation in words. */
    private static final class Stated {
        private final String per;
        private final Object durations;
        private final String count;
        private final Random random;

        Stated(Object words, Random random) throws Exception {
            this.per = pick((java.util.Set<?>) Reflect.call(words, "per"), random);
            this.durations = Reflect.call(words, "durations");
            this.count = pick((java.util.Set<?>) Reflect.call(words, "counts"), random);
            this.random = random;
        }

        private static boolean bare(BigDecimal amount) {
            return amount.stripTrailingZeros().precision() >= 4;
        }

        /** "2 340 000 kr per måned" (a rate of the period {@code unit}: MONTHS, DAYS). */
        String per(BigDecimal amount, String unit) {
            String text = group(amount.toPlainString(), " ") + " kr";
            String word = pick(keysWith(durations, unit), random);
            return bare(amount) || per == null || word == null ? text : text + " " + per + " " + word;
        }

        /** "97 500 000 kr (5 år)", "39 000 000 kr (2 pasienter)": a total over a count of {@code unit} or of patients. */
        String times(BigDecimal amount, int n, String unit) {
            String text = group(amount.toPlainString(), " ") + " kr";
            String word = unit == null ? count : pick(keysWith(durations, unit), random);
            return bare(amount) || word == null ? text : text + " (" + n + " " + word + ")";
        }
    }

    private static List<String> keysWith(Object map, Object value) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) map).entrySet()) {
            if (e.getValue().toString().equals(value.toString())) out.add(e.getKey().toString());
        }
        return out;
    }

    private static String pick(java.util.Collection<?> words, Random random) {
        List<String> l = words.stream().map(Object::toString).filter(w -> !w.contains(" ")).sorted().toList();
        return l.isEmpty() ? null : l.get(random.nextInt(l.size()));
    }

    /** A decimal number spelled out by ICU ("tjue­åtte komma sju"). */
    private static String spelledDecimal(Object locale, double x) throws Exception {
        return spell(locale, double.class, x);
    }

    /**
     * Every back-calculation the corpus knows of, written independently of the scanner: each confidential amount
     * as is, with and without VAT, × 2 … 10, per month, week, day and back, spread over 2–10 years per month, week
     * or day (per month also with VAT), per patient or pack and back; each
     * confidential percentage of every price (list × d, list × (1 − d)); every sum of consecutive budget cells.
     */
    private static List<BigDecimal> oracleTargets(Object dossier, List<BigDecimal> amounts, List<BigDecimal> percentages,
                                                  List<BigDecimal> vat) throws Exception {
        List<Double> factors = new ArrayList<>(List.of(1.0, 12.0, 1 / 12.0, 52.0, 1 / 52.0, 365.0, 1 / 365.0));
        for (int k = 2; k <= 10; k++) factors.add((double) k);
        for (BigDecimal r : vat) {
            factors.add(1 + r.doubleValue());
            factors.add(1 / (1 + r.doubleValue()));
        }
        // spread over a horizon of 2–10 years, per month, week or day; per month also with VAT
        for (int k = 2; k <= 10; k++) {
            for (double per : new double[] {12, 52, 365}) factors.add(1 / (k * per));
            for (BigDecimal r : vat) factors.add((1 + r.doubleValue()) / (k * 12));
        }
        List<Double> divisors = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        for (Object b : (List<?>) Reflect.get(dossier, "budgetImpacts")) {
            for (Object p : (List<?>) Reflect.get(b, "patientsPerYear")) if (p != null) divisors.add(((BigDecimal) p).doubleValue());
        }
        for (Object p : (List<?>) Reflect.get(dossier, "prices")) {
            Object pack = Reflect.get(p, "pack");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)").matcher(pack == null ? "" : pack.toString());
            if (m.find()) divisors.add(Double.parseDouble(m.group(1)));
            Object amount = Reflect.get(p, "amount");
            if (amount != null) prices.add(((BigDecimal) amount).doubleValue());
        }
        for (double d : divisors) {
            if (d > 0) {
                factors.add(d);
                factors.add(1 / d);
            }
        }
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal a : amounts) for (double f : factors) out.add(BigDecimal.valueOf(a.doubleValue() * f));
        for (BigDecimal d : percentages) {
            for (double l : prices) {
                out.add(BigDecimal.valueOf(l * d.doubleValue() / 100));
                out.add(BigDecimal.valueOf(l * (1 - d.doubleValue() / 100)));
            }
        }
        for (Object b : (List<?>) Reflect.get(dossier, "budgetImpacts")) {
            for (Object row : (List<?>) Reflect.get(b, "rows")) {
                List<?> cells = (List<?>) Reflect.get(row, "cells");
                for (int i = 0; i < cells.size(); i++) {
                    double sum = 0;
                    for (int j = i; j < cells.size(); j++) {
                        Object v = Reflect.get(cells.get(j), "value");
                        if (v == null) break;
                        sum += ((BigDecimal) v).doubleValue();
                        out.add(BigDecimal.valueOf(sum));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A percentage 9–21 points from the discount and more than two points from every confidential percentage and what
     * is paid with it (100 − p): another percentage in the memo, not a rounding of any.
     */
    private static BigDecimal awayFromPercentages(BigDecimal d, List<BigDecimal> percentages) {
        for (int step : new int[] {9, -9, 13, -13, 17, -17, 21, -21}) {
            BigDecimal x = d.add(BigDecimal.valueOf(step)).setScale(1, RoundingMode.HALF_UP);
            if (x.signum() <= 0 || x.compareTo(BigDecimal.valueOf(99)) >= 0) continue;
            boolean clear = true;
            for (BigDecimal p : percentages) {
                if (x.subtract(p).abs().doubleValue() <= 2 || x.subtract(BigDecimal.valueOf(100).subtract(p)).abs().doubleValue() <= 2) {
                    clear = false;
                }
            }
            if (clear) return x;
        }
        return null;
    }

    /**
     * The five-year totals of the budget rows computed from one price (each cell {@code price:x * patients:n}, one
     * price for the row), from the cells' stored values.
     */
    private static List<BigDecimal> rowTotals(Object dossier) throws Exception {
        List<BigDecimal> out = new ArrayList<>();
        java.util.regex.Pattern cell = java.util.regex.Pattern.compile("price:(\\S+) \\* patients:\\d+");
        for (Object b : (List<?>) Reflect.get(dossier, "budgetImpacts")) {
            for (Object row : (List<?>) Reflect.get(b, "rows")) {
                java.util.Set<String> prices = new java.util.HashSet<>();
                BigDecimal total = BigDecimal.ZERO;
                for (Object c : (List<?>) Reflect.get(row, "cells")) {
                    Object f = Reflect.get(c, "formula");
                    Object v = Reflect.get(c, "value");
                    java.util.regex.Matcher m = cell.matcher(f == null ? "" : f.toString().trim());
                    if (v == null || !m.matches()) {
                        prices.add("?");
                        break;
                    }
                    prices.add(m.group(1));
                    total = total.add((BigDecimal) v);
                }
                if (prices.size() == 1 && !prices.contains("?") && total.signum() > 0) out.add(total);
            }
        }
        return out;
    }

    /** A number 3–9 % away from the value and more than 3 % away from every back-calculation of the oracle. */
    private static BigDecimal awayFromEverything(BigDecimal v, List<BigDecimal> oracle) {
        for (double step : new double[] {1.05, 0.95, 1.07, 0.93, 1.09, 0.91, 1.04, 0.96, 1.06, 0.94, 1.08, 0.92}) {
            double x = v.doubleValue() * step;
            boolean clear = true;
            for (BigDecimal t : oracle) {
                if (Math.abs(x - t.doubleValue()) <= 0.03 * Math.abs(t.doubleValue())) clear = false;
            }
            if (clear) return BigDecimal.valueOf(Math.round(x));
        }
        return null;
    }

    static String group(String digits, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String superscript(String s) {
        String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= '0' && c <= '9' ? sup.charAt(c - '0') : c);
        return sb.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        return sb.toString();
    }

    /** The value spelled out by ICU (the app's own com.ibm.icu bundle), soft hyphens and all. */
    private static String spelled(Object locale, BigDecimal v) throws Exception {
        return spell(locale, long.class, v.longValue());
    }

    private static String spell(Object locale, Class<?> type, Object number) throws Exception {
        ClassLoader icu = app.bundle("com.ibm.icu").loadClass("com.ibm.icu.text.RuleBasedNumberFormat").getClassLoader();
        Class<?> rbnf = icu.loadClass("com.ibm.icu.text.RuleBasedNumberFormat");
        Class<?> uloc = icu.loadClass("com.ibm.icu.util.ULocale");
        Object ul = uloc.getMethod("forLocale", Locale.class).invoke(null, locale);
        Object f = rbnf.getConstructor(uloc, int.class).newInstance(ul, 1);
        return (String) rbnf.getMethod("format", type).invoke(f, number);
    }

    static String wordFor(Object scales, int power) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) scales).entrySet()) {
            if (((Integer) e.getValue()) == power && e.getKey().toString().length() > 2) return e.getKey().toString();
        }
        return null;
    }

    private static String first(Object set) {
        return ((java.util.Set<?>) set).stream().map(Object::toString).filter(s -> s.length() > 3).sorted().findFirst().orElse(null);
    }
}
