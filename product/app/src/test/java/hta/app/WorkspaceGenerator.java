package hta.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates realistic synthetic workspaces for benchmarks and soak tests: every dossier is the demo Hemgenix
 * dossier (all five jurisdictions, prices, budget figures, narratives) with its own id, brand, prices,
 * confidential figures and narrative numbers drawn from a seeded random source, so runs are repeatable.
 */
public final class WorkspaceGenerator {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final JsonNode template;
    private final Random random;

    public WorkspaceGenerator(Path demoDossier, long seed) throws IOException {
        this.template = JSON.readTree(demoDossier.toFile());
        this.random = new Random(seed);
    }

    /** Writes {@code count} dossier files into {@code folder} (created if needed). */
    public void generate(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            String id = String.format("syn-%05d", i);
            Files.write(folder.resolve(id + ".json"), JSON.writeValueAsBytes(dossier(id, i)));
        }
    }

    ObjectNode dossier(String id, int n) {
        ObjectNode d = template.deepCopy();
        d.put("id", id);
        d.put("revision", 1);
        ((ObjectNode) d.get("product")).put("brandName", "Synthex" + n);
        for (JsonNode price : d.withArray("prices")) {
            ObjectNode p = (ObjectNode) price;
            p.put("amount", amount(1_000_000, 90_000_000));
        }
        for (JsonNode f : d.path("economics").withArray("figures")) ((ObjectNode) f).put("value", amount(10_000, 9_000_000));
        for (JsonNode b : d.withArray("budgetImpacts")) {
            for (JsonNode f : b.withArray("figures")) ((ObjectNode) f).put("value", amount(1_000_000, 900_000_000));
        }
        for (JsonNode s : d.withArray("submissions")) {
            JsonNode sections = s.path("sections");
            sections.fields().forEachRemaining(e -> {
                for (JsonNode paragraph : e.getValue().withArray("paragraphs")) {
                    ArrayNode runs = (ArrayNode) paragraph;
                    ObjectNode extra = runs.addObject();
                    extra.put("text", " Beregnet kostnad er " + amount(100_000, 50_000_000).toPlainString()
                            + " NOK for " + (1 + random.nextInt(30)) + " pasienter.");
                }
            });
        }
        return d;
    }

    private BigDecimal amount(long min, long max) {
        return BigDecimal.valueOf(min + (long) (random.nextDouble() * (max - min)));
    }
}
