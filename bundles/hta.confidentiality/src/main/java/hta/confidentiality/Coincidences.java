package hta.confidentiality;

import hta.dossier.Acknowledgement;
import hta.dossier.Dossier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acknowledged coincidences (issue 14): a public value that equals, or lets a reader compute, a confidential one
 * by chance may be printed once a writer has recorded why, as an {@link Acknowledgement} in the dossier. The record
 * holds a salted SHA-256 fingerprint over both sides' current values: the public side is a value's id (its value)
 * or a text field's JSON path (its whole text as stored, confidential runs masked); the confidential side is the
 * scanner's id of the value, whose dossier items (the id, or the ids it is built of, separated by {@code :}) give
 * the values. When either side changes, is removed or becomes ambiguous, the fingerprint no longer matches and the
 * acknowledgement lapses by itself. The salt keeps equal values from showing as equal fingerprints; it does not make
 * a value unguessable to someone holding the dossier, who holds the values anyway. Stateless and thread-safe.
 *
 * @since 0.4
 */
public final class Coincidences {
    private static final Pattern FINGERPRINT = Pattern.compile("sha256:([0-9a-f]{32}):([0-9a-f]{64})");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whether an acknowledgement counts. */
    public enum State {
        /** Recorded fully, and both values are as they were: the coincidence may be printed. */
        ACTIVE,
        /** A value changed or is gone since: it no longer counts. */
        LAPSED,
        /** Without a reason, an author or a valid fingerprint: it never counted. */
        INCOMPLETE
    }

    /**
     * One acknowledgement and whether it counts.
     *
     * @param field           its JSON path, {@code $.acknowledgements[i]}
     * @param acknowledgement the record
     * @param state           whether it counts
     */
    public record Status(String field, Acknowledgement acknowledgement, State state) {
        @Override
        public String toString() {
            Acknowledgement a = acknowledgement;
            String sides = "public '" + a.publicItem + "' and confidential '" + a.confidentialItem + "'";
            String who = "by " + (a.author == null ? "nobody" : a.author) + (a.time == null ? "" : " at " + a.time)
                    + (a.reason == null ? "" : ": " + a.reason);
            switch (state) {
                case ACTIVE: return field + ": acknowledged coincidence of " + sides + ", " + who;
                case LAPSED: return field + ": lapsed acknowledgement of " + sides + " (" + who + "); a value changed"
                        + " since, so it no longer counts: acknowledge again if it is still a coincidence, or remove it";
                default: return field + ": acknowledgement of " + sides + " does not count: it needs a reason, an author"
                        + " and its fingerprint (record it again)";
            }
        }
    }

    private Coincidences() {
    }

    /**
     * Records that the public side may show although it coincides with the confidential value, and adds the record
     * to the dossier.
     *
     * @param publicItem       a value's id or a text field's JSON path, as {@link Disclosure#publicSide()} gives it
     * @param confidentialItem the confidential value's id, as {@link Disclosure#valueId()} gives it
     * @throws IllegalArgumentException when a side names nothing of the dossier, or the reason or author is blank
     */
    public static Acknowledgement acknowledge(Dossier d, String publicItem, String confidentialItem, String reason,
                                              String author, Instant time) {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("an acknowledgement needs a reason");
        if (author == null || author.isBlank()) throw new IllegalArgumentException("an acknowledgement needs an author");
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String print = fingerprint(d, publicItem, confidentialItem, salt).orElseThrow(() -> new IllegalArgumentException(
                "'" + publicItem + "' or '" + confidentialItem + "' is not a value or text field of the dossier"));
        Acknowledgement a = new Acknowledgement();
        a.publicItem = publicItem;
        a.confidentialItem = confidentialItem;
        a.fingerprint = print;
        a.reason = reason.strip();
        a.author = author.strip();
        a.time = time;
        d.acknowledgements.add(a);
        return a;
    }

    /** Every acknowledgement of the dossier with its state, in file order. */
    public static List<Status> statuses(Dossier d) {
        List<Status> out = new ArrayList<>();
        for (int i = 0; i < d.acknowledgements.size(); i++) {
            Acknowledgement a = d.acknowledgements.get(i);
            out.add(new Status("$.acknowledgements[" + i + "]", a, state(d, a)));
        }
        return out;
    }

    public static State state(Dossier d, Acknowledgement a) {
        Matcher m = a.fingerprint == null ? null : FINGERPRINT.matcher(a.fingerprint);
        if (!a.isRecorded() || m == null || !m.matches()) return State.INCOMPLETE;
        Optional<String> now = fingerprint(d, a.publicItem, a.confidentialItem, HexFormat.of().parseHex(m.group(1)));
        return now.isPresent() && MessageDigest.isEqual(now.get().getBytes(StandardCharsets.US_ASCII),
                a.fingerprint.getBytes(StandardCharsets.US_ASCII)) ? State.ACTIVE : State.LAPSED;
    }

    /** Whether an active acknowledgement of the dossier covers this disclosure (same public side, same value). */
    public static boolean covers(Dossier d, Disclosure x) {
        for (Acknowledgement a : d.acknowledgements) {
            if (x.publicSide().equals(a.publicItem) && x.valueId().equals(a.confidentialItem)
                    && state(d, a) == State.ACTIVE) {
                return true;
            }
        }
        return false;
    }

    /** The fingerprint of both sides' current values, or empty when a side names nothing of the dossier. */
    static Optional<String> fingerprint(Dossier d, String publicItem, String confidentialItem, byte[] salt) {
        if (publicItem == null || confidentialItem == null) return Optional.empty();
        Map<String, ReferencedValue> values = ReferencedValue.of(d);
        String shown;
        if (publicItem.startsWith("$")) {
            shown = PrintedFields.of(d, null).stream().filter(f -> f.path().equals(publicItem)).map(PrintedFields.Field::text)
                    .findFirst().orElse(null);
        } else {
            shown = plain(values.get(publicItem));
        }
        if (shown == null) return Optional.empty();
        List<String> secret = new ArrayList<>();
        if (values.containsKey(confidentialItem)) {
            secret.add(plain(values.get(confidentialItem)));
        } else {
            for (String part : confidentialItem.split(":")) if (values.containsKey(part)) secret.add(part + "=" + plain(values.get(part)));
        }
        if (secret.isEmpty() || secret.contains(null)) return Optional.empty();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            String input = "hta-acknowledgement-1\0" + publicItem + "\0" + shown + "\0" + confidentialItem + "\0"
                    + String.join("\0", secret);
            byte[] hash = sha.digest(input.getBytes(StandardCharsets.UTF_8));
            return Optional.of("sha256:" + HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String plain(ReferencedValue v) {
        if (v == null) return null;
        BigDecimal value = v.value();
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
