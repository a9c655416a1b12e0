package hta.dossier.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hta.dossier.Agreement;
import hta.dossier.BudgetImpact;
import hta.dossier.Classification;
import hta.dossier.Decision;
import hta.dossier.Declassification;
import hta.dossier.Dossier;
import hta.dossier.Economics;
import hta.dossier.Evidence;
import hta.dossier.Figure;
import hta.dossier.Indication;
import hta.dossier.Milestone;
import hta.dossier.Narrative;
import hta.dossier.Party;
import hta.dossier.PricePoint;
import hta.dossier.Product;
import hta.dossier.SaveInfo;
import hta.dossier.Submission;
import hta.dossier.TextRun;
import hta.dossier.json.DossierJson;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each core rule fires where it should, with the path; the shipped schema names exactly the model's fields. */
class DossierRulesTest {
    static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace");

    @TempDir
    Path folder;

    private static Dossier hemgenix() throws Exception {
        return DossierJson.read(Files.readAllBytes(DEMO.resolve("hemgenix.json")));
    }

    private static Set<String> rulesAt(List<Finding> findings, String path) {
        return findings.stream().filter(f -> f.jsonPath().equals(path)).map(Finding::rule).collect(Collectors.toSet());
    }

    @Test
    void demoDossierMeetsEveryRule() throws Exception {
        assertEquals(List.of(), DossierRules.check(hemgenix()));
    }

    @Test
    void eachRuleNamesThePlace() throws Exception {
        Dossier d = hemgenix();
        d.product.brandName = " ";
        d.product.authorisationType = "PROVISIONAL";
        d.prices.get(0).amount = new BigDecimal("-1");
        d.prices.get(0).currency = "NKR";
        d.prices.get(1).classification = null;
        d.prices.get(1).id = "no-maks-aup";
        d.economics.figures.get(0).classification = null;
        d.budgetImpacts.get(0).patientsPerYear.set(1, new BigDecimal("-1.5"));
        d.budgetImpacts.get(0).rows.get(0).cells.get(2).formula = null;
        var no = d.submission("no").orElseThrow();
        no.milestones.get(2).date = LocalDate.of(2025, 1, 1);
        no.agreements.get(0).startDate = LocalDate.of(2026, 1, 1);
        no.agreements.get(0).endDate = LocalDate.of(2025, 1, 1);
        d.economics.figures.get(1).declassification = new Declassification(" ", "x", null);
        List<Finding> f = DossierRules.check(d);
        assertEquals(Set.of("required"), rulesAt(f, "$.product.brandName"));
        assertEquals(Set.of("known-value"), rulesAt(f, "$.product.authorisationType"));
        assertEquals(Set.of("non-negative"), rulesAt(f, "$.prices[0].amount"));
        assertEquals(Set.of("known-currency"), rulesAt(f, "$.prices[0].currency"));
        assertEquals(Set.of("classified"), rulesAt(f, "$.prices[1].classification"));
        assertEquals(Set.of("unique-id"), rulesAt(f, "$.prices[1].id"));
        assertEquals(Set.of("classified"), rulesAt(f, "$.economics.figures[0].classification"));
        assertEquals(Set.of("declassification"), rulesAt(f, "$.economics.figures[1].declassification.reason"));
        assertEquals(Set.of("non-negative"), rulesAt(f, "$.budgetImpacts[0].patientsPerYear[1]"));
        assertEquals(Set.of("derived"), rulesAt(f, "$.budgetImpacts[0].rows[0].cells[2].formula"));
        assertEquals(Set.of("milestone-order"), rulesAt(f, "$.submissions[0].milestones[2].date"));
        assertEquals(Set.of("date-order"), rulesAt(f, "$.submissions[0].agreements[0].endDate"));
        assertTrue(f.stream().filter(x -> x.rule().equals("milestone-order")).findFirst().orElseThrow().message()
                .contains("no.basis-received"), f.toString());
    }

    @Test
    void discountWithoutCurrencyIsAPercentage() throws Exception {
        Dossier d = hemgenix();
        PricePoint p = new PricePoint();
        p.id = "x";
        p.jurisdiction = "nice";
        p.kind = hta.dossier.PriceKind.DISCOUNT;
        p.amount = new BigDecimal("137.5");
        p.classification = Classification.CONFIDENTIAL;
        d.prices.add(p);
        assertEquals(Set.of("percentage"), rulesAt(DossierRules.check(d), "$.prices[" + (d.prices.size() - 1) + "].amount"));
    }

    @Test
    void validationReportsEveryViolationOfABrokenFileWithItsPath() throws Exception {
        String text = Files.readString(DEMO.resolve("hemgenix.json"))
                .replace("\"amount\" : 43028738", "\"amount\" : \"43 028 738\"")
                .replace("\"validFrom\" : \"2025-07-02\"", "\"validFrom\" : \"02.07.2025\"")
                .replace("\"classification\" : \"PUBLIC\"", "\"classification\" : \"OPEN\"");
        Path file = folder.resolve("hemgenix.json");
        Files.writeString(file, text);
        FileValidation.Report r = FileValidation.file(file, true);
        Map<String, String> byPath = r.problems().stream().collect(Collectors.toMap(p -> p.jsonPath(), p -> p.message(), (a, b) -> a));
        assertTrue(byPath.get("$.prices[0].amount").contains("expected number"), byPath.toString());
        assertTrue(byPath.get("$.prices[0].validFrom").contains("YYYY-MM-DD"), byPath.toString());
        assertTrue(byPath.get("$.prices[0].classification").contains("OPEN"), byPath.toString());
        assertEquals(text, Files.readString(file));
    }

    /** The schema shipped with the app names every field the model writes, and no other. */
    @Test
    void schemaMatchesTheModel() throws Exception {
        JsonNode defs;
        try (InputStream in = Dossier.class.getResourceAsStream("dossier.schema.json")) {
            defs = DossierJson.mapper().readTree(in).get("$defs");
        }
        Map<String, Class<?>> classes = Map.ofEntries(Map.entry("Dossier", Dossier.class), Map.entry("SaveInfo", SaveInfo.class),
                Map.entry("Product", Product.class), Map.entry("Indication", Indication.class),
                Map.entry("Evidence", Evidence.class), Map.entry("Economics", Economics.class),
                Map.entry("Figure", Figure.class), Map.entry("Declassification", Declassification.class),
                Map.entry("PricePoint", PricePoint.class), Map.entry("BudgetImpact", BudgetImpact.class),
                Map.entry("BudgetRow", BudgetImpact.BudgetRow.class), Map.entry("Submission", Submission.class),
                Map.entry("Milestone", Milestone.class), Map.entry("Decision", Decision.class),
                Map.entry("Agreement", Agreement.class), Map.entry("Narrative", Narrative.class),
                Map.entry("TextRun", TextRun.class), Map.entry("Party", Party.class),
                Map.entry("Acknowledgement", hta.dossier.Acknowledgement.class));
        for (var e : classes.entrySet()) {
            Set<String> model = new TreeSet<>();
            for (java.lang.reflect.Field f : e.getValue().getFields()) {
                if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) model.add(f.getName());
            }
            Set<String> order = new TreeSet<>(List.of(e.getValue()
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonPropertyOrder.class).value()));
            assertEquals(model, order, e.getKey() + ": the declared key order must name every field");
            Set<String> schema = new TreeSet<>();
            defs.get(e.getKey()).get("properties").fieldNames().forEachRemaining(schema::add);
            assertEquals(model, schema, e.getKey());
        }
    }
}
