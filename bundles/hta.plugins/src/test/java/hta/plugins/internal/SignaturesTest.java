package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.Trust;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every decision of the signature check, on real jars signed with keys made by the JDK's tools. */
class SignaturesTest {
    @TempDir
    Path dir;

    static Signatures check(Path trustStore) {
        return new Signatures(TrustAnchors.load(trustStore, Keys.TRUST_PASSWORD), Limits.DEFAULT);
    }

    Path plugin(String name) throws Exception {
        return Jars.plugin(dir.resolve(name), "tt", "1.0.0", Jars.content());
    }

    @Test
    void anUnsignedJarIsUnsigned() throws Exception {
        Signatures.Result r = check(Keys.trustStore("build", Keys.build())).check(plugin("u.jar"), "u.jar");
        assertEquals(Trust.UNSIGNED, r.trust());
        assertEquals("u.jar is not signed", r.detail());
        assertNull(r.signer());
    }

    /** A test plugin jar signed by these keys in this order, made once. */
    static Path signed(String name, Path... keys) throws Exception {
        return Keys.jar(name, dir -> {
            Path jar = Jars.plugin(dir.resolve(name), "tt", "1.0.0", Jars.content());
            for (Path k : keys) Jars.sign(jar, k);
            return jar;
        });
    }

    @Test
    void aJarSignedByATrustedKeyIsTrustedAndNamesItsSigner() throws Exception {
        Path jar = signed("t.jar", Keys.build());
        Signatures.Result r = check(Keys.trustStore("build", Keys.build())).check(jar, "t.jar");
        assertEquals(Trust.TRUSTED, r.trust(), r.detail());
        assertEquals("Test build", r.signer());
        assertEquals("t.jar is signed by Test build, a trusted signer", r.detail());
    }

    /**
     * Two trusted certificates of one name (a store changed with keytool, or from before `trust add` refused it) are
     * told apart by their fingerprints, so a jar of the one is no update of a plugin the other signed without
     * --replace (outside trust test, round 17).
     */
    @Test
    void twoTrustedCertificatesOfOneNameAreToldApart() throws Exception {
        Path namesake = Keys.key("namesake", "CN=Test build, O=Someone Else");
        Signatures s = check(Keys.trustStore("namesakes", Keys.build(), namesake));
        Signatures.Result build = s.check(signed("b.jar", Keys.build()), "b.jar");
        Signatures.Result other = s.check(signed("n.jar", namesake), "n.jar");
        assertEquals(Trust.TRUSTED, build.trust(), build.detail());
        assertEquals(Trust.TRUSTED, other.trust(), other.detail());
        assertTrue(build.signer().matches("Test build \\(certificate ([0-9A-F]{2}:){3}[0-9A-F]{2}\\)"), build.signer());
        assertTrue(other.signer().startsWith("Test build (certificate "), other.signer());
        assertTrue(!build.signer().equals(other.signer()), build.signer());
        hta.plugins.Verification update = new hta.plugins.Verification(dir.resolve("n.jar"), "tt", "T", "tt", "1.1.0", null,
                null, Trust.TRUSTED, other.signer(), other.detail(), java.util.List.of());
        assertNotNull(Rules.signerRefusal(update, build.signer(), java.util.Set.of()));
        // alone in its store, the build's certificate keeps its plain name
        assertEquals("Test build", check(Keys.trustStore("build", Keys.build())).check(signed("b.jar", Keys.build()), "b.jar").signer());
    }

    @Test
    void aStrangersSignatureIsAnUntrustedSigner() throws Exception {
        Path jar = signed("s.jar", Keys.stranger());
        Signatures.Result r = check(Keys.trustStore("build", Keys.build())).check(jar, "s.jar");
        assertEquals(Trust.UNTRUSTED_SIGNER, r.trust());
        assertEquals("s.jar is signed by Someone Else, who is not in this installation's trust store", r.detail());
    }

