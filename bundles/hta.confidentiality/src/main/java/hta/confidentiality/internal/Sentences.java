package hta.confidentiality.internal;

/**
 * The sentences of one scanned text, each read once however many of its numbers ask about it (the last one read is
 * kept: numbers are asked about in text order). Not thread-safe: one per scan.
 */
public final class Sentences {
    private final PerceivedText text;
    private final Lexicon lex;
    private Sentence last;
    private MemoFactors factors;

    private final java.util.List<Quantity> quantities;

    /** @param quantities the quantities read from the text */
    public Sentences(PerceivedText text, Lexicon lex, java.util.List<Quantity> quantities) {
        this.text = text;
        this.lex = lex;
        this.quantities = quantities;
    }

    PerceivedText text() {
        return text;
    }

    java.util.List<Quantity> quantities() {
        return quantities;
    }

    private ExchangeRates rates;

    /** The exchange rates the text prints or the reference rates, read once per scan. */
    ExchangeRates rates() {
        if (rates == null) rates = ExchangeRates.in(text, lex, quantities);
        return rates;
    }

    /** The memo's own factors of the text's sentences, read once per scan. */
    MemoFactors factors(double[] units, double[] vat) {
        if (factors == null) factors = MemoFactors.of(text, lex, units, vat);
        return factors;
    }

    /** Whether the sentence at {@code at} has one of the language's VAT words ("inklusive moms", "incl. VAT"). */
    boolean statesVat(int at) {
        return around(at).has(lex.words().prose().vat());
    }

    private Quantity ownFactorOf;
    private boolean ownFactor;

    /**
     * Whether the memo's own factor takes {@code q} to a public amount ({@link MemoContext#publicByOwnFactor}),
     * worked out once per quantity: the scan asks it for every target a quantity meets, one after another.
     */
    boolean ownFactor(Quantity q, java.util.function.Predicate<Quantity> work) {
        if (q != ownFactorOf) {
            ownFactor = work.test(q);
            ownFactorOf = q;
        }
        return ownFactor;
    }

    Sentence around(int at) {
        if (last != null && at >= last.start && at < last.end) return last;
        last = Sentence.around(text, lex, at);
        return last;
    }
}
