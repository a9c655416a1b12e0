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

    /**
     * A jurisdiction without a plugin may keep numbers the model never would: a 20-digit identifier, a tiny
     * probability, exponent notation. The dossier still lists and loads through the store, and a save keeps every
     * value (written in plain notation, the one form of the file).
     */
    @Test
    void foreignDataWithNumbersTheModelWouldRefuseSurvivesTheStore() throws Exception {
        String json = new String(DossierJson.write(sample()), StandardCharsets.UTF_8).replace(
                "\"caseReference\" : \"ID2022_075\",", "\"caseReference\" : \"ID2022_075\",\n"
                        + "      \"jurisdictionData\" : { \"registryId\" : 12345678901234567890123,"
                        + " \"p\" : 1e-25, \"scaled\" : 2E+3, \"ratio\" : 0.123456789012345678901234 },");
        json = json.replace("\"id\" : \"hemgenix\"", "\"id\" : \"foreign\"");
        Files.writeString(folder.resolve("foreign.json"), json);
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        assertEquals(1, repo.list().size(), repo.problems().toString());
        Dossier d = repo.load("foreign");
        repo.save(d, "t", "unchanged");
        var jd = repo.load("foreign").submissions.get(0).jurisdictionData;
        assertEquals(0, new BigDecimal("12345678901234567890123").compareTo(jd.get("registryId").decimalValue()));
        assertEquals(0, new BigDecimal("1e-25").compareTo(jd.get("p").decimalValue()));
        assertEquals(0, new BigDecimal("2000").compareTo(jd.get("scaled").decimalValue()));
        assertEquals(0, new BigDecimal("0.123456789012345678901234").compareTo(jd.get("ratio").decimalValue()));
        assertEquals(1, repo.list().size(), repo.problems().toString());
        // the model's own numbers keep their limit
        Files.writeString(folder.resolve("foreign.json"), Files.readString(folder.resolve("foreign.json"))
                .replace("\"amount\" : 43028738", "\"amount\" : 12345678901234567890123"));
        repo.list();
        assertEquals("$.prices[0].amount", repo.problems().get(0).jsonPath());
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

    /**
     * An absurdly large file (a sparse 33 MB file here, so the test writes almost nothing) is refused before it is
     * read, reported with its size, listed as unreadable and never saved over; the other dossiers still list.
     */
    @Test
    void absurdlyLargeFileIsRefusedUnreadAndLeftAlone() throws Exception {
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        repo.save(sample(), "t", "ok");
        Path huge = folder.resolve("huge.json");
        try (var f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(DossierFiles.MAX_FILE_BYTES + 1024 * 1024);
        }
        java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(huge);
        assertEquals(java.util.List.of("hemgenix"), repo.list().stream().map(s -> s.id()).toList());
        assertEquals(1, repo.problems().size());
        var problem = repo.problems().get(0);
        assertEquals("$", problem.jsonPath());
        assertTrue(problem.message().contains("larger than the limit"), problem.message());
        DossierFormatException e = assertThrows(DossierFormatException.class, () -> repo.load("huge"));
        assertEquals(huge, e.problem().file());
        Dossier d = sample();
        d.id = "huge";
        SaveConflictException refused = assertThrows(SaveConflictException.class, () -> repo.save(d, "t", "over it"));
        assertTrue(refused.getMessage().contains("cannot be read"), refused.getMessage());
        assertEquals(DossierFiles.MAX_FILE_BYTES + 1024 * 1024, Files.size(huge));
        assertEquals(before, Files.getLastModifiedTime(huge));
    }

    @Test
    void notJsonIsReportedWithLine() throws Exception {
        Files.writeString(folder.resolve("x.json"), "{\n  \"id\": \n");
        JsonFolderRepository repo = new JsonFolderRepository(folder);
        repo.list();
        assertTrue(repo.problems().get(0).message().contains("line"), repo.problems().toString());
    }
}
