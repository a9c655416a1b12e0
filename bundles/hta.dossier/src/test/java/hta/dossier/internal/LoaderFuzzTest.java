package hta.dossier.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.dossier.json.DossierJson;
import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.DossierSummary;
import hta.dossier.repository.LoadProblem;
import hta.dossier.validation.FileValidation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test of the loader: for thousands of damaged variants of a real dossier (bytes flipped, cut, inserted;
 * values of the wrong type; huge numbers and strings; deep nesting), loading either succeeds or fails with one
 * clear problem naming the file and a JSON path — never another exception — and the file is never changed.
 * Listing agrees with loading: a file is listed exactly when it loads.
 */
class LoaderFuzzTest {
    static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace");
    private static final int CASES = Integer.getInteger("hta.fuzz.cases", 1000);

    @TempDir
    Path folder;

    @Test
    void damagedFilesGiveClearErrorsAndStayUntouched() throws Exception {
        byte[] original = Files.readAllBytes(DEMO.resolve("hemgenix.json"));
        JsonNode tree = DossierJson.mapper().readTree(original);
        Random random = new Random(20251122);
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = mutate(original, tree, random, i);
            String id = "f" + i;
            Path file = folder.resolve(id + ".json");
            Files.write(file, bytes);
            JsonFolderRepository repo = new JsonFolderRepository(folder);
            boolean loaded;
            try {
                repo.load(id);
                loaded = true;
            } catch (DossierFormatException e) {
                loaded = false;
                refused++;
                LoadProblem p = e.problem();
                assertEquals(file, p.file());
                assertTrue(p.jsonPath().startsWith("$"), p.toString());
                assertFalse(p.message().isBlank());
                assertFalse(p.message().contains("Exception") || p.message().contains("\tat "), p.toString());
                assertFalse(JsonSyntaxTest.INTERNALS.matcher(p.message()).find(), "parser internals: " + p);
                assertTrue(p.message().length() < 600, "one short message: " + p.message().length() + " chars");
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("case " + i + " crashed the loader: " + new String(bytes, 0,
                        Math.min(bytes.length, 300), StandardCharsets.UTF_8), e);
            }
            List<DossierSummary> listed = repo.list();
            assertEquals(loaded, listed.size() == 1, "case " + i + ": listing and loading disagree; " + repo.problems());
            assertEquals(loaded ? 0 : 1, repo.problems().size());
            FileValidation.Report report = FileValidation.file(file, true);
            assertEquals(loaded, report.problems().isEmpty(), "case " + i + ": validate and load disagree");
            assertArrayEquals(bytes, Files.readAllBytes(file), "case " + i + " changed the file");
            Files.delete(file);
        }
        assertTrue(refused > CASES / 3, "most mutations should break the file, only " + refused + " did");
    }

    private static byte[] mutate(byte[] original, JsonNode tree, Random r, int i) throws Exception {
        String id = "f" + i;
        switch (i % 8) {
            case 0: { // flip bytes
                byte[] b = withId(original, id);
                for (int k = 0; k < 1 + r.nextInt(4); k++) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                return b;
            }
            case 1: { // cut short
                byte[] b = withId(original, id);
                return java.util.Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 2: { // insert structural characters
                String s = new String(withId(original, id), StandardCharsets.UTF_8);
                int at = r.nextInt(s.length());
                String[] junk = {"{", "}", "[", "]", ",", ":", "\"", "null", "1e99999", "\u0000", "\\"};
                return (s.substring(0, at) + junk[r.nextInt(junk.length)] + s.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            case 3: { // a value of the wrong type somewhere in the tree
                JsonNode copy = tree.deepCopy();
                ((ObjectNode) copy).put("id", id);
                List<ObjectNode> objects = new ArrayList<>();
                collect(copy, objects);
                ObjectNode target = objects.get(r.nextInt(objects.size()));
                List<String> names = new ArrayList<>();
                target.fieldNames().forEachRemaining(names::add);
                if (!names.isEmpty()) {
                    String name = names.get(r.nextInt(names.size()));
                    JsonNode[] wrong = {JsonNodeFactory.instance.textNode("lots"), JsonNodeFactory.instance.numberNode(-7),
                            JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.arrayNode(),
                            JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.nullNode(),
                            JsonNodeFactory.instance.textNode("2025-02-30")};
                    target.set(name, wrong[r.nextInt(wrong.length)]);
                }
                return DossierJson.mapper().writeValueAsBytes(copy);
            }
            case 4: { // huge numbers
                String s = new String(withId(original, id), StandardCharsets.UTF_8);
                String[] huge = {"1e400", "-1e-400", "123456789012345678901234567890", "9".repeat(5000), "1.5e308"};
                return s.replace("43028738", huge[r.nextInt(huge.length)]).getBytes(StandardCharsets.UTF_8);
            }
            case 5: { // deep nesting inside an unknown field
                int depth = 50 + r.nextInt(3000);
                String nest = "[".repeat(depth) + "]".repeat(depth);
                String s = new String(withId(original, id), StandardCharsets.UTF_8);
                return s.replaceFirst("\\{", "{\"deep\" : " + nest + ",").getBytes(StandardCharsets.UTF_8);
            }
            case 6: { // huge string or many fields
                String s = new String(withId(original, id), StandardCharsets.UTF_8);
                String big = r.nextBoolean() ? "x".repeat(1_100_000) : "y".repeat(200_000);
                return s.replaceFirst("\\{", "{\"big\" : \"" + big + "\",").getBytes(StandardCharsets.UTF_8);
            }
            default: { // structural changes: missing or duplicated required fields, wrong root
                String s = new String(withId(original, id), StandardCharsets.UTF_8);
                String[] variants = {s.replace("\"schemaVersion\" : 2,", ""), "[" + s + "]", s + s, "",
                        s.replace("\"id\" : \"" + id + "\",", "\"id\" : \"" + id + "\", \"id\" : \"other\","),
                        s.replace("\"jurisdiction\" : \"se\"", "\"jurisdiction\" : \"SE!\""), "\"just a string\"",
                        s.replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 1")};
                return variants[r.nextInt(variants.length)].getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static byte[] withId(byte[] original, String id) {
        return new String(original, StandardCharsets.UTF_8).replace("\"id\" : \"hemgenix\"", "\"id\" : \"" + id + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(JsonNode n, List<ObjectNode> out) {
        if (n instanceof ObjectNode) out.add((ObjectNode) n);
        if (n instanceof ObjectNode || n instanceof ArrayNode) n.forEach(c -> collect(c, out));
    }
}
