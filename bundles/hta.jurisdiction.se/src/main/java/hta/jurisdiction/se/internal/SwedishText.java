package hta.jurisdiction.se.internal;

import hta.dossier.view.DossierView;
import hta.dossier.view.IndicationView;
import hta.dossier.view.SubmissionView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Names and dates as the Swedish documents write them. Stateless. */
final class SwedishText {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Sweden.LOCALE);

    private SwedishText() {
    }

    /** "Zolgensma (onasemnogen-abeparvovek)". */
    static String productName(DossierView d) {
        String inn = d.product().innIn(Sweden.LANGUAGE);
        return d.product().brandName() + (inn == null ? "" : " (" + inn + ")");
    }

    /** The indication in Swedish, else in English. */
    static Optional<String> indication(DossierView d) {
        for (String lang : new String[] {Sweden.LANGUAGE, "en"}) {
            Optional<String> w = d.indications().stream().map((IndicationView i) -> i.wording().get(lang))
                    .filter(x -> x != null).findFirst();
            if (w.isPresent()) return w;
        }
        return Optional.empty();
    }

    static String month(LocalDate date) {
        return MONTH.format(date);
    }

    static Optional<LocalDate> date(SubmissionView s, String kind) {
        return s.milestone(kind).map(m -> m.date());
    }
}
