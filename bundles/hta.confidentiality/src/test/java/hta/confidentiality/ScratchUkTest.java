package hta.confidentiality;

import java.nio.file.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchUkTest {
    @Test
    void probe() throws Exception {
        ScanAssertions scan = ScanAssertions.of(List.of(ScanAssertions.amount("smc-pas", "2100000", "GBP"),
                ScanAssertions.amount("smc-pas:below", "500000", "GBP")), List.of(ScanAssertions.listPrice("smc-list", "2600000")),
                List.of(ScanAssertions.share("smc-pas", "2600000")), List.of(), "0.2");
        for (String line : Files.readAllLines(Path.of("/tmp/scratch4.txt"))) {
            if (line.isBlank()) continue;
            System.out.println("FOUND " + scan.forms(line) + " <= " + line);
        }
    }
}
