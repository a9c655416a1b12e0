package hta.jurisdiction.dk.internal;

import hta.dossier.view.DossierView;
import hta.dossier.view.IndicationView;
import hta.timeline.WeeksAndDays;
import java.util.Optional;

/** Names and durations as Medicinrådet writes them. Stateless. */
final class DanishText {
    private DanishText() {
    }

    /** Danish reports give durations as weeks and days: {@code 20 uger og 2 dage} (JURISDICTIONS.md §3). */
    static String weeksAndDays(long days) {
        WeeksAndDays wd = WeeksAndDays.of(days);
        long weeks = wd.weeks();
        long rest = wd.days();
        String w = weeks + (weeks == 1 ? " uge" : " uger");
        String d = rest + (rest == 1 ? " dag" : " dage");
        if (weeks == 0) return d;
        return rest == 0 ? w : w + " og " + d;
    }

    static String productName(DossierView d) {
        String inn = d.product().innIn(Denmark.LANGUAGE);
        return d.product().brandName() + (inn == null ? "" : " (" + inn + ")");
    }

    /** The indication in Danish, else in English. */
    static Optional<String> indication(DossierView d) {
        for (String lang : new String[] {Denmark.LANGUAGE, "en"}) {
            Optional<String> w = d.indications().stream().map((IndicationView i) -> i.wording().get(lang))
                    .filter(x -> x != null).findFirst();
            if (w.isPresent()) return w;
        }
        return Optional.empty();
    }
}
