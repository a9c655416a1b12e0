package hta.confidentiality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints how long scanning 1 MB of narrative against 1,000 confidential values takes once warm (target:
 * ≤ 50 ms). A harness, not a test: run its {@code main} by hand; the bench module will measure properly.
 */
public final class LeakScanBench {
    private LeakScanBench() {
    }

    public static void main(String[] args) {
        Random random = new Random(1);
        List<SecretValue> secrets = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(new SecretValue("s" + i, BigDecimal.valueOf(1_000_000L + random.nextInt(900_000_000)),
                    SecretValue.Kind.AMOUNT, "NOK"));
        }
        String[] words = {"Prisen", "er", "kr", "mill.", "pasienter", "i", "år", "og", "budsjettvirkning", "NOK",
                "05.05.2025", "7,5", "43 028 738", "1 234", "27,5 %", "2025", "tabell", "|", "\n"};
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < 1 << 20) {
            sb.append(words[random.nextInt(words.length)]).append(' ');
            if (random.nextInt(40) == 0) sb.append(String.format("%,d", random.nextInt(1_000_000_000)).replace(',', '\u00A0')).append(' ');
        }
        String text = sb.toString();
        LeakIndex index = LeakIndex.of(secrets, List.of(new BigDecimal("43028738")));
        int found = 0;
        for (int i = 0; i < 30; i++) found = index.scan("bench", text).size();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            found = index.scan("bench", text).size();
            best = Math.min(best, System.nanoTime() - t0);
        }
        long t0 = System.nanoTime();
        LeakIndex.of(secrets, List.of());
        long build = System.nanoTime() - t0;
        System.out.printf("1 MB, %d secrets (%d forms): best scan %.1f ms, %d findings; index build %.1f ms%n",
                secrets.size(), index.size(), best / 1e6, found, build / 1e6);
    }
}
