package hta.plugins.internal;

import java.time.Duration;
import java.util.function.Function;

/**
 * The bounds every plugin jar and every call into plugin code is held to, so that no file and no plugin can hang
 * or exhaust the process: sizes against zip bombs, times against hangs. Each can be changed through a framework
 * (or system) property, e.g. {@code -Dhta.plugins.start.timeout=2000} in {@code HTA_JAVA_OPTS}.
 *
 * @param maxJarBytes      a plugin jar larger than this is refused ({@code hta.plugins.max.jar.bytes})
 * @param maxEntries       a jar with more entries is refused ({@code hta.plugins.max.entries})
 * @param maxManifestBytes a manifest or signature file larger than this is refused ({@code hta.plugins.max.manifest.bytes})
 * @param maxContentBytes  the entries of one jar together may not inflate to more ({@code hta.plugins.max.content.bytes})
 * @param readTimeout      reading one jar (copy, manifest, signature) ({@code hta.plugins.read.timeout}, ms)
 * @param startTimeout     a plugin's start ({@code hta.plugins.start.timeout}, ms)
 * @param stopTimeout      a plugin's stop ({@code hta.plugins.stop.timeout}, ms)
 * @param lockTimeout      waiting for another process that changes plugins ({@code hta.plugins.lock.timeout}, ms)
 */
record Limits(long maxJarBytes, int maxEntries, int maxManifestBytes, long maxContentBytes, Duration readTimeout,
              Duration startTimeout, Duration stopTimeout, Duration lockTimeout) {

    /** Far above any jurisdiction plugin (about 30 KB each today), far below what hurts a workstation. */
    static final Limits DEFAULT = new Limits(64L << 20, 10_000, 1 << 20, 256L << 20, Duration.ofSeconds(10),
            Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(15));

    /** The defaults, with each value the properties set replaced; an unreadable value keeps the default. */
    static Limits from(Function<String, String> properties) {
        Limits d = DEFAULT;
        return new Limits(number(properties, "hta.plugins.max.jar.bytes", d.maxJarBytes),
                (int) number(properties, "hta.plugins.max.entries", d.maxEntries),
                (int) number(properties, "hta.plugins.max.manifest.bytes", d.maxManifestBytes),
                number(properties, "hta.plugins.max.content.bytes", d.maxContentBytes),
                millis(properties, "hta.plugins.read.timeout", d.readTimeout),
                millis(properties, "hta.plugins.start.timeout", d.startTimeout),
                millis(properties, "hta.plugins.stop.timeout", d.stopTimeout),
                millis(properties, "hta.plugins.lock.timeout", d.lockTimeout));
    }

    private static long number(Function<String, String> properties, String key, long fallback) {
        String v = properties.apply(key);
        if (v == null) return fallback;
        try {
            long n = Long.parseLong(v.trim());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Duration millis(Function<String, String> properties, String key, Duration fallback) {
        return Duration.ofMillis(number(properties, key, fallback.toMillis()));
    }

    /** A duration in words for messages: "2 s", "500 ms". */
    static String words(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
