package hta.plugins.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test support: the keys and certificates the signature tests sign with, made once with the JDK's {@code keytool} and
 * kept in {@code target/test-keys} (a test run, and every mutation-test run after it, reuses them).
 */
final class Keys {
    /** Not {@code unit-keys}: keys kept there by earlier runs were kept by alias alone (see {@link #store}). */
    static final Path DIR = Path.of("target", "test-keys");
    static final char[] TRUST_PASSWORD = "trusted".toCharArray();

    private Keys() {
    }

    /**
     * Where the key {@code alias} made from these arguments is kept: a folder per set of arguments, so that two tests
     * asking for the same alias with different subjects or validity (an "expired" key of their own) never get each
     * other's key, also from an earlier run; the file keeps the alias as its name, which the tests read back.
     */
    static Path store(String alias, String... made) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(String.join("\u0000", made).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return DIR.resolve(java.util.HexFormat.of().formatHex(digest, 0, 6)).resolve(alias + ".p12");
    }

    /** A self-signed key {@code alias}, made when it is not there yet. */
    static synchronized Path key(String alias, String dname, String... extra) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(dname));
        args.addAll(java.util.List.of(extra));
        Path store = store(alias, args.toArray(String[]::new));
        if (!Files.exists(store)) {
            Files.createDirectories(store.getParent());
            Path tmp = Files.createTempDirectory(DIR, "making-");
            Path made = Jars.key(tmp, alias, dname, extra);
            Files.move(made, store);
        }
        return store;
    }

    static Path build() throws Exception {
        return key("build", "CN=Test build, O=Tests");
    }

    static Path stranger() throws Exception {
        return key("stranger", "CN=Someone Else, O=Elsewhere");
    }

    /**
     * A key whose certificate is issued by {@code ca} (a key made with {@code -ext bc:c}), with these extensions (and
     * "sigalg=…" for the algorithm the authority signs with).
     */
    static synchronized Path issued(String alias, String dname, Path ca, String... ext) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(dname, ca.toString()));
        args.addAll(java.util.List.of(ext));
        Path store = store(alias, args.toArray(String[]::new));
        if (Files.exists(store)) return store;
        Files.createDirectories(store.getParent());
        Path tmp = Files.createTempDirectory(DIR, "making-");
        Path key = Jars.key(tmp, alias, dname);
        String caAlias = ca.getFileName().toString().replace(".p12", "");
        Path csr = tmp.resolve("req.csr");
        Path cert = tmp.resolve("cert.pem");
        Path caPem = tmp.resolve("ca.pem");
        Jars.tool("keytool", "-certreq", "-alias", alias, "-keystore", key.toString(), "-storetype", "PKCS12", "-storepass",
                Jars.PASS, "-file", csr.toString());
        java.util.List<String> gen = new java.util.ArrayList<>(java.util.List.of("-gencert", "-rfc", "-alias", caAlias,
                "-keystore", ca.toString(), "-storetype", "PKCS12", "-storepass", Jars.PASS, "-infile", csr.toString(),
                "-outfile", cert.toString(), "-validity", "30"));
        // "sigalg=SHA1withRSA" chooses how the authority signs; the rest are extensions
        for (String e : ext) gen.addAll(e.startsWith("sigalg=") ? java.util.List.of("-sigalg", e.substring(7)) : java.util.List.of("-ext", e));
        Jars.tool("keytool", gen.toArray(String[]::new));
        Jars.tool("keytool", "-exportcert", "-rfc", "-alias", caAlias, "-keystore", ca.toString(), "-storetype", "PKCS12",
                "-storepass", Jars.PASS, "-file", caPem.toString());
        Path chain = tmp.resolve("chain.pem");
        Files.writeString(chain, Files.readString(cert) + Files.readString(caPem));
        Jars.tool("keytool", "-importcert", "-noprompt", "-alias", alias, "-file", chain.toString(),
                "-keystore", key.toString(), "-storetype", "PKCS12", "-storepass", Jars.PASS);
        Files.move(key, store);
        return store;
    }

    /** A trust store with the certificates of these keys, made once per set. */
    static synchronized Path trustStore(String name, Path... keys) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>();
        for (Path k : keys) args.add(k.toString());
        Path store = store("trust-" + name, args.toArray(String[]::new));
        if (!Files.exists(store)) {
            Files.createDirectories(store.getParent());
            Path tmp = Files.createTempDirectory(DIR, "making-");
            Files.move(Jars.trustStore(tmp, TRUST_PASSWORD, keys), store);
        }
        return store;
    }

    /** The certificate of a key made here. */
    static java.security.cert.Certificate certificate(Path key) throws Exception {
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(key)) {
            ks.load(in, Jars.PASS.toCharArray());
        }
        return ks.getCertificate(key.getFileName().toString().replace(".p12", ""));
    }

    /** Makes a jar into a folder given to it. */
    interface JarMaker {
        Path make(Path dir) throws Exception;
    }

    /** A signed test jar, made once and kept (signing is the slow part of the signature tests). */
    static synchronized Path jar(String name, JarMaker maker) throws Exception {
        Path kept = DIR.resolve("jars").resolve(name);
        if (!Files.exists(kept)) {
            Files.createDirectories(kept.getParent());
            Path tmp = Files.createTempDirectory(DIR, "making-");
            Files.move(maker.make(tmp), kept);
        }
        return kept;
    }
}
