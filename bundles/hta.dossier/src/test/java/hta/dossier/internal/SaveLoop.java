package hta.dossier.internal;

import hta.dossier.Dossier;
import hta.dossier.Narrative;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The writing process of {@link CrashSafetyTest}: saves one dossier again and again, saying on stdout which
 * revision it is about to save and which it has saved, until it is killed (or, with a count, until done).
 * Each revision has a different length, so a torn write could not pass for a whole one.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        JsonFolderRepository repo = new JsonFolderRepository(Path.of(args[0]));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        PrintStream out = System.out;
        for (int i = 0; i < count; i++) {
            Dossier d = repo.load("crash");
            long next = d.revision + 1;
            d.product.brandName = "Revision " + next;
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 50 + (int) (next % 97) * 40; k++) text.append("Avsnitt ").append(next).append(". ");
            d.submissions.get(0).sections.put("crash-test", Narrative.of(text.toString()));
            out.println("saving " + next);
            out.flush();
            repo.save(d, "crash-test", "revision " + next);
            out.println("saved " + next);
            out.flush();
        }
    }
}
