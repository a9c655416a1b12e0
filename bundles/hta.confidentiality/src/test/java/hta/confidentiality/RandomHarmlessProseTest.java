package hta.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Harmless prose around amounts, at random, in every memo language (issue 14, fourth probe): the words that now
 * supply a factor — a period with its length, a count of cycles or years, VAT, a hedge, another currency, free
 * goods — next to amounts printed to three significant digits that an oracle of this test's own (the values, the
 * writer's single operations and the memo's factors, within 3 %) finds clear of every back-calculation. None may be
 * refused: the new readings may not raise false refusals beyond a real coincidence. The seed is printed; {@code
 * -Dhta.harmless.seed=…} repeats a run.
 */
class RandomHarmlessProseTest {
    private static final BigDecimal LIST = new BigDecimal("2150000");
    private static final List<SecretValue> SECRETS = List.of(
            new SecretValue("agreed", new BigDecimal("21560"), SecretValue.Kind.AMOUNT, "NOK"),
            new SecretValue("comparator", new BigDecimal("372000"), SecretValue.Kind.AMOUNT, "NOK"),
            new SecretValue("net", new BigDecimal("18150000"), SecretValue.Kind.AMOUNT, "SEK"),
            new SecretValue("saip", new BigDecimal("2385000"), SecretValue.Kind.AMOUNT, "DKK"),
            new SecretValue("pas", new BigDecimal("18"), SecretValue.Kind.PERCENTAGE, "percent"));
    private static final LeakIndex INDEX = LeakIndex.of(new LeakModel(SECRETS,
            List.of(new PublicValue("price:list", LIST, SecretValue.Kind.AMOUNT),
                    new PublicValue("price:no-list", new BigDecimal("27900"), SecretValue.Kind.AMOUNT)),
            List.of(new Derivation("pas", "list price × (1 − discount), the net price", LIST.negate().movePointLeft(2), LIST,
                    SecretValue.Kind.AMOUNT, "GBP")),
            List.of(new BigDecimal("28"), new BigDecimal("7")), TestWords.NORDIC_AND_ENGLISH, new BigDecimal("0.01"),
            List.of(new BigDecimal("0.25")), true));
    /** The amounts a reader works from: the values and the net price from the discount. */
    private static final double[][] BASES = {{21560}, {372000}, {18150000}, {2385000}, {1763000}};
    private static final double[] SINGLE = {1, 1.25, 0.8, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0.5, 1 / 3.0, 0.25, 1 / 12.0, 12,
        1 / 52.0, 52, 1 / 365.0, 365, 1 / 28.0, 28, 1 / 7.0, 7, 365.25 / 7, 7 / 365.25};
    /** NOK per unit of the currencies a memo names, approximately: a reader's rates. */
    private static final double[] RATES = {1, 11.6, 10.8, 13.7, 1.02, 1.56};
    /** The days one value can cover (a day, the packs of the model, a year counted three ways). */
    private static final double[] UNITS = {1, 28, 7, 365.25, 365, 364};
    private static final String[][] TEMPLATES = {
        // {sentence with %s for the amount, the period's days ("" for none), the counts, VAT words (y/n), currency (y/n)}
        {"Per 21-dagarscykel kostar ett annat läkemedel %s kronor.", "21", "21", "n", "n"},
        {"Over 14 sykluser koster komparatoren %s kroner.", "", "14", "n", "n"},
        {"Uten mva. blir dagskostnaden for komparatoren rundt %s kroner.", "1", "", "y", "n"},
        {"Another medicine costs around £%s a year.", "365.25 365 364", "", "n", "y"},
        {"I gjennomsnitt utgjør kostnaden for komparatoren %s kroner per år over femårsperioden.", "365.25 365 364", "5", "n", "n"},
        {"Et annet legemiddel koster om lag %s euro per behandling.", "", "", "n", "y"},
        {"Den anden behandling koster knap %s kr. pr. patient.", "", "", "n", "n"},
        {"One pack is free for every five, and a course costs £%s.", "", "", "n", "y"},
        {"Behandlingen ges var tredje vecka och kostar %s kronor inklusive moms.", "21", "", "y", "n"}};

    @Test
    void harmlessProseAroundAmountsIsNotRefused() {
        long seed = Long.getLong("hta.harmless.seed", System.nanoTime());
        System.out.println("Harmless prose seed " + seed + " (repeat with -Dhta.harmless.seed=" + seed + ")");
        Random random = new Random(seed);
        List<String> refused = new ArrayList<>();
        int tried = 0;
        int cleared = 0;
        while (cleared < 600 && tried < 20_000) {
            tried++;
            String[] template = TEMPLATES[random.nextInt(TEMPLATES.length)];
            // three significant digits, the last not 0, shown as a writer rounds: "616", "108 000", "1 230 000" (a
            // number such as "1 610" reads as exact to four digits, where the writer's chains apply as before)
            int digits = 100 + random.nextInt(900);
            if (digits % 10 == 0) continue;
            BigDecimal printed = BigDecimal.valueOf(digits).movePointRight(new int[] {0, 3, 4}[random.nextInt(3)]);
            if (!clear(printed.doubleValue(), template)) continue;
            cleared++;
            String text = String.format(template[0], group(printed));
            if (!INDEX.scan("t", text).isEmpty()) refused.add(text);
        }
        System.out.println("Harmless prose: " + cleared + " cleared by the oracle of " + tried + " drawn, " + refused.size() + " refused");
        assertTrue(cleared >= 600, "cleared " + cleared);
        assertEquals(List.of(), refused);
    }

    /**
     * Whether x is more than 3 % from every base, as it is, through every single operation and every factor its
     * words supply (a period's days to the days a value covers, a count each way, VAT when a VAT word is there), and
     * in another currency more than 12 % from it at any rate of the table.
     */
    private static boolean clear(double x, String[] template) {
        List<Double> f = new ArrayList<>(List.of(1.0));
        for (String days : template[1].isEmpty() ? new String[0] : template[1].split(" ")) {
            for (double u : UNITS) f.add(u / Double.parseDouble(days));
        }
        for (String n : template[2].isEmpty() ? new String[0] : template[2].split(" ")) {
            f.add(Double.parseDouble(n));
            f.add(1 / Double.parseDouble(n));
        }
        if (template[3].equals("y")) {
            for (double a : List.copyOf(f)) {
                f.add(a * 1.25);
                f.add(a / 1.25);
            }
        }
        for (double a : f) {
            for (double op : SINGLE) {
                for (double[] base : BASES) {
                    if (Math.abs(x * a * op - base[0]) <= 0.03 * base[0]) return false;
                    if (Math.abs(x * a / op - base[0]) <= 0.03 * base[0]) return false;
                    if (!template[4].equals("y")) continue;
                    for (double from : RATES) {
                        for (double to : RATES) {
                            if (Math.abs(x * a * op * from / to - base[0]) <= 0.12 * base[0]) return false;
                            if (Math.abs(x * a / op * from / to - base[0]) <= 0.12 * base[0]) return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    private static String group(BigDecimal b) {
        String s = b.scale() > 0 ? b.toPlainString().replace('.', ',') : b.setScale(0).toPlainString();
        if (s.contains(",")) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) sb.append(' ');
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }
}
