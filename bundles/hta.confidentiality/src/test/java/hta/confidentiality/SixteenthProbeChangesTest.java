package hta.confidentiality;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the sixteenth outside probe: a change told in a sentence of its own after the figure it changes, a
 * sentence without numbers between them, in four languages; with harmless twins.
 */
class SixteenthProbeChangesTest {
    private static final ScanAssertions SCAN = ScanAssertions.fiveCountries();
    /** Norway's agreed price alone: in the five countries' model "5,45 millioner kroner" is also Denmark's 5,5 million. */
    private static final ScanAssertions NORWAY = ScanAssertions.of(List.of(ScanAssertions.amount("no-agreed", "29950000", "NOK")),
            List.of(), List.of(), List.of(), "0.25");

    @Test
    void aChangeToldAfterTheFigureItChanges() {
        NORWAY.caught("no-agreed", "Leverandørens første tilbud var 35,40 millioner kroner. Sykehusinnkjøp avviste tilbudet i mai. "
                + "Det endelige tilbudet ble 5,45 millioner kroner lavere.");
        SCAN.caught("dk-saip", "Virksomhedens første bud var 23,0 mio. kr. Forhandlingerne blev genoptaget i marts. "
                + "Den endelige pris blev 3,50 mio. kr. lavere.");
        SCAN.caught("uk-discount", "The company's opening offer was a 15% discount. NHS England rejected it in March. "
                + "The final discount was 12.0 percentage points deeper.");
        SCAN.caught("smc-pas", "The company first offered £2.4m. Negotiations resumed in June. The final price was £300,000 lower.");
        NORWAY.passed("Leverandørens første tilbud var 35,40 millioner kroner. Sykehusinnkjøp avviste tilbudet i mai. "
                + "Det endelige tilbudet ble 0,83 millioner kroner lavere.");
        SCAN.passed(
                "The company's opening offer was a 15% discount. NHS England rejected it in March. "
                        + "The final discount was 4.0 percentage points deeper.",
                "The company first offered £2.4m. Negotiations resumed in June. The final price was £112,000 lower.");
        // two figures of a paragraph that each share their sentence with others are not set against each other
        NORWAY.passed("Listeprisen er 35,40 millioner kroner for 12 pasienter. Budsjettet for år 2 er 5,45 millioner kroner for 3 pasienter.");
    }
}