    @Test
    void oneTrustedSignerIsEnoughWhicheverSignedFirst() throws Exception {
        Path buildFirst = signed("bf.jar", Keys.build(), Keys.stranger());
        Path strangerFirst = signed("sf.jar", Keys.stranger(), Keys.build());
        Signatures s = check(Keys.trustStore("build", Keys.build()));
        for (Path jar : new Path[] {buildFirst, strangerFirst}) {
            Signatures.Result r = s.check(jar, jar.getFileName().toString());
            assertEquals(Trust.TRUSTED, r.trust(), r.detail());
            assertEquals("Test build", r.signer());
        }
    }

    @Test
    void aChangedEntryIsTamperedAndNamed() throws Exception {
        Path changed = rewrite(signed("t.jar", Keys.build()), dir.resolve("changed.jar"), "test/plugin/A.txt", "changed", false);
        Signatures.Result r = check(Keys.trustStore("build", Keys.build())).check(changed, "changed.jar");
        assertEquals(Trust.TAMPERED, r.trust());
        assertTrue(r.detail().contains("entry test/plugin/A.txt does not match its signature"), r.detail());
    }

    @Test
    void anEntryAddedAfterSigningIsTamperedEvenWhenAStrangerSignsItAgain() throws Exception {
        Path added = rewrite(signed("t.jar", Keys.build()), dir.resolve("added.jar"), "test/plugin/Payload.txt", "payload", true);
        Signatures s = check(Keys.trustStore("build", Keys.build()));
        Signatures.Result unsigned = s.check(added, "added.jar");
        assertEquals(Trust.TAMPERED, unsigned.trust());
        assertTrue(unsigned.detail().contains("entry test/plugin/Payload.txt is not covered by the signature of Test build"),
                unsigned.detail());
        Path resignedJar = Keys.jar("resigned.jar", d -> {
            Path copy = java.nio.file.Files.copy(added, d.resolve("resigned.jar"));
            Jars.sign(copy, Keys.stranger());
            return copy;
        });
        Signatures.Result resigned = s.check(resignedJar, "added.jar");
        assertEquals(Trust.TAMPERED, resigned.trust(), resigned.detail());
        assertTrue(resigned.detail().contains("test/plugin/Payload.txt") && resigned.detail().contains("Test build"),
                resigned.detail());
    }

    @Test
    void aChainThatOnlyNamesTheTrustedCertificateAsIssuerIsInvalid() throws Exception {
        Path build = Keys.build();
        Path jar = Keys.jar("forged.jar", dir -> forged(dir, build));
        Signatures.Result r = check(Keys.trustStore("build", build)).check(jar, "forged.jar");
        assertEquals(Trust.INVALID, r.trust(), r.detail());
        assertTrue(r.detail().endsWith("names a trusted signer but does not check out: a certificate in it names a trusted"
                + " issuer, but that issuer did not sign it"), r.detail());
    }

    /** A jar signed by a key whose certificate only claims {@code build} as its issuer, with build's certificate added. */
    static Path forged(Path dir, Path build) throws Exception {
        Path lookAlike = Keys.key("lookalike", "CN=Test build, O=Tests");
        Path forger = Keys.key("forger", "CN=Test build signer, O=Tests");
        Path csr = dir.resolve("forger.csr");
        Path issued = dir.resolve("forger.pem");
        Path buildPem = dir.resolve("build.pem");
        Jars.tool("keytool", "-certreq", "-alias", "forger", "-keystore", forger.toString(), "-storetype", "PKCS12",
                "-storepass", Jars.PASS, "-file", csr.toString());
        Jars.tool("keytool", "-gencert", "-rfc", "-alias", "lookalike", "-keystore", lookAlike.toString(), "-storetype",
                "PKCS12", "-storepass", Jars.PASS, "-infile", csr.toString(), "-outfile", issued.toString());
        Jars.tool("keytool", "-exportcert", "-rfc", "-alias", "build", "-keystore", build.toString(), "-storetype", "PKCS12",
                "-storepass", Jars.PASS, "-file", buildPem.toString());
        Path chain = dir.resolve("chain.pem");
        Files.writeString(chain, Files.readString(issued) + Files.readString(buildPem));
        Path jar = Jars.plugin(dir.resolve("forged.jar"), "tt", "1.0.0", Jars.content());
        Jars.tool("jarsigner", "-keystore", forger.toString(), "-storetype", "PKCS12", "-storepass", Jars.PASS,
                "-certchain", chain.toString(), jar.toString(), "forger");
        return jar;
    }

