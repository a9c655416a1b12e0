package hta.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every word a jurisdiction's memos print in one language, kept in one resource of the jurisdiction's bundle (a
 * UTF-8 properties file beside its classes, e.g. {@code memo_nb.properties}): headings, labels, sentences with
 * numbered places {@code {0}}, {@code {1}} for the dossier's values, the wordings of its vocabularies, the chart's
 * words, markings and page labels. A template takes its text from here only, so that the one-language check can
 * read all of it in one place as well as the memos read back (issue 16.4), and a translation is one file.
 * Immutable and thread-safe.
 *
 * @since 1.4
 */
public final class MemoText {
    private static final Pattern PLACE = Pattern.compile("\\{(\\d+)}");

    private final String language;
    private final String resource;
    private final Map<String, String> texts;

    private MemoText(String language, String resource, Map<String, String> texts) {
        this.language = language;
        this.resource = resource;
        this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    /**
     * Reads the resource {@code name} beside {@code owner}'s class (through its class loader, so from the plugin's
     * own bundle).
     *
     * @param owner    a class of the jurisdiction's bundle, in the package that holds the resource
     * @param name     the resource's file name, e.g. {@code memo_nb.properties}
     * @param language the BCP 47 tag of the language it is written in, e.g. {@code nb}
     * @throws IllegalStateException naming the resource when it is missing or unreadable
     */
    public static MemoText load(Class<?> owner, String name, String language) {
        String where = owner.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the memo text " + where + " is missing from the bundle");
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> texts = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return new MemoText(Objects.requireNonNull(language, "language"), where, texts);
        } catch (IOException e) {
            throw new UncheckedIOException("the memo text " + where + " cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the memo text " + where + " is not a properties file: " + e.getMessage(), e);
        }
    }

    /** Texts given directly (a plugin that builds them in code, tests). */
    public static MemoText of(String language, String resource, Map<String, String> texts) {
        return new MemoText(Objects.requireNonNull(language, "language"), resource, texts);
    }

    /** The BCP 47 tag of the language the texts are written in. */
    public String language() {
        return language;
    }

    /** Where the texts come from, e.g. {@code hta/jurisdiction/no/internal/memo_nb.properties}. */
    public String resource() {
        return resource;
    }

    /** Every key and its text, sorted by key. */
    public Map<String, String> entries() {
        return texts;
    }

    /** The text of {@code key}, or empty. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /**
     * The text of {@code key}.
     *
     * @throws IllegalArgumentException naming the resource and the key when there is no such text
     */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) throw new IllegalArgumentException(resource + " has no text '" + key + "'");
        return text;
    }

    /**
     * The text of {@code key} with its places {@code {0}}, {@code {1}}, … filled by {@code values} (written as
     * {@link String#valueOf(Object)}; nothing else in the text is interpreted, so apostrophes and braces without a
     * number stay as written).
     *
     * @throws IllegalArgumentException when there is no such text or a place has no value
     */
    public String format(String key, Object... values) {
        String text = get(key);
        Matcher m = PLACE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            if (i >= values.length) {
                throw new IllegalArgumentException(resource + ": the text '" + key + "' has a place {" + i + "} but "
                        + values.length + " value(s) were given");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf(values[i])));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The texts whose keys start with {@code prefix}, by the rest of their keys. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> result = new TreeMap<>();
        texts.forEach((k, v) -> {
            if (k.startsWith(prefix)) result.put(k.substring(prefix.length()), v);
        });
        return Collections.unmodifiableMap(result);
    }

    /** The words for what a memo does not state as fact: keys {@code memo.not-stated}, {@code memo.fictional}, {@code memo.forecast}. */
    public MemoWords memoWords() {
        return new MemoWords(get("memo.not-stated"), get("memo.fictional"), get("memo.forecast"));
    }

    /**
     * The words of the timeline chart: {@code chart.heading}, {@code chart.days}, the names {@code chart.name.ID} of
     * phases and targets, and the description's words {@code chart.ongoing}, {@code chart.clock-stopped},
     * {@code chart.met}, {@code chart.missed}, {@code chart.due}, {@code chart.milestones}.
     */
    public TimelineWords timelineWords() {
        return new TimelineWords(get("chart.heading"), get("chart.days"), withPrefix("chart.name."),
                new TimelineWords.Description(get("chart.ongoing"), get("chart.clock-stopped"), get("chart.met"),
                        get("chart.missed"), get("chart.due"), get("chart.milestones")));
    }

    @Override
    public String toString() {
        return resource + " (" + language + ", " + texts.size() + " texts)";
    }
}
