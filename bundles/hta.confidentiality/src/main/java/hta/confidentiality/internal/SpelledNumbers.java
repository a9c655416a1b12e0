package hta.confidentiality.internal;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads numbers spelled out in one language ("elleve millioner åtte hundre og trettisju tusen",
 * "achthundertsiebenunddreißigtausend"). The words come from ICU's rule-based number format (SPELLOUT) data for
 * the language: every cardinal and numbering rule set is asked to write 0–100, the hundreds, the scales up to
 * 10^12, a decimal and a negative number, and the pieces (split at spaces, hyphens and the soft hyphens ICU puts
 * between the parts of a compound) are given their role: a number, the hundred, a scale, a connector ("og",
 * "und"), the decimal word, the minus word. ICU's own parser is not used on memo text: it needs the soft
 * hyphens a reader never sees, reads "thirty seven" as 3007 and takes milliseconds per call. Words glued into
 * compounds are split by the known pieces. Immutable and thread-safe; one per language, built once.
 */
public final class SpelledNumbers {
    /** Built once per language: a pure function of ICU's data. */
    private static final ConcurrentHashMap<Locale, SpelledNumbers> BUILT = new ConcurrentHashMap<>();

    /** What a piece does; ZERO is a zero digit said as a letter (English "oh"), read among decimals only. */
    enum Role { NUMBER, HUNDRED, SCALE, CONNECTOR, DECIMAL, MINUS, ZERO }

    /** One piece of a spelled number: its role and value (the number, or the power of ten of a scale). */
    record Piece(Role role, int value) {
    }

    private final Map<String, Piece> pieces;
    /** Ordinal words to their number, 2–100 ("fjortende", "fourteenth", "fjortonde"), from ICU's ordinal rule sets. */
    private final Map<String, Integer> ordinals;
    /** The pieces as a trie over lower-case characters, so a word is split without cutting substrings. */
    private final Node root = new Node();

    /** One trie node: the piece ending here (if any) and the next characters. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        Piece piece;
    }

    /** The first two lower-case letters of every piece, hashed: most words of a text are turned away here. */
    private final java.util.BitSet starts = new java.util.BitSet(1 << 16);

    private static int pair(char a, char b) {
        return (a * 31 + b) & 0xFFFF;
    }

    private SpelledNumbers(Map<String, Piece> pieces, Map<String, Integer> ordinals) {
        this.pieces = Map.copyOf(pieces);
        this.ordinals = Map.copyOf(ordinals);
        pieces.forEach((w, p) -> {
            starts.set(pair(w.charAt(0), w.length() > 1 ? w.charAt(1) : ' '));
            if (w.length() == 1) {
                for (char c = 'a'; c <= '\u024F'; c++) starts.set(pair(w.charAt(0), c));
            }
            Node n = root;
            for (int i = 0; i < w.length(); i++) n = n.next.computeIfAbsent(w.charAt(i), c -> new Node());
            n.piece = p;
        });
    }

    public static SpelledNumbers of(Locale locale) {
        return BUILT.computeIfAbsent(locale, SpelledNumbers::build);
    }

    /** Built once per language and set of added tens words. */
    private static final ConcurrentHashMap<List<Object>, SpelledNumbers> WITH_TENS = new ConcurrentHashMap<>();

