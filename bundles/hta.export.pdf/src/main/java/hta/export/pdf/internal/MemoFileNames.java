package hta.export.pdf.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The file name of an exported memo: the template's suggestion, made to say which version it is in the memo's own
 * language and made safe as a file name. The word is the first word of the version's marking the template prints on
 * every page ({@code OFFENTLIG VERSJON} gives {@code offentlig}, {@code FORTROLIG} gives {@code fortrolig}); a name
 * that does not already carry it (or a longer or shorter form of it, e.g. {@code sekretess} for
 * {@code SEKRETESSBELAGD}) gets it before {@code .pdf}. So the public and the confidential memo never share a name,
 * and one never replaces the other in a folder (issue 14: the Danish recommendation gave both one name). Stateless.
 */
final class MemoFileNames {
    private MemoFileNames() {
    }

    /**
     * @param suggested the template's file name
     * @param marking   the version's marking printed on every page, in the memo's language
     */
    static String of(String suggested, String marking) {
        String name = safe(suggested == null || suggested.isBlank() ? "memo.pdf" : suggested.strip());
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) name = name + ".pdf";
        String word = firstWord(marking);
        if (word.isEmpty() || says(name, firstRawWord(marking))) return name;
        return name.substring(0, name.length() - 4) + "_" + word + ".pdf";
    }

    /** A name without the template's words, for when those would reveal a confidential value. */
    static String neutral(String templateId, String marking) {
        return of(safe(templateId) + ".pdf", marking);
    }

    /** The marking's first word folded to ASCII letters and digits, e.g. {@code BLÆNDET VERSION} → {@code blaendet}. */
    static String firstWord(String marking) {
        return fold(firstRawWord(marking));
    }

    /** The marking's first word as written (one that folds to at least one ASCII letter or digit). */
    private static String firstRawWord(String marking) {
        if (marking == null) return "";
        for (String w : marking.strip().split("[^\\p{L}\\p{N}]+")) {
            if (!fold(w).isEmpty()) return w;
        }
        return "";
    }

    /**
     * Whether the name already says which version it is: one of its words and the marking's first word are the
     * same word or forms of one (a shared start of six letters or more, most of the shorter word; {@code
     * oeffentlich} for {@code ÖFFENTLICHE}). Only the first word: a later one may be in both versions' markings
     * ("PUBLIC VERSION – CONFIDENTIAL INFORMATION REMOVED"), and the two names must differ.
     */
    private static boolean says(String name, String firstWord) {
        for (String word : new String[] {fold(firstWord), foldGerman(firstWord)}) {
            if (word.isEmpty()) continue;
            for (String part : name.substring(0, name.length() - 4).split("[^\\p{L}\\p{N}]+")) {
                String token = fold(part);
                if (token.equals(word) || token.length() >= 4 && (word.startsWith(token) || token.startsWith(word))
                        || sameStem(token, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameStem(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return n >= 6 && n * 4 >= Math.min(a.length(), b.length()) * 3;
    }

    /** Lower case, Nordic letters spelt out as in their ASCII transcriptions, other accents dropped. */
    private static String fold(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ß", "ss");
        return Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("[^a-z0-9]", "");
    }

    /** As {@link #fold}, with the umlauts spelt out as German writes them without (ö → oe, ä → ae, ü → ue). */
    private static String foldGerman(String s) {
        return fold(s.toLowerCase(Locale.ROOT).replace("ö", "oe").replace("ä", "ae").replace("ü", "ue"));
    }

    /** No folder separators, control characters or characters that some file systems refuse. */
    private static String safe(String s) {
        String t = s.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceFirst("^\\.+", "");
        return t.isEmpty() ? "memo" : t;
    }
}
