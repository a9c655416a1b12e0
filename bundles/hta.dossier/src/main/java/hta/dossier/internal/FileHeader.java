package hta.dossier.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.Revision;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The few fields of a dossier file that listings, history and the revision check need, picked up while the file
 * is checked against the schema ({@link SchemaWalker.Sink}). One instance per file; not thread-safe.
 */
final class FileHeader implements SchemaWalker.Sink {
    String id;
    long revision;
    int schemaVersion = -1;
    String brandName;
    String inn;
    final List<String> jurisdictions = new ArrayList<>(5);
    String savedBy;
    String savedAt;
    String saveSummary;

    @Override
    public void scalar(SchemaWalker w, JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        boolean text = t == JsonToken.VALUE_STRING;
        int d = w.depth();
        if (d == 1) {
            String n = w.name(1);
            if ("id".equals(n) && text) id = p.getText();
            else if ("revision".equals(n) && t == JsonToken.VALUE_NUMBER_INT) revision = p.getLongValue();
            else if ("schemaVersion".equals(n) && t == JsonToken.VALUE_NUMBER_INT) {
                long v = p.getLongValue();
                schemaVersion = v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
            }
        } else if (d == 2 && text) {
            String n1 = w.name(1);
            String n2 = w.name(2);
            if ("product".equals(n1)) {
                if ("brandName".equals(n2)) brandName = p.getText();
                else if ("inn".equals(n2)) inn = p.getText();
            } else if ("saved".equals(n1)) {
                if ("author".equals(n2)) savedBy = p.getText();
                else if ("time".equals(n2)) savedAt = p.getText();
                else if ("summary".equals(n2)) saveSummary = p.getText();
            }
        } else if (d == 3 && text && "submissions".equals(w.name(1)) && "jurisdiction".equals(w.name(3))) {
            jurisdictions.add(p.getText());
        }
    }

    Instant savedTime() {
        if (savedAt == null) return null;
        try {
            return OffsetDateTime.parse(savedAt).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    DossierSummary summary() {
        return new DossierSummary(id, brandName, inn, revision, List.copyOf(jurisdictions), savedBy, savedTime());
    }

    Revision revisionInfo(long number) {
        return new Revision(number, savedTime(), savedBy, saveSummary);
    }
}
