package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.PluginException;
import hta.plugins.Trust;
import hta.plugins.TrustedSigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator's changes to the trust store, on stores and certificates made by the JDK's keytool. */
class TrustStoreFileTest {
    @TempDir
    Path dir;

    private Path pem(Path key) throws Exception {
        String alias = key.getFileName().toString().replace(".p12", "");
        Path pem = dir.resolve(alias + ".pem");
        Jars.tool("keytool", "-exportcert", "-rfc", "-alias", alias, "-keystore", key.toString(), "-storetype", "PKCS12",
                "-storepass", Jars.PASS, "-file", pem.toString());
        return pem;
    }

    private Path store() throws Exception {
        Path store = dir.resolve("trusted-plugins.p12");
        Files.copy(Keys.trustStore("build", Keys.build()), store);
        return store;
    }

    @Test
    void anAddedCertificateIsListedWithItsFingerprintAndTrustedByTheNextCheck() throws Exception {
        Path store = store();
        TrustAnchors anchors = TrustAnchors.load(store, Keys.TRUST_PASSWORD);
        Path jar = SignaturesTest.signed("stranger-signed.jar", Keys.stranger());
        Signatures signatures = new Signatures(anchors, Limits.DEFAULT);
        assertEquals(Trust.UNTRUSTED_SIGNER, signatures.check(jar, "s.jar").trust());

        TrustedSigner added = TrustStoreFile.add(store, Keys.TRUST_PASSWORD, pem(Keys.stranger()));
        assertEquals("someone-else", added.alias());
        assertEquals("CN=Someone Else,O=Elsewhere", added.subject());
        assertTrue(added.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), added.fingerprint());
        String keytool = Jars.tool("keytool", "-list", "-v", "-alias", "someone-else", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", new String(Keys.TRUST_PASSWORD));
        assertTrue(keytool.contains("SHA256: " + added.fingerprint()), "the fingerprint keytool prints: " + keytool);
        assertEquals(List.of("build", "someone-else"), TrustStoreFile.list(store, Keys.TRUST_PASSWORD).stream()
                .map(TrustedSigner::alias).toList());

        anchors.reload(store, Keys.TRUST_PASSWORD);
        assertEquals(Trust.TRUSTED, signatures.check(jar, "s.jar").trust());
    }

    @Test
    void aCertificateTrustedAlreadyIsRefusedAndTheStoreUnchanged() throws Exception {
        Path store = store();
        byte[] before = Files.readAllBytes(store);
        PluginException e = assertThrows(PluginException.class,
                () -> TrustStoreFile.add(store, Keys.TRUST_PASSWORD, pem(Keys.build())));
        assertTrue(e.getMessage().endsWith("build.pem: Test build is already trusted (as 'build')"), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(store)));
    }

    /**
     * A second certificate of a trusted signer's name, with a key of its own, is refused: a team's "HTA Workbench
     * build" passed for the build in lists and updated its plugins without --replace (outside trust test, round 17).
     */
    @Test
    void aCertificateNamedAsATrustedOneIsRefusedAndTheStoreUnchanged() throws Exception {
        Path store = store();
        byte[] before = Files.readAllBytes(store);
        Path namesake = Keys.key("namesake", "CN=Test build, O=Someone Else");
        PluginException e = assertThrows(PluginException.class,
                () -> TrustStoreFile.add(store, Keys.TRUST_PASSWORD, pem(namesake)));
        assertTrue(e.getMessage().endsWith("namesake.pem: a certificate named 'Test build' is already trusted (as 'build');"
                + " a second signer of the same name could pass for it: have this one made with a name of its own"),
                e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(store)));
    }

    @Test
    void aWeakKeyIsRefusedByTrustAdd() throws Exception {
        Path store = store();
        Path weak = Keys.key("weak1024", "CN=Weak key, O=Tests", "-keysize", "1024");
        PluginException e = assertThrows(PluginException.class, () -> TrustStoreFile.add(store, Keys.TRUST_PASSWORD, pem(weak)));
        assertTrue(e.getMessage().endsWith("weak1024.pem: the certificate of Weak key has a 1024-bit RSA key, too weak to vouch"
                + " for a plugin"), e.getMessage());
    }

    @Test
    void whatIsNotOneValidCertificateIsRefusedInOneLine() throws Exception {
        Path store = store();
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a certificate");
        assertTrue(assertThrows(PluginException.class, () -> TrustStoreFile.add(store, Keys.TRUST_PASSWORD, text))
                .getMessage().startsWith(text + ": not a certificate in PEM or DER form"));
        Path two = dir.resolve("two.pem");
        Files.writeString(two, Files.readString(pem(Keys.build())) + Files.readString(pem(Keys.stranger())));
        assertTrue(assertThrows(PluginException.class, () -> TrustStoreFile.add(store, Keys.TRUST_PASSWORD, two))
                .getMessage().contains("holds 2 certificates"));
        Path expired = Keys.key("old-team-expired", "CN=Old team, O=Tests", "-startdate", "-10d", "-validity", "2");
        String why = assertThrows(PluginException.class, () -> TrustStoreFile.add(store, Keys.TRUST_PASSWORD, pem(expired)))
                .getMessage();
        assertTrue(why.contains("the certificate of Old team expired on") && why.endsWith("it would vouch for no plugin"), why);
        assertEquals(1, TrustStoreFile.list(store, Keys.TRUST_PASSWORD).size());
    }

    @Test
    void aCertificateIsRemovedByAliasOrByTheStartOfItsFingerprint() throws Exception {
        Path store = store();
        TrustedSigner added = TrustStoreFile.add(store, Keys.TRUST_PASSWORD, pem(Keys.stranger()));
        String prefix = added.fingerprint().substring(0, 11).toLowerCase(); // "ab:cd:ef:01", eight digits
        assertEquals("someone-else", TrustStoreFile.remove(store, Keys.TRUST_PASSWORD, prefix).alias());
        assertEquals("build", TrustStoreFile.remove(store, Keys.TRUST_PASSWORD, "BUILD").alias());
        assertEquals(List.of(), TrustStoreFile.list(store, Keys.TRUST_PASSWORD));
        String none = assertThrows(PluginException.class, () -> TrustStoreFile.remove(store, Keys.TRUST_PASSWORD, "build"))
                .getMessage();
        assertTrue(none.contains("holds no certificate 'build'") && none.contains("'hta plugins trust list'"), none);
    }

    @Test
    void aMissingStoreIsCreatedByAddButNotByListOrRemove() throws Exception {
        Path store = dir.resolve("security").resolve("trusted-plugins.p12");
        assertTrue(assertThrows(PluginException.class, () -> TrustStoreFile.list(store, Keys.TRUST_PASSWORD))
                .getMessage().contains("is missing"));
        Files.createDirectories(store.getParent());
        TrustStoreFile.add(store, Keys.TRUST_PASSWORD, pem(Keys.build()));
        assertEquals(1, TrustStoreFile.list(store, Keys.TRUST_PASSWORD).size());
    }
}
