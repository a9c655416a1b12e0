package hta.dossier.view;

import hta.dossier.Acknowledgement;
import java.time.Instant;

/** Read-only {@link Acknowledgement}: a recorded coincidence; holds no value. Immutable. @since 1.1 */
public record AcknowledgementView(String publicItem, String confidentialItem, String fingerprint, String reason,
                                  String author, Instant time) {
    public static AcknowledgementView of(Acknowledgement a) {
        return a == null ? null : new AcknowledgementView(a.publicItem, a.confidentialItem, a.fingerprint, a.reason,
                a.author, a.time);
    }

    Acknowledgement toModel() {
        Acknowledgement a = new Acknowledgement();
        a.publicItem = publicItem;
        a.confidentialItem = confidentialItem;
        a.fingerprint = fingerprint;
        a.reason = reason;
        a.author = author;
        a.time = time;
        return a;
    }
}