    /**
     * These numbers with the tens (20–90) among {@code numberWords} that ICU's data lacks as pieces of compounds: the
     * words a plugin declares for a whole number ({@code NumberWords.withNumber}) are read before a counted noun
     * anyway, and a tens word among them is also a part of the language's spelled-out compounds, as Danish writes
     * 78 the long way: "otteoghalvfjerdsindstyve" is otte, og and halvfjerdsindstyve (70).
     */
    public SpelledNumbers withTens(Map<String, Integer> numberWords) {
        Map<String, Piece> more = new HashMap<>();
        numberWords.forEach((w, n) -> {
            // the long tens only ("halvfjerdsindstyve"): a short counting word ("snes", a score) stays a word of its
            // own, not a piece that compounds ("en halv snes", never "tresnes")
            if (n >= 20 && n <= 90 && n % 10 == 0 && w.length() >= 8 && !pieces.containsKey(w)
                    && w.chars().allMatch(Character::isLetter)) {
                more.put(w, new Piece(Role.NUMBER, n));
            }
        });
        if (more.isEmpty()) return this;
        return WITH_TENS.computeIfAbsent(List.of(this, Map.copyOf(more)), k -> {
            Map<String, Piece> all = new HashMap<>(pieces);
            all.putAll(more);
            return new SpelledNumbers(all, ordinals);
        });
    }

    private static SpelledNumbers build(Locale locale) {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(ULocale.forLocale(locale), RuleBasedNumberFormat.SPELLOUT);
        List<String> sets = new ArrayList<>();
        List<String> years = new ArrayList<>();
        for (String s : f.getRuleSetNames()) {
            if ((s.startsWith("%spellout-cardinal") || s.startsWith("%spellout-numbering")) && !s.contains("year")) sets.add(s);
            if (s.startsWith("%spellout-numbering-year")) years.add(s);
        }
        Map<String, Piece> p = new HashMap<>();
        for (String set : sets) {
            for (int n = 0; n < 100; n++) {
                List<String> t = pieces(f.format(n, set));
                if (t.size() == 1) p.putIfAbsent(t.get(0), new Piece(Role.NUMBER, n));
            }
        }
        for (String set : sets) {
            for (int n = 0; n < 100; n++) unknownAs(p, f.format(n, set), new Piece(Role.CONNECTOR, 0));
            for (int n : new int[] {200, 100}) unknownAs(p, f.format(n, set), new Piece(Role.HUNDRED, 2));
            for (int e : new int[] {3, 6, 9, 12}) {
                unknownAs(p, f.format(2 * Math.pow(10, e), set), new Piece(Role.SCALE, e));
                unknownAs(p, f.format(Math.pow(10, e), set), new Piece(Role.SCALE, e));
            }
            for (int n : new int[] {101, 121, 1001, 1100, 2021}) unknownAs(p, f.format(n, set), new Piece(Role.CONNECTOR, 0));
            unknownAs(p, f.format(1.5, set), new Piece(Role.DECIMAL, 0));
            unknownAs(p, f.format(-1, set), new Piece(Role.MINUS, 0));
        }
        for (String set : years) zeroDigit(p, f.format(1905, set));
        dropWholeCompounds(p);
        Map<String, Integer> ordinals = new HashMap<>();
        for (String s : f.getRuleSetNames()) {
            if (!s.startsWith("%spellout-ordinal")) continue;
            for (int n = 2; n <= 100; n++) {
                // one word, its compound's soft hyphens removed ("tjue\u00ADførste" is "tjueførste")
                String w = f.format(n, s).replace("\u00AD", "").toLowerCase(Locale.ROOT);
                if (w.indexOf(' ') < 0 && w.indexOf('-') < 0) ordinals.putIfAbsent(w, n);
            }
        }
        return new SpelledNumbers(p, ordinals);
    }

    /**
     * Removes a scale or hundred that one rule set writes as one word and another in parts: Swedish writes 1000
     * "ettusen" in one set and "et|tusen" in another. Kept whole, "ettusen" would mean "thousand", and
     * "sextioettusen" (61,000) would be read as sixty thousand; read from its parts it is 60 + 1, thousands.
     */
    private static void dropWholeCompounds(Map<String, Piece> p) {
        List<String> compounds = new ArrayList<>();
        p.forEach((w, piece) -> {
            if ((piece.role() == Role.SCALE || piece.role() == Role.HUNDRED) && madeOfPieces(p, w, 0)) compounds.add(w);
        });
        compounds.forEach(p::remove);
    }

