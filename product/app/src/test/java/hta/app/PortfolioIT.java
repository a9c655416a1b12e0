package hta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/hta portfolio} reproduces TLV's Tabell 1 and Tabell 2 (seed 003) from a workspace of Swedish dossiers
 * built to the same facts: 53 requests in 2023–2025 by where they stand, cancer medicines (ATC L01) in brackets,
 * and the assessments delivered 2020–2025 with their mean processing days.
 */
class PortfolioIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STATUS = {"se.no-contact", "se.awaiting-dossier", "se.ongoing", "se.expedited", "se.cancelled"};
    private static final String[] ROWS = {"NO_CONTACT", "AWAITING_DOSSIER", "UNDER_ASSESSMENT", "DISPATCHED", "CANCELLED"};

    /** Tabell 1: per request year, {all, cancer} for each status in the order of STATUS. */
    static final Map<Integer, int[][]> TABLE_1 = Map.of(
            2023, new int[][] {{0, 0}, {1, 0}, {2, 0}, {11, 6}, {4, 1}},
            2024, new int[][] {{3, 3}, {5, 3}, {7, 3}, {5, 4}, {1, 1}},
            2025, new int[][] {{2, 2}, {6, 5}, {3, 3}, {3, 1}, {0, 0}});
    /** Tabell 2: per dispatch year {delivered, cancer delivered, mean days, cancer mean days}. */
    static final Map<Integer, int[]> TABLE_2 = Map.of(
            2020, new int[] {14, 8, 153, 145}, 2021, new int[] {12, 6, 251, 286}, 2022, new int[] {12, 8, 285, 252},
            2023, new int[] {14, 9, 281, 327}, 2024, new int[] {19, 13, 361, 381}, 2025, new int[] {13, 7, 293, 347});
    /** The year in which the assessments requested in each year of Tabell 1 were dispatched (ours). */
    static final Map<Integer, Integer> DISPATCHED_IN = Map.of(2023, 2024, 2024, 2025, 2025, 2025);

    @TempDir
    static Path tmp;
    static Path workspace;
    static Path data;

    @BeforeAll
    static void workspace() throws IOException {
        workspace = tmp.resolve("tlv");
        data = tmp.resolve("data");
        Files.createDirectories(workspace);
        new TlvWorkspace().write(workspace);
    }

    @Test
    void table1And2OfTlvsReportFromEquivalentDossiers() throws Exception {
        Commands.Result r = Commands.hta(data, "portfolio", "--workspace", workspace.toString(), "--jurisdiction", "se",
                "--from", "2023", "--to", "2025", "--atc", "L01", "--json");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        JsonNode root = JSON.readTree(r.out());
        JsonNode years = root.path("requests").path("years");
        assertEquals(3, years.size());
        for (JsonNode y : years) {
            int[][] expected = TABLE_1.get(y.path("year").asInt());
            int all = 0;
            int cancer = 0;
            for (int i = 0; i < ROWS.length; i++) {
                assertEquals(expected[i][0], y.path(ROWS[i]).path("all").asInt(), y.path("year") + " " + ROWS[i]);
                assertEquals(expected[i][1], y.path(ROWS[i]).path("subgroup").asInt(), y.path("year") + " " + ROWS[i]);
                all += expected[i][0];
                cancer += expected[i][1];
            }
            assertEquals(all, y.path("requested").path("all").asInt());
            assertEquals(cancer, y.path("requested").path("subgroup").asInt());
        }
        // the totals column: 53(32) requested, 5(5), 12(8), 12(6), 19(11), 5(2)
        JsonNode total = root.path("requests").path("total");
        assertEquals(53, total.path("requested").path("all").asInt());
        assertEquals(32, total.path("requested").path("subgroup").asInt());
        int[][] totals = {{5, 5}, {12, 8}, {12, 6}, {19, 11}, {5, 2}};
        for (int i = 0; i < ROWS.length; i++) {
            assertEquals(totals[i][0], total.path(ROWS[i]).path("all").asInt(), ROWS[i]);
            assertEquals(totals[i][1], total.path(ROWS[i]).path("subgroup").asInt(), ROWS[i]);
        }

        Commands.Result csv = Commands.hta(data, "portfolio", "--workspace", workspace.toString(), "--jurisdiction", "se",
                "--from", "2020", "--to", "2025", "--atc", "L01", "--csv");
        assertEquals(0, csv.exitCode(), csv.err());
        Map<String, String> cells = new HashMap<>();
        for (String line : csv.out().split("\n")) {
            String[] f = line.split(",", -1);
            if (f[0].equals("delivered")) cells.put(f[1] + "," + f[2], f[3] + "," + f[4]);
        }
        TABLE_2.forEach((year, row) -> {
            assertEquals(row[0] + "," + row[1], cells.get("delivered," + year), "delivered " + year);
            assertEquals(row[2] + "," + row[3], cells.get("mean-days," + year), "mean days " + year);
        });

        // the text has TLV's layout: a count with its cancer share in brackets
        Commands.Result text = Commands.hta(data, "portfolio", "--workspace", workspace.toString(), "--jurisdiction", "se",
                "--from", "2023", "--to", "2025", "--atc", "L01");
        assertTrue(text.out().matches("(?s).*Requested\\s+18\\(7\\)\\s+21\\(14\\)\\s+14\\(11\\)\\s+53\\(32\\).*"), text.out());
        assertTrue(text.out().matches("(?s).*Dispatched and presented\\s+11\\(6\\)\\s+5\\(4\\)\\s+3\\(1\\)\\s+19\\(11\\).*"), text.out());
        assertTrue(text.out().matches("(?s).*Mean processing days\\s+281\\(327\\)\\s+361\\(381\\)\\s+293\\(347\\).*"), text.out());
    }

    @Test
    void theDossierSetIsValidAndUsageErrorsExitTwo() throws Exception {
        Commands.Result v = Commands.hta(data, "validate", "--workspace", workspace.toString());
        assertEquals(0, v.exitCode(), v.out());
        assertEquals(2, Commands.hta(data, "portfolio", "--workspace", workspace.toString(), "--jurisdiction", "se",
                "--from", "2025", "--to", "2023").exitCode());
        Commands.Result none = Commands.hta(data, "portfolio", "--jurisdiction", "xx");
        assertEquals(1, none.exitCode());
        assertTrue(none.err().startsWith("hta: no jurisdiction plugin 'xx'"), none.err());
    }

    /** Writes the dossiers: Tabell 1's requests, then earlier requests delivering the rest of Tabell 2. */
    static final class TlvWorkspace {
        private int n;

        void write(Path folder) throws IOException {
            Map<Integer, int[]> fromNewRequests = new HashMap<>();
            for (int year : List.of(2023, 2024, 2025)) {
                int[][] rows = TABLE_1.get(year);
                for (int i = 0; i < STATUS.length; i++) {
                    for (int k = 0; k < rows[i][0]; k++) {
                        boolean cancer = k < rows[i][1];
                        LocalDate requested = LocalDate.of(year, 1, 5 + k % 20);
                        if (!STATUS[i].equals("se.expedited")) {
                            LocalDate received = STATUS[i].equals("se.ongoing") ? requested.plusDays(40) : null;
                            write(folder, cancer, STATUS[i], requested, received, null);
                            continue;
                        }
                        int dispatchYear = DISPATCHED_IN.get(year);
                        int[] c = fromNewRequests.computeIfAbsent(dispatchYear, y -> new int[2]);
                        c[0]++;
                        if (cancer) c[1]++;
                    }
                }
            }
            for (int year : TABLE_2.keySet()) {
                int[] row = TABLE_2.get(year);
                int[] fromNew = fromNewRequests.getOrDefault(year, new int[2]);
                int cancer = row[1];
                int other = row[0] - cancer;
                long cancerSum = (long) row[3] * cancer;
                long otherSum = (long) row[2] * row[0] - cancerSum;
                dispatched(folder, year, true, cancer, cancerSum, fromNew[1]);
                dispatched(folder, year, false, other, otherSum, fromNew[0] - fromNew[1]);
            }
        }

        /**
         * {@code count} assessments dispatched in {@code year} whose processing days add up to {@code sum}; the first
         * {@code newRequests} were requested in Tabell 1's period (in January, a year before or in the same year),
         * the others before 2023.
         */
        private void dispatched(Path folder, int year, boolean cancer, int count, long sum, int newRequests) throws IOException {
            long base = sum / count;
            long rest = sum % count;
            int fromYear = year == 2024 ? 2023 : 2024;
            int sameYear = year == 2025 ? TABLE_1.get(2025)[3][cancer ? 1 : 0] - (cancer ? 0 : TABLE_1.get(2025)[3][1]) : 0;
            for (int i = 0; i < count; i++) {
                long days = base + (i < rest ? 1 : 0);
                LocalDate dispatched = LocalDate.of(year, 12, 15);
                LocalDate received = dispatched.minusDays(days);
                LocalDate requested;
                if (i < newRequests) {
                    int requestYear = i < sameYear ? 2025 : fromYear;
                    requested = LocalDate.of(requestYear, 1, 2);
                    if (received.isBefore(requested)) throw new IllegalStateException("dossier before request: " + received);
                } else {
                    LocalDate before = received.minusDays(30);
                    requested = before.isBefore(LocalDate.of(2022, 12, 1)) ? before : LocalDate.of(2022, 12, 1);
                }
                write(folder, cancer, "se.expedited", requested, received, dispatched);
            }
        }

        private void write(Path folder, boolean cancer, String status, LocalDate requested, LocalDate received,
                           LocalDate dispatched) throws IOException {
            String id = String.format("tlv-%03d", n++);
            ObjectNode d = JSON.createObjectNode();
            d.put("schemaVersion", 2);
            d.put("id", id);
            d.put("revision", 1);
            ObjectNode product = d.putObject("product");
            product.put("brandName", "Test" + id);
            product.put("inn", "testumab " + id);
            product.put("atcCode", cancer ? "L01FX99" : "B02BD16");
            ObjectNode s = d.putArray("submissions").addObject();
            s.put("jurisdiction", "se");
            s.put("status", status);
            ArrayNode milestones = s.putArray("milestones");
            milestones.addObject().put("kind", "se.tlv-commissioned").put("date", requested.toString());
            if (received != null) milestones.addObject().put("kind", "se.dossier-received").put("date", received.toString());
            if (dispatched != null) milestones.addObject().put("kind", "se.tlv-report").put("date", dispatched.toString());
            Files.write(folder.resolve(id + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(d));
        }
    }
}
