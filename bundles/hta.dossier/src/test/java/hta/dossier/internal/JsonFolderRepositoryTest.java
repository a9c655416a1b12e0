package hta.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Classification;
import hta.dossier.Dossier;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.SaveConflictException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFolderRepositoryTest {
    @TempDir
    Path folder;

    static Dossier sample() {
        Dossier d = new Dossier();
        d.id = "hemgenix";
        d.product.brandName = "Hemgenix";
        d.product.inn = "etranacogene dezaparvovec";
        d.product.localNames.put("nb", "etranakogendezaparvovek");
        PricePoint p = new PricePoint();
        p.id = "no-maks-aup";
        p.jurisdiction = "no";
        p.kind = PriceKind.MAXIMUM_PHARMACY_PRICE;
        p.amount = new BigDecimal("43028738");
        p.currency = "NOK";
        p.vatIncluded = true;
        p.validFrom = LocalDate.of(2025, 7, 2);
        p.classification = Classification.PUBLIC;
        d.prices.add(p);
        Submission s = new Submission();
        s.jurisdiction = "no";
        s.caseReference = "ID2022_075";
        d.submissions.add(s);
        return d;
    }

    @Test
    void savedFileReloadsAndSavesByteIdentical() throws Exception {
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        repo.save(sample(), "test", "first");
        Path file = folder.resolve("hemgenix.json");
        byte[] first = Files.readAllBytes(file);
        Dossier loaded = repo.load("hemgenix");
        assertEquals(1, loaded.revision);
        assertEquals(new BigDecimal("43028738"), loaded.prices.get(0).amount);
        // a save without changes only moves the revision; the rest of the file is the same text
        byte[] again = DossierJson.write(loaded);
        assertArrayEquals(first, again);
    }

    @Test
    void unknownFieldsSurviveAndStayInPlace() throws Exception {
        String json = new String(DossierJson.write(sample()), StandardCharsets.UTF_8)
                .replace("\"id\" : \"hemgenix\",", "\"id\" : \"hemgenix\",\n  \"futureField\" : {\"a\" : [1, 2]},");
        Files.writeString(folder.resolve("hemgenix.json"), json);
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        Dossier d = repo.load("hemgenix");
        assertTrue(d.unknownFields().containsKey("futureField"));
        assertTrue(new String(DossierJson.write(d), StandardCharsets.UTF_8).contains("\"futureField\""));
    }

    @Test
    void staleSaveIsRefusedAndNothingIsLost() throws Exception {
        JsonFolderRepository a = new JsonFolderRepository(folder);
        JsonFolderRepository b = new JsonFolderRepository(folder);
        a.save(sample(), "a", "created");
        Dossier mine = a.load("hemgenix");
        Dossier theirs = b.load("hemgenix");
        theirs.product.brandName = "Theirs";
        b.save(theirs, "b", "renamed");
        mine.product.brandName = "Mine";
        SaveConflictException e = assertThrows(SaveConflictException.class, () -> a.save(mine, "a", "stale"));
        assertTrue(e.getMessage().contains("revision 2"), e.getMessage());
        assertEquals("Theirs", a.load("hemgenix").product.brandName);
    }

    @Test
    void brokenFileIsReportedWithPathAndLeftUntouched() throws Exception {
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        repo.save(sample(), "t", "ok");
        String bad = "{\"schemaVersion\":1,\"id\":\"bad\",\"prices\":[{\"amount\":\"lots\"}]}";
        Path badFile = folder.resolve("bad.json");
        Files.writeString(badFile, bad);
        assertEquals(1, repo.list().size());
        assertEquals(1, repo.problems().size());
        assertEquals("$.prices[0].amount", repo.problems().get(0).jsonPath());
        assertThrows(DossierFormatException.class, () -> repo.load("bad"));
        assertEquals(bad, Files.readString(badFile));
    }

    @Test
    void notJsonIsReportedWithLine() throws Exception {
        Files.writeString(folder.resolve("x.json"), "{\n  \"id\": \n");
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        repo.list();
        assertTrue(repo.problems().get(0).message().contains("line"), repo.problems().toString());
    }
}