    /** Whether {@code w} from {@code from} on is two or more known pieces (never {@code w} itself). */
    private static boolean madeOfPieces(Map<String, Piece> p, String w, int from) {
        for (int end = from + 1; end <= w.length(); end++) {
            if (from == 0 && end == w.length()) break;
            if (p.containsKey(w.substring(from, end)) && (end == w.length() || madeOfPieces(p, w, end))) return true;
        }
        return false;
    }

    /**
     * The word a language says for a zero digit, where its years say one: English writes 1905 "nineteen oh-five", and
     * writers say decimals the same way ("two point oh nine million"). Taken from the year as three pieces, a known
     * 19, an unknown word and a known 5; a language that writes its years otherwise adds nothing.
     */
    private static void zeroDigit(Map<String, Piece> p, String year) {
        List<String> all = pieces(year);
        if (all.size() != 3 || p.containsKey(all.get(1))) return;
        Piece first = p.get(all.get(0));
        Piece last = p.get(all.get(2));
        if (first != null && first.role() == Role.NUMBER && first.value() == 19 && last != null
                && last.role() == Role.NUMBER && last.value() == 5) {
            p.put(all.get(1), new Piece(Role.ZERO, 0));
        }
    }

    /**
     * Gives the pieces of {@code written} that have no role yet the role {@code role}; for a scale, an unknown
     * piece before the last one is the elided "one" (Swedish "et" of "ettusen").
     */
    private static void unknownAs(Map<String, Piece> p, String written, Piece role) {
        List<String> all = pieces(written);
        for (int i = 0; i < all.size(); i++) {
            String t = all.get(i);
            if (p.containsKey(t)) continue;
            p.put(t, role.role() == Role.SCALE && i < all.size() - 1 ? new Piece(Role.NUMBER, 1) : role);
        }
    }

