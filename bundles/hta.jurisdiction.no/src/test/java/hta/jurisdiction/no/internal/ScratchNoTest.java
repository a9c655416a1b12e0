package hta.jurisdiction.no.internal;

import hta.confidentiality.PublicValue;
import hta.confidentiality.SecretValue;
import hta.jurisdiction.testkit.WordsScan;
import java.math.BigDecimal;
import java.nio.file.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchNoTest {
    @Test
    void probe() throws Exception {
        WordsScan scan = WordsScan.of(NorwegianNumberWords.WORDS, NorwegianNumberWords.VAT,
            List.of(new SecretValue("no-agreed", new BigDecimal("29950000"), SecretValue.Kind.AMOUNT, "NOK"),
                    new SecretValue("no-comparator", new BigDecimal("3120000"), SecretValue.Kind.AMOUNT, "NOK")),
            List.of(new PublicValue("price:no-max", new BigDecimal("43028738"), SecretValue.Kind.AMOUNT)));
        for (String line : Files.readAllLines(Path.of("/tmp/scratch5.txt"))) {
            if (line.isBlank()) continue;
            System.out.println("FOUND " + scan.found(line.replace("\\n", "\n")) + " <= " + line);
        }
    }
}
