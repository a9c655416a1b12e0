package hta.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The longest reading of spelled-out words at a place, in whichever of the memo's languages reads most of them
 * ("eleven million, eight hundred and thirty-seven thousand", "nitten millioner og"), and the part that may follow
 * it ("and a half"), for {@link QuantityReader}.
 *
 * @param reading  the reading
 * @param ends     where each word of the run ends
 * @param run      the pieces of each word
 * @param language the language read in
 */
record SpelledRun(SpelledNumbers.Reading reading, List<Integer> ends, List<List<SpelledNumbers.Piece>> run,
                  SpelledNumbers language) {
    /** A whole number and its part, as one value, and where the part ends. */
    record Part(double value, double precision, int end) {
    }

    /** The end of the reading's last word. */
    int end() {
        return ends.get(reading.words() - 1);
    }

    /** The longest reading of the words from {@code start} (the first ending at {@code e}), or null. */
    static SpelledRun longest(PerceivedText t, Lexicon lex, WordCursor cursor, int start, int e) {
        int n = t.length();
        SpelledRun best = null;
        for (SpelledNumbers language : lex.allSpelled()) {
            List<SpelledNumbers.Piece> firstPieces = language.split(t, start, e);
            if (firstPieces == null) continue;
            List<List<SpelledNumbers.Piece>> run = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            int p = start;
            while (p < n && Character.isLetter(t.charAt(p)) && run.size() < 24) {
                int we = cursor.wordEnd(p);
                List<SpelledNumbers.Piece> pieces = p == start ? firstPieces : language.split(t, p, we);
                if (pieces == null) break;
                run.add(pieces);
                ends.add(we);
                if (we + 1 < n && (t.charAt(we) == ' ' || t.charAt(we) == '-') && Character.isLetter(t.charAt(we + 1))) {
                    p = we + 1;
                } else if (afterScaleComma(t, pieces, we)) {
                    p = we + 2; // "eleven million, eight hundred and thirty-seven thousand, two hundred …"
                } else {
                    break;
                }
            }
            if (run.isEmpty()) continue;
            SpelledNumbers.Reading r = language.read(run);
            // a quoted language's number is one of two words or more, a long word, or one before a unit ("tre tideler"):
            // Danish "to" is a Norwegian word
            if (r == null || lex.quoted().contains(language) && r.words() < 2 && ends.get(0) - start < 5
                    && !cursor.unitAfter(ends.get(0))) continue;
            SpelledNumbers.Reading b = best == null ? null : best.reading;
            if (b == null || r.words() > b.words() || (r.words() == b.words() && r.pieces() > b.pieces())) {
                best = new SpelledRun(r, ends, run, language);
            }
        }
        return best;
    }

    /**
     * The part after the reading ("one and a half", "to og en halv"), of one, or of the scale the reading ends in when
     * the part closes the amount ("nitten millioner og en halv"); null when none follows.
     */
    Part part(NumberPhrases phrases) {
        int end = phrases.partAfterReading(reading, ends);
        if (end == 0) return null;
        int denominator = phrases.denominator;
        int words = reading.words();
        double value = reading.value();
        if (phrases.partAfter(ends.get(words - 1)) == 0
                && run.get(words - 1).stream().anyMatch(x -> x.role() != SpelledNumbers.Role.CONNECTOR)) {
            // the part began inside the reading: "nitten millioner og en halv" is no "… og en" (one) and a half
            SpelledNumbers.Reading shorter = language.read(run.subList(0, words - 1));
            if (shorter == null || shorter.value() != Math.rint(shorter.value())) return null;
            value = shorter.value();
            words--;
        }
        double unit = SpelledNumbers.lastScale(run, words);
        if (unit != 1 && !phrases.closesAmount(end)) return null;
        return new Part(value + unit / denominator, Fractions.partPrecision(denominator) * unit, end);
    }

    /** Whether a comma and a space after a scale word go on with the same number, as English writes it. */
    private static boolean afterScaleComma(PerceivedText t, List<SpelledNumbers.Piece> word, int we) {
        int n = t.length();
        return we + 2 < n && t.charAt(we) == ',' && t.charAt(we + 1) == ' ' && Character.isLetter(t.charAt(we + 2))
                && word.get(word.size() - 1).role() == SpelledNumbers.Role.SCALE;
    }
}