    /** A written number as a reader sees its pieces: lower case, split at spaces, hyphens and soft hyphens. */
    private static List<String> pieces(String written) {
        List<String> out = new ArrayList<>();
        String n = Normalizer.normalize(written, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= n.length(); i++) {
            char c = i < n.length() ? n.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                sb.append(c);
            } else if (sb.length() > 0) {
                out.add(sb.toString());
                sb.setLength(0);
            }
        }
        return out;
    }

    /**
     * The pieces of the word {@code text[from, to)} (compared in lower case), when the whole word is made of them
     * ("trettisju" → tretti, sju); null otherwise.
     */
    public List<Piece> split(PerceivedText text, int from, int to) {
        int n = to - from;
        if (n <= 0 || !startsWithPiece(text, from, to)) return null;
        // reach[i]: the length of the last piece of a split of the word's first i characters, 0 when none
        int[] reach = new int[n + 1];
        Piece[] last = new Piece[n + 1];
        reach[0] = -1;
        for (int i = 0; i < n; i++) {
            if (reach[i] == 0) continue;
            Node node = root;
            for (int j = i; j < n; j++) {
                node = node.next.get(Character.toLowerCase(text.charAt(from + j)));
                if (node == null) break;
                if (node.piece != null && reach[j + 1] == 0) {
                    reach[j + 1] = j + 1 - i;
                    last[j + 1] = node.piece;
                }
            }
        }
        if (reach[n] == 0) return null;
        List<Piece> out = new ArrayList<>();
        for (int i = n; i > 0; i -= reach[i]) out.add(0, last[i]);
        return out;
    }

    /**
     * The length of the longest start of the word {@code text[from, to)} made of pieces ("fem" of "femårsperioden"),
     * 0 when none: a compound that begins with a spelled number.
     */
    public int numberPrefix(PerceivedText text, int from, int to) {
        int n = to - from;
        if (n <= 0 || !startsWithPiece(text, from, to)) return 0;
        boolean[] reach = new boolean[n + 1];
        reach[0] = true;
        int longest = 0;
        for (int i = 0; i < n; i++) {
            if (!reach[i]) continue;
            Node node = root;
            for (int j = i; j < n; j++) {
                node = node.next.get(Character.toLowerCase(text.charAt(from + j)));
                if (node == null) break;
                if (node.piece != null) {
                    reach[j + 1] = true;
                    longest = Math.max(longest, j + 1);
                }
            }
        }
        return longest;
    }

    /** Whether some piece is a prefix of the word: most words fail here, at their first letters. */
    private boolean startsWithPiece(PerceivedText text, int from, int to) {
        char a = Character.toLowerCase(text.charAt(from));
        char b = to - from > 1 ? Character.toLowerCase(text.charAt(from + 1)) : ' ';
        if (!starts.get(pair(a, b))) return false;
        Node node = root;
        for (int j = from; j < to; j++) {
            node = node.next.get(Character.toLowerCase(text.charAt(j)));
            if (node == null) return false;
            if (node.piece != null) return true;
        }
        return false;
    }

    /** The number of an ordinal word in lower case ("fjortende" → 14), or 0. */
    public int ordinalOf(String word) {
        return ordinals.getOrDefault(word, 0);
    }

    /**
     * Whether the lower-case word is a scale word of this language ("millioner", and "hundre": "24 hundred thousand
     * pounds" is 2.4 million, fifteenth probe) and which power of ten; else 0.
     */
    public int scaleOf(String word) {
        Piece p = pieces.get(word);
        return p != null && (p.role() == Role.SCALE || p.role() == Role.HUNDRED) ? p.value() : 0;
    }

    /**
     * The number the pieces of consecutive words spell, read from the first word as far as they make one number.
     * Null when not even the first word can start a number.
     */
    public Reading read(List<List<Piece>> words) {
        Reader r = new Reader();
        int used = 0;
        for (List<Piece> w : words) {
            Reader before = r.copy();
            boolean ok = true;
            for (Piece p : w) {
                if (!r.accept(p)) {
                    ok = false;
                    break;
                }
            }
            if (!ok || !r.started) {
                r = before;
                break;
            }
            used++;
        }
        if (used == 0 || !r.started) return null;
        // a trailing connector ("og") belongs to the text, not the number: the value is unaffected either way
        return new Reading(r.value(), r.precision(), used, r.pieces);
    }

    /**
     * A spelled number read: its value, the place of its last written digit (precision), how many words it took,
     * and how many pieces (a single small word such as "en" is an article as often as a number).
     */
    public record Reading(double value, double precision, int words, int pieces) {
    }

    /** The scale the last number piece of a reading's {@code words} words is (10⁶ for "nitten millioner"), else 1. */
    static double lastScale(List<List<Piece>> run, int words) {
        for (int w = words - 1; w >= 0; w--) {
            List<Piece> pieces = run.get(w);
            for (int i = pieces.size() - 1; i >= 0; i--) {
                Piece piece = pieces.get(i);
                if (piece.role() == Role.CONNECTOR) continue;
                return piece.role() == Role.SCALE ? Math.pow(10, piece.value()) : 1;
            }
        }
        return 1;
    }

    /** The usual reading of spelled numbers: units add, a hundred and scales multiply what came before. */
    private static final class Reader {
        double total;
        int group;
        int lastScale = Integer.MAX_VALUE;
        double precision = 1;
        boolean started;
        boolean connector;
        int decimals = -1;
        double fraction;
        int pieces;
        /** Decimals read as one two-digit number ("komma atten" is ,18): no further decimal digit follows. */
        boolean pairDecimals;
        /** The unit of pair decimals said after their tens ("komma nitti fem", "point ninety-five"). */
        boolean pairUnit;

        Reader copy() {
            Reader c = new Reader();
            c.total = total;
            c.group = group;
            c.lastScale = lastScale;
            c.precision = precision;
            c.started = started;
            c.connector = connector;
            c.decimals = decimals;
            c.fraction = fraction;
            c.pieces = pieces;
            c.pairDecimals = pairDecimals;
            c.pairUnit = pairUnit;
            return c;
        }

        boolean accept(Piece p) {
            if (p.role() != Role.CONNECTOR && p.role() != Role.MINUS) pieces++;
            switch (p.role()) {
                case CONNECTOR:
                    if (!started || connector) return false;
                    connector = true;
                    return true;
                case MINUS:
                    return !started;
                case DECIMAL:
                    if (!started || decimals >= 0) return false;
                    decimals = 0;
                    connector = false;
                    return true;
                case NUMBER:
                    return number(p.value());
                case ZERO:
                    if (decimals < 0 || pairDecimals) return false;
                    decimals++;
                    precision = Math.pow(10, -decimals);
                    connector = false;
                    return true;
                case HUNDRED:
                    if (decimals >= 0 || group >= 100) return false;
                    group = Math.max(group, 1) * 100;
                    precision = 100;
                    started = true;
                    connector = false;
                    return true;
                default:
                    return scale(p.value());
            }
        }

        private boolean number(int v) {
            if (decimals >= 0) {
                if (pairDecimals) {
                    // the unit after the tens of pair decimals: "tjueni komma nittifem" is 29,95, not 29,90 and a five
                    int tens = (int) Math.round(fraction * 100);
                    if (pairUnit || tens % 10 != 0 || tens < 20 || v < 1 || v > 9) return false;
                    fraction += v / 100.0;
                    pairUnit = true;
                    connector = false;
                    return true;
                }
                if (v > 9 && decimals == 1 && connector && v % 10 == 0 && v >= 20 && v < 100) {
                    // units before tens, joined: Danish "komma fem og halvfems" is ,95
                    fraction = (Math.round(fraction * 10) + v) / 100.0;
                    decimals = 2;
                    pairDecimals = true;
                    pairUnit = true;
                    precision = 0.01;
                    connector = false;
                    return true;
                }
                if (v > 9) {
                    // the decimals as one number, as Nordic speakers say them: "enogtyve komma atten" is 21,18
                    if (decimals != 0) return false;
                    decimals = 2;
                    pairDecimals = true;
                    fraction = v / 100.0;
                    precision = 0.01;
                    connector = false;
                    return true;
                }
                decimals++;
                fraction += v / Math.pow(10, decimals);
                precision = Math.pow(10, -decimals);
                connector = false;
                return true;
            }
            int units = group % 100;
            boolean fits = group == 0 && !started
                    || (started && units == 0 && v < 100 && (group > 0 || total > 0))
                    || (units % 10 == 0 && units > 0 && v < 10)
                    // units before tens joined by a connector: German "sieben und dreißig", Danish "syv og tredive"
                    || (connector && units > 0 && units < 10 && v % 10 == 0 && v >= 20 && v < 100);
            if (!fits) return false;
            group += v;
            precision = 1;
            started = true;
            connector = false;
            return true;
        }

        private boolean scale(int e) {
            if (decimals >= 0 && e < 3) return false;
            double mult = Math.pow(10, e);
            if (e < lastScale) {
                total += (Math.max(group, 1) + (decimals >= 0 ? fraction : 0)) * mult;
                if (decimals >= 0) {
                    precision = precision * mult;
                    decimals = -1;
                    fraction = 0;
                    pairDecimals = false;
                    pairUnit = false;
                } else {
                    precision = mult;
                }
            } else {
                total = (total + group) * mult;
                precision = mult;
            }
            group = 0;
            lastScale = e;
            started = true;
            connector = false;
            return true;
        }

        double value() {
            return total + group + (decimals >= 0 ? fraction : 0);
        }

        double precision() {
            return precision;
        }
    }

    /** Every piece with its role (for tests and diagnostics). */
    Map<String, Piece> pieces() {
        return pieces;
    }
}
