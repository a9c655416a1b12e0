package hta.workbench.api;

import hta.dossier.Classification;
import hta.dossier.PriceKind;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the workbench words the dossier's codes and numbers for a person reading them: classifications and price
 * kinds in words, codes such as milestone kinds made readable, numbers with the digit grouping of the workbench's
 * locale (File › Preferences › General; the system's by default). A contribution that shows these uses the same
 * words. Stateless and thread-safe; numbers follow {@link Locale.Category#FORMAT} at the time of the call.
 *
 * @since 0.4
 */
public final class Words {
    private Words() {
    }

    /** "Public", "Confidential", "Academic in confidence"; null reads as public. */
    public static String classification(Classification c) {
        if (c == null || c == Classification.PUBLIC) return "Public";
        return c == Classification.CONFIDENTIAL ? "Confidential" : "Academic in confidence";
    }

    /** "List price", "Maximum pharmacy price", "Agreed price", "Discount" …; empty for none. */
    public static String priceKind(PriceKind k) {
        if (k == null) return "";
        return switch (k) {
            case LIST_PRICE -> "List price";
            case MAXIMUM_PHARMACY_PRICE -> "Maximum pharmacy price";
            case PHARMACY_PURCHASE_PRICE -> "Pharmacy purchase price";
            case AGREED_PRICE -> "Agreed price";
            case DISCOUNT -> "Discount";
            case REBATE -> "Rebate";
        };
    }

    /**
     * A price as a person names it, where its id would be a code: the jurisdiction's name and the kind in words —
     * "Norway maximum pharmacy price", "Sweden agreed price". Used in Undo's label and History's comparison instead
     * of the price's id (the pack is left out: it is often a whole line of the product's description).
     *
     * @param jurisdiction the jurisdiction's name ("Norway"), or null
     * @since 0.6
     */
    public static String price(String jurisdiction, PriceKind kind) {
        String k = kind == null ? "price" : priceKind(kind);
        return jurisdiction == null || jurisdiction.isBlank() ? Character.toUpperCase(k.charAt(0)) + k.substring(1)
                : jurisdiction + " " + k.toLowerCase(Locale.ROOT);
    }

    /**
     * A code made readable where its owner gives no name: without the jurisdiction prefix, words separated, the
     * first capitalised, short consonant-only words (acronyms) in capitals — {@code no.dmp-report} reads
     * "DMP report", {@code se.orphan-reform} "Orphan reform", {@code dk.clock.pausesCount} "Clock pauses count".
     */
    public static String code(String code) {
        if (code == null || code.isBlank()) return "";
        String c = code.strip();
        int dot = c.indexOf('.');
        if (dot > 0 && dot < c.length() - 1 && dot <= 4) c = c.substring(dot + 1);
        // camel case is two words too: "clock.pausesCount" reads "Clock pauses count"
        c = c.replaceAll("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})", " ");
        StringBuilder sb = new StringBuilder();
        for (String w : c.split("[-_.\\s]+")) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0 && w.matches("\\p{Lu}\\p{Ll}+")) w = w.toLowerCase(Locale.ROOT);
            if (sb.length() > 0) sb.append(' ');
            if (w.length() <= 4 && w.chars().noneMatch(ch -> "aeiouyæøåäö".indexOf(Character.toLowerCase(ch)) >= 0)) {
                sb.append(w.toUpperCase(Locale.ROOT));
            } else if (sb.length() == 0) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            } else {
                sb.append(w);
            }
        }
        return sb.toString();
    }

    /**
     * A date as the workbench writes it where jurisdictions meet in one view (History, Problems, the Timeline's
     * today): ISO 8601, "2025-11-17", whatever the locale — read alike in every country the dossiers go to, and the
     * form History and Compare/Merge write their times in (the system locale's medium form, "Sep 6, 2023", stood
     * beside them in Problems). Empty for none. A page of one jurisdiction, and each country's column of the
     * Landscape, write dates as that jurisdiction does instead.
     *
     * @since 0.5 (ISO 8601 since the form of the locale gave way to it, December 2026)
     */
    public static String date(java.time.LocalDate d) {
        return d == null ? "" : java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(d);
    }

    /** A number with the locale's digit grouping and decimal separator, as many decimals as it has; empty for none. */
    public static String number(BigDecimal n) {
        if (n == null) return "";
        NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
        f.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
        f.setGroupingUsed(true);
        return f.format(n);
    }

    /**
     * A number as a person types it: with or without the locale's digit grouping (spaces, no-break spaces or the
     * grouping character between groups of three digits), the locale's decimal separator or a point; empty gives
     * null.
     *
     * @throws NumberFormatException when it is not a number
     */
    public static BigDecimal parseNumber(String text) {
        if (text == null || text.isBlank()) return null;
        DecimalFormatSymbols s = ((DecimalFormat) NumberFormat.getNumberInstance(
                Locale.getDefault(Locale.Category.FORMAT))).getDecimalFormatSymbols();
        char group = s.getGroupingSeparator();
        char decimal = s.getDecimalSeparator();
        StringBuilder sb = new StringBuilder();
        int digitsSinceGroup = -1; // -1: no grouping seen yet
        boolean inFraction = false;
        for (char ch : text.strip().toCharArray()) {
            boolean space = Character.isWhitespace(ch) || Character.isSpaceChar(ch);
            if (!inFraction && (space || ch == group && ch != decimal)) {
                // a digit group is three digits: "9,6" in English is no number, not 96
                if (digitsSinceGroup > 0 && digitsSinceGroup != 3) throw new NumberFormatException(text);
                digitsSinceGroup = 0;
                continue;
            }
            if (ch == decimal || ch == '.') {
                if (digitsSinceGroup >= 0 && digitsSinceGroup != 3) throw new NumberFormatException(text);
                inFraction = true;
                sb.append('.');
                continue;
            }
            if (Character.isDigit(ch) && digitsSinceGroup >= 0 && !inFraction) digitsSinceGroup++;
            sb.append(ch);
        }
        if (digitsSinceGroup >= 0 && !inFraction && digitsSinceGroup != 3) throw new NumberFormatException(text);
        return new BigDecimal(sb.toString());
    }

    /**
     * Two names of one thing — a jurisdiction's own and its English one — joined ("Norge — Norway"), or the fuller
     * one alone when one says nothing the other does not ("England" and "England (NICE)" read "England (NICE)";
     * "EU joint clinical assessment" and "Joint clinical assessment (EU)" read once), so that no name repeats itself.
     * A null or blank name gives the other.
     */
    public static String names(String first, String second) {
        if (second == null || second.isBlank()) return first == null ? "" : first;
        if (first == null || first.isBlank()) return second;
        java.util.Set<String> a = nameWords(first);
        java.util.Set<String> b = nameWords(second);
        if (b.containsAll(a) && !a.containsAll(b)) return second;
        if (a.containsAll(b)) return first;
        return first + " — " + second;
    }

    /**
     * A bundle's version as a person reads it, one wording for Help › About and the Plugins view (About said "0.1.0"
     * where the Plugins view said "0.1.0.202612061200"): the release, then the build's stamp where the build gave one —
     * "0.1.0 (build 202612061200)"; "0.1.0" for a release without one (or a workspace build's literal "qualifier").
     * A text that is not an OSGi version is returned as it is; null reads as empty.
     *
     * @since 0.9
     */
    public static String version(String version) {
        if (version == null) return "";
        org.osgi.framework.Version v;
        try {
            v = org.osgi.framework.Version.parseVersion(version.trim());
        } catch (IllegalArgumentException notAVersion) {
            return version;
        }
        String release = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        String build = v.getQualifier();
        return build.isEmpty() || build.equals("qualifier") ? release : release + " (build " + build + ")";
    }

    private static java.util.Set<String> nameWords(String name) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) words.add(w);
        return words;
    }
}
