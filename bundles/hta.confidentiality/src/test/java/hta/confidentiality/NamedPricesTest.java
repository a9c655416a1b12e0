package hta.confidentiality;

import static hta.confidentiality.ScanAssertions.amount;
import static hta.confidentiality.ScanAssertions.listPrice;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure in a sentence that names a confidential price (issue 14, fifth probe): the writer's arithmetic on the
 * price with other numbers — a cost per QALY, a saving against a comparator, a share of another product's price,
 * years of another treatment, an instalment, a change from an earlier agreement — in forms the derivation model does
 * not enumerate. Such a figure is refused unless the dossier shows it is public. Harmless twins: the same sentences
 * at the public list price, figures the dossier records as public, rounded or hedged figures, whole numbers, shares
 * of patients and the VAT rate.
 */
class NamedPricesTest {
    private static final ScanAssertions SCAN = ScanAssertions.of(
            List.of(amount("no-agreed", "1182400", "NOK"), amount("se-net", "18150000", "SEK"),
                    amount("dk-saip", "2385000", "DKK"), amount("smc-pas", "2090000", "GBP")),
            List.of(listPrice("no-list", "1550000"), listPrice("no-comparator", "287000"),
                    listPrice("no-earlier", "1300000"), listPrice("smc-list", "2900000")),
            List.of(), List.of(), "0.25");
    /** A confidential discount: a percentage names it. */
    private static final ScanAssertions DISCOUNT = ScanAssertions.of(
            List.of(new SecretValue("nice-pas", new BigDecimal("26.6"), SecretValue.Kind.PERCENTAGE, "percent")),
            List.of(listPrice("nice-list", "12800")), List.of(), List.of(), "0.2");

    @Test
    void aPreciseFigureAtTheConfidentialPriceIsRefusedWhateverTheArithmetic() {
        // a cost per QALY gained (price / QALYs), a share of a comparator's price, a multiple of a year's treatment
        SCAN.caught("no-agreed", "Med avtalt pris blir kostnaden per vunne kvalitetsjusterte leveår 394 100 kroner ved 3 QALY.",
                "Avtaleprisen tilsvarer 83,27 prosent av prisen for et annet legemiddel.",
                "Avtaleprisen svarer til 4,119 års behandling med komparator.",
                "Med avtalt pris koster hver fjerde behandling 295 600 kroner i året.");
        // which value a finding names is the nearest amount (a memo's own money has no currency code)
        SCAN.refused("Med det avtalade priset blir kostnaden per vunnet QALY 2 268 750 kronor.",
                "Nettopriset motsvarar 3,30 års behandling med ett annat läkemedel.");
        SCAN.refused("Ved SAIP er meromkostningen 612.300 kr. pr. patient sammenlignet med et andet lægemiddel.",
                "SAIP er 1,255 gange prisen for et andet lægemiddel.");
        SCAN.refused("At the PAS price the cost per QALY gained is £261,250 with 8 QALYs.",
                "The one-off PAS price equals 6.35 years of another treatment.");
        // a change from an earlier public discount (20 % + 6.6 points), a share of another product's price
        DISCOUNT.caught("nice-pas", "The revised PAS increases the simple discount by 6.6 percentage points.",
                "At the PAS price the drug costs 89.5% of the list price of another product.",
                "Ny avtalepris er 9,046 prosent lavere enn tidligere.");
        DISCOUNT.passed("The previously published simple discount was 20%.", "About 26.6% of patients stopped treatment.",
                "The PAS applies to every pack; VAT of 20% is added.");
    }

    @Test
    void theSameSentencesAtThePublicPriceOrWithPublicFiguresPass() {
        SCAN.passed("Med maks-AUP blir kostnaden per vunne kvalitetsjusterte leveår 516 700 kroner ved 3 QALY.",
                "Maks-AUP tilsvarer 5,401 års behandling med komparator.",
                "Listpriset motsvarar 4,53 års behandling med ett annat läkemedel.",
                "At the list price the cost per QALY gained is £362,500 with 8 QALYs.");
        // the dossier's public values, as they are and through the usual arithmetic (10 × 287 000, list per year)
        SCAN.passed("Avtaleprisen er lavere enn maks-AUP på 1 550 000 kroner.",
                "Avtaleprisen er konfidensiell; ti års behandling med komparator koster 2 870 000 kroner.",
                "Avtaleprisen erstatter prisen fra 2022 på 1 300 000 kroner.");
        // rounded or hedged figures, whole numbers, dates, shares of patients, the VAT rate
        SCAN.passed("Avtaleprisen gir en ICER under 500 000 kroner per QALY.",
                "Med avtalt pris er kostnaden per QALY om lag 412 300 kroner.",
                "Avtaleprisen gjelder fra 1. mars 2025 i 3 år for 7 pasienter per år.",
                "Avtaleprisen gjelder fra 01.03.2025 og er oppgitt eksklusive 25 prosent mva.",
                "Med avtalt pris fikk 36,9 % av pasientene behandling innen 14 dager.",
                "Avtaleprisen er konfidensiell.", "The PAS price applies from 1 March 2026 for 3 years.");
    }

    @Test
    void aFigureInAnotherSentenceIsNotStatedAtThePrice() {
        SCAN.passed("Avtaleprisen er konfidensiell. Et annet legemiddel koster 412 300 kroner per pakning.");
        SCAN.caught("no-agreed", "Prisen er konfidensiell. Med avtalt pris blir kostnaden per QALY 394 100 kroner.");
    }
}