    @Test
    void aChainIssuedByATrustedAuthorityForCodeSigningIsTrusted() throws Exception {
        Path ca = Keys.key("ca", "CN=Test CA, O=Tests", "-ext", "bc:c");
        Path signer = Keys.issued("casigner", "CN=Issued signer, O=Tests", ca, "EKU=codeSigning", "KU=digitalSignature");
        Path jar = signed("ca.jar", signer);
        Signatures.Result r = check(Keys.trustStore("ca", ca)).check(jar, "ca.jar");
        assertEquals(Trust.TRUSTED, r.trust(), r.detail());
        assertEquals("Issued signer, issued by Test CA", r.signer(), "the authority is part of the name");
    }

    /**
     * A trusted code-signing certificate that is no certificate authority vouches for its own signatures only: a team
     * key added to the trust store issued a certificate named like the build's, and PKIX, which takes its anchor on
     * trust, accepted the chain (outside trust test). A leaf that may not sign certificates, an authority expired on
     * the day, or a chain longer than the authority allows, are refused as well.
     */
    @Test
    void aTrustedCertificateThatIsNoAuthorityCannotIssueSigners() throws Exception {
        Path team = Keys.key("team", "CN=Acme team, O=Acme", "-ext", "KU=digitalSignature", "-ext", "EKU=codeSigning");
        Path fake = Keys.issued("fakebuild", "CN=HTA Workbench build, O=HTA Workbench", team, "EKU=codeSigning",
                "KU=digitalSignature");
        Signatures.Result r = check(Keys.trustStore("team", team)).check(signed("fake.jar", fake), "fake.jar");
        assertEquals(Trust.INVALID, r.trust(), r.detail());
        assertTrue(r.detail().contains("Acme team, a trusted certificate that is no certificate authority"), r.detail());
        // the team's own signature stays trusted
        Signatures.Result own = check(Keys.trustStore("team", team)).check(signed("own.jar", team), "own.jar");
        assertEquals(Trust.TRUSTED, own.trust(), own.detail());
        assertEquals("Acme team", own.signer());

        Path shortCa = Keys.key("shortca", "CN=Short CA, O=Tests", "-ext", "bc:c=ca:true,pathlen:0");
        Path sub = Keys.issued("subca", "CN=Sub CA, O=Tests", shortCa, "bc:c");
        Path leaf = Keys.issued("subleaf", "CN=Deep signer, O=Tests", sub, "EKU=codeSigning");
        assertNull(TrustAnchors.issuingProblem((java.security.cert.X509Certificate) Keys.certificate(shortCa), 0,
                new java.util.Date()), "an authority with path length 0 issues signers directly");
        assertTrue(TrustAnchors.issuingProblem((java.security.cert.X509Certificate) Keys.certificate(shortCa), 1,
                new java.util.Date()).contains("longer than Short CA allows"));
        assertNotNull(leaf);
        Path kuCa = Keys.key("kuca", "CN=KU CA, O=Tests", "-ext", "bc:c", "-ext", "KU=digitalSignature");
        assertTrue(TrustAnchors.issuingProblem((java.security.cert.X509Certificate) Keys.certificate(kuCa), 0,
                new java.util.Date()).contains("may not sign certificates"));
        java.util.Date later = new java.util.Date(System.currentTimeMillis() + 400L * 24 * 3600 * 1000 * 100);
        assertTrue(TrustAnchors.issuingProblem((java.security.cert.X509Certificate) Keys.certificate(shortCa), 0, later)
                .contains("not valid on the day"));
    }

