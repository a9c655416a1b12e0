package hta.workbench.shell.internal.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import hta.workbench.shell.internal.jobs.ErrorLog;
import hta.workbench.shell.internal.jobs.Jobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (outsider's walk): drafts put off with Later were offered at the next start after a clean exit as
 * "The workbench did not close normally last time". A draft kept for later says so, until it is written again.
 */
class DraftsTest {
    @TempDir
    Path dir;

    private static Dossier dossier(String id, String brand) {
        Dossier d = new Dossier();
        d.id = id;
        d.product.brandName = brand;
        d.product.inn = "inn";
        return d;
    }

    private List<Drafts.Draft> find(Drafts drafts) throws Exception {
        CompletableFuture<List<Drafts.Draft>> found = new CompletableFuture<>();
        drafts.find(found::complete);
        // find hands nothing over when there is nothing; a job after it says it has run
        return found.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aDraftPutOffWithLaterIsOfferedAsKeptForLaterUntilItIsWrittenAgain() throws Exception {
        Jobs jobs = new Jobs(new ErrorLog());
        Drafts drafts = new Drafts(dir, jobs, new ErrorLog());
        Path draft = dir.resolve("hemgenix.json");
        Files.write(draft, DossierJson.write(dossier("hemgenix", "Hemgenix")));
        List<Drafts.Draft> first = find(drafts);
        assertEquals(1, first.size());
        assertFalse(first.get(0).keptForLater(), "a draft without a mark is a crash's");
        assertTrue(Drafts.offerText(first).startsWith("The workbench did not close normally last time."));

        drafts.keepForLater(first);
        Path mark = dir.resolve("hemgenix.later");
        long deadline = System.currentTimeMillis() + 10_000;
        while (!Files.exists(mark) && System.currentTimeMillis() < deadline) Thread.sleep(10);
        List<Drafts.Draft> next = find(drafts);
        assertTrue(next.get(0).keptForLater(), "marked as kept for later");
        String text = Drafts.offerText(next);
        assertFalse(text.contains("did not close normally"), text);
        assertTrue(text.startsWith("Unsaved work you chose to recover later is still kept for:\n  • Hemgenix (draft of "), text);

        // written again (a later crash): the mark no longer holds
        Files.setLastModifiedTime(draft, FileTime.fromMillis(Files.getLastModifiedTime(draft).toMillis() + 60_000));
        assertFalse(find(drafts).get(0).keptForLater(), "a draft written since Later is a crash's again");
    }
}
