package hta.cli.internal;

import hta.export.pdf.ExportRefusedException;
import hta.export.pdf.RefusalPlace;
import java.io.PrintWriter;

/**
 * Prints an export refusal: one line for why, then one line per place, each naming the dossier file and the field
 * (or the memo's page, for what only the read-back found).
 */
final class Refusals {
    private Refusals() {
    }

    static void print(PrintWriter err, String dossierFile, ExportRefusedException e) {
        err.println("hta: export refused: " + e.reason());
        for (RefusalPlace p : e.details()) err.println("  - " + dossierFile + ": " + p.text());
    }
}