    /**
     * An authority limited to its organisation's names (a critical name constraints extension) vouches for those
     * names only: it had issued "HTA Workbench build" and was believed (outside trust test).
     */
    @Test
    void anAuthoritysNameConstraintsBindWhatItIssues() throws Exception {
        // permitted subtree: directory names under O=Acme (DER of NameConstraints)
        String onlyAcme = "30:17:a0:15:30:13:a4:11:30:0f:31:0d:30:0b:06:03:55:04:0a:13:04:41:63:6d:65";
        Path ca = Keys.key("acmeca", "CN=Acme CA, O=Acme", "-ext", "bc:c", "-ext", "2.5.29.30:critical=" + onlyAcme);
        Path inside = Keys.issued("acmeteam", "CN=Acme team, O=Acme", ca, "EKU=codeSigning", "KU=digitalSignature");
        Path outside = Keys.issued("acmefake", "CN=HTA Workbench build, O=HTA Workbench", ca, "EKU=codeSigning",
                "KU=digitalSignature");
        Signatures s = check(Keys.trustStore("acmeca", ca));
        Signatures.Result in = s.check(signed("in.jar", inside), "in.jar");
        assertEquals(Trust.TRUSTED, in.trust(), in.detail());
        Signatures.Result out = s.check(signed("out.jar", outside), "out.jar");
        assertEquals(Trust.INVALID, out.trust(), out.detail());
        // an escaped comma makes one name part "Evil,O=Acme", which only ends like O=Acme as a string (round 17)
        Path escaped = Keys.issued("acmeescaped", "CN=HTA Workbench build, O=Evil\\,O=Acme", ca, "EKU=codeSigning",
                "KU=digitalSignature");
        Signatures.Result esc = s.check(signed("esc.jar", escaped), "esc.jar");
        assertEquals(Trust.INVALID, esc.trust(), esc.detail());
        assertTrue(esc.detail().endsWith("its certificate's name lies outside what Acme CA may issue (name constraints)"),
                esc.detail());
        assertTrue(NameConstraints.within("cn=x,ou=lab,o=acme", "o=acme"));
        assertTrue(!NameConstraints.within("cn=x,o=evil\\,o=acme", "o=acme"));
    }

    /**
     * A 1,024-bit key or a certificate signed with SHA-1 vouches for nothing, trusted directly or issued by a trusted
     * authority (outside trust test, round 17: the JDK's jar checks let both through); `trust add` refuses the key.
     */
    @Test
    void weakKeysAndSha1CertificatesVouchForNothing() throws Exception {
        Path weak = Keys.key("weak1024", "CN=Weak key, O=Tests", "-keysize", "1024");
        Signatures.Result direct = check(Keys.trustStore("weak1024", weak)).check(signed("weak.jar", weak), "weak.jar");
        assertEquals(Trust.INVALID, direct.trust(), direct.detail());
        assertTrue(direct.detail().endsWith("the certificate of Weak key has a 1024-bit RSA key, too weak to vouch for a plugin"),
                direct.detail());
        Path ca = Keys.key("ca", "CN=Test CA, O=Tests", "-ext", "bc:c");
        Path sha1 = Keys.issued("sha1leaf", "CN=Sha one, O=Tests", ca, "EKU=codeSigning", "KU=digitalSignature",
                "sigalg=SHA1withRSA");
        Path sound = Keys.issued("sha256leaf", "CN=Sha two, O=Tests", ca, "EKU=codeSigning", "KU=digitalSignature");
        Signatures s = check(Keys.trustStore("ca", ca));
        Signatures.Result viaSha1 = s.check(signed("sha1.jar", sha1), "sha1.jar");
        assertEquals(Trust.INVALID, viaSha1.trust(), viaSha1.detail());
        assertTrue(viaSha1.detail().endsWith("the certificate of Sha one is signed with SHA1withRSA, too weak to vouch for a plugin"),
                viaSha1.detail());
        assertEquals(Trust.TRUSTED, s.check(signed("sha256.jar", sound), "sha256.jar").trust());
    }

