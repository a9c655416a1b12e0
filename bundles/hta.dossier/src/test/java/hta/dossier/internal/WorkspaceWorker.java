package hta.dossier.internal;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.SaveConflictException;
import java.nio.file.Path;

/**
 * The second process of {@link ListingIndexTest}: on the same workspace folder as the test's own JVM, either lists
 * it once ({@code list}: prints {@code scanned=N}, then {@code id revision} per dossier and {@code problem ...} per
 * unreadable file) or saves one dossier again and again, retrying on conflicts and listing after each save
 * ({@code save N}: prints {@code saved=N conflicts=M}, and {@code problem ...} if a listing ever found a file it
 * could not read).
 */
public final class WorkspaceWorker {
    private WorkspaceWorker() {
    }

    public static void main(String[] args) throws Exception {
        ListingIndex.racyNanos = 0;
        JsonFolderRepository repo = new JsonFolderRepository(Path.of(args[0]));
        if ("list".equals(args[1])) {
            var list = repo.list();
            System.out.println("scanned=" + repo.scannedAtLastListing());
            for (DossierSummary s : list) System.out.println(s.id() + " " + s.revision());
            repo.problems().forEach(p -> System.out.println("problem " + p));
            return;
        }
        int count = Integer.parseInt(args[2]);
        int conflicts = 0;
        for (int i = 0; i < count; i++) {
            while (true) {
                Dossier d = repo.load(args[3]);
                d.evidence.keyOutcomes.add("process 2 save " + i);
                try {
                    repo.save(d, "process 2", "save " + i);
                    break;
                } catch (SaveConflictException e) {
                    conflicts++;
                }
            }
            repo.list();
            repo.problems().forEach(p -> System.out.println("problem " + p));
        }
        System.out.println("saved=" + count + " conflicts=" + conflicts);
    }
}
