package hta.dossier.view;

import hta.dossier.SaveInfo;
import java.time.Instant;

/** Read-only {@link SaveInfo}: who saved a revision, when and why. Immutable. @since 1.0 */
public record SaveInfoView(Instant time, String author, String summary) {
    public static SaveInfoView of(SaveInfo s) {
        return s == null ? null : new SaveInfoView(s.time, s.author, s.summary);
    }

    SaveInfo toModel() {
        return new SaveInfo(time, author, summary);
    }
}