    @Test
    void aCertificateNotForCodeSigningIsInvalid() throws Exception {
        Path ca = Keys.key("ca", "CN=Test CA, O=Tests", "-ext", "bc:c");
        Path server = Keys.issued("caserver", "CN=Server, O=Tests", ca, "EKU=serverAuth");
        Path jar = signed("server.jar", server);
        Signatures.Result r = check(Keys.trustStore("ca", ca)).check(jar, "server.jar");
        assertEquals(Trust.INVALID, r.trust(), r.detail());
        assertTrue(r.detail().endsWith("its certificate is not for code signing (extended key usage)"), r.detail());

        Path certSignOnly = Keys.key("kucertsign", "CN=Cert signer, O=Tests", "-ext", "KU=keyCertSign");
        Path jar2 = signed("ku.jar", certSignOnly);
        // the JDK's own jar verification ignores a signer whose key may not make digital signatures; the signature
        // files are there, so the jar is no unsigned one but one whose signature is broken (refused by every policy)
        Signatures.Result r2 = check(Keys.trustStore("kucertsign", certSignOnly)).check(jar2, "ku.jar");
        assertEquals(Trust.INVALID, r2.trust(), r2.detail());
        assertEquals("its certificate's key is not for digital signatures (key usage)",
                CodeSigningUsage.problem((java.security.cert.X509Certificate) Keys.certificate(certSignOnly)));
    }

    @Test
    void anExpiredTrustedCertificateWithoutATimeStampIsInvalid() throws Exception {
        Path expired = Keys.key("expired", "CN=Expired, O=Tests", "-startdate", "-3d", "-validity", "1");
        Path jar = signed("expired.jar", expired);
        Signatures.Result r = check(Keys.trustStore("expired", expired)).check(jar, "expired.jar");
        assertEquals(Trust.INVALID, r.trust(), r.detail());
    }

    @Test
    void aJarInflatingBeyondTheLimitIsRefused() throws Exception {
        Path jar = Jars.plugin(dir.resolve("big.jar"), "tt", "1.0.0", Map.of("big.txt", "x".repeat(10_000)));
        Limits small = new Limits(1 << 20, 100, 1 << 16, 1_000, Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        Signatures s = new Signatures(TrustAnchors.load(Keys.trustStore("build", Keys.build()), Keys.TRUST_PASSWORD), small);
        JarProblem p = assertThrows(JarProblem.class, () -> s.check(jar, "big.jar"));
        assertTrue(p.getMessage().startsWith("big.jar inflates to more than"), p.getMessage());
    }

    @Test
    void anUnreadableOrMissingTrustStoreTrustsNothingAndSaysSoInOneLine() throws Exception {
        Path corrupt = Files.writeString(dir.resolve("corrupt.p12"), Base64.getEncoder().encodeToString(new byte[64]));
        TrustAnchors broken = TrustAnchors.load(corrupt, Keys.TRUST_PASSWORD);
        assertEquals(0, broken.size());
        assertTrue(broken.problem().startsWith("the plugin trust store " + corrupt + " cannot be read ("), broken.problem());
        assertEquals(1, broken.problem().lines().count());
        TrustAnchors missing = TrustAnchors.load(dir.resolve("none.p12"), Keys.TRUST_PASSWORD);
        assertTrue(missing.problem().contains("is missing; no plugin signature is trusted"), missing.problem());
        assertEquals(Trust.UNTRUSTED_SIGNER, new Signatures(broken, Limits.DEFAULT).check(signed("t.jar", Keys.build()), "t2.jar")
                .trust());
        assertNull(TrustAnchors.load(null, Keys.TRUST_PASSWORD).problem());
    }

    /** A copy of {@code jar} with {@code entry} replaced or added (after the others). */
    static Path rewrite(Path jar, Path out, String entry, String text, boolean add) throws Exception {
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out))) {
            for (var en = in.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                zo.putNextEntry(new ZipEntry(e.getName()));
                if (!add && e.getName().equals(entry)) zo.write(text.getBytes());
                else in.getInputStream(e).transferTo(zo);
                zo.closeEntry();
            }
            if (add) {
                zo.putNextEntry(new ZipEntry(entry));
                zo.write(text.getBytes());
                zo.closeEntry();
            }
        }
        return out;
    }
}
