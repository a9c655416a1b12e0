package hta.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.plugins.CatalogueEntry;
import hta.plugins.CatalogueEntry.Offer;
import hta.plugins.PluginException;
import hta.plugins.PluginInfo;
import hta.plugins.PluginInfo.Origin;
import hta.plugins.PluginInfo.State;
import hta.plugins.Trust;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

/**
 * The catalogue's decisions on a p2 repository written here in p2's format: the newest version per code, and for
 * each what installing it would mean on this workbench (install, update, installed, unavailable because of the
 * contract or a missing artifact); a repository that cannot be read is one line naming it and why.
 */
class CatalogueTest {
    private static final String CONTRACT_1 = "(&amp;(version&gt;=1.0)(!(version&gt;=2.0)))";
    private static final String CONTRACT_2 = "(&amp;(version&gt;=2.0)(!(version&gt;=3.0)))";
    private final ContractCheck host = new ContractCheck(() -> List.of(Map.of("version", new Version(1, 4, 0))));

    @TempDir
    Path repository;

    @Test
    void eachOfferIsDecidedAgainstWhatIsInstalledAndTheContract() throws Exception {
        write(unit("t.tl", "1.0.0", "tl", "1.0.0", CONTRACT_1, true), unit("t.tl", "1.1.0", "tl", "1.0.0", CONTRACT_1, true),
                unit("t.dk", "0.1.0", "dk", "1.0.0", CONTRACT_1, true), unit("t.ti", "1.0.0", "ti", "2.0.0", CONTRACT_2, true),
                unit("t.se", "0.2.0", "se", "1.0.0", CONTRACT_1, false), unit("t.no", "0.1.0", "no", "1.0.0", CONTRACT_1, true),
                unit("t.fi", "0.1.0", "fi", "1.0.0", CONTRACT_1, true), library("t.lib", "1.0.0"));
        List<PluginInfo> installed = List.of(info("tl", "1.0.0", State.ACTIVE), info("no", "0.1.0", State.ACTIVE),
                info("fi", "0.3.0", State.DISABLED), info("dk", "0.1.0", State.AVAILABLE));
        List<CatalogueEntry> entries = new Catalogue(repository, host, () -> installed).entries();

        assertEquals(List.of("dk", "fi", "no", "se", "ti", "tl"), entries.stream().map(CatalogueEntry::code).toList(),
                "one entry per jurisdiction code, sorted; a unit without the capability is no plugin");
        CatalogueEntry tl = entry(entries, "tl");
        assertEquals("1.1.0", tl.version(), "the newest version is offered");
        assertEquals(Offer.UPDATE, tl.offer());
        assertEquals("replaces the installed version 1.0.0", tl.note());
        assertEquals("1.0.0", tl.installedVersion());
        assertEquals(repository.resolve("plugins/t.tl_1.1.0.jar"), tl.jar());

        CatalogueEntry dk = entry(entries, "dk");
        assertEquals(Offer.INSTALL, dk.offer(), "a bundled plugin that was removed is offered again");
        assertEquals("not installed", dk.note());
        assertEquals(Offer.INSTALLED, entry(entries, "no").offer());
        assertEquals("installed", entry(entries, "no").note());
        assertEquals(Offer.INSTALLED, entry(entries, "fi").offer());
        assertEquals("a newer version (0.3.0) is installed", entry(entries, "fi").note());

        CatalogueEntry ti = entry(entries, "ti");
        assertEquals(Offer.UNAVAILABLE, ti.offer());
        assertTrue(ti.note().startsWith("Incompatible: Name of t.ti (ti) 1.0.0 implements jurisdiction contract 2.0.0"),
                ti.note());
        CatalogueEntry se = entry(entries, "se");
        assertEquals(Offer.UNAVAILABLE, se.offer());
        assertEquals("its artifact t.se_0.2.0.jar is missing from the repository", se.note());
        assertEquals("Description of t.dk", dk.description());
        assertEquals("Provider", dk.vendor());
    }

    @Test
    void aCompressedRepositoryIsReadLikeAPlainOne() throws Exception {
        write(unit("t.dk", "0.1.0", "dk", "1.0.0", CONTRACT_1, true));
        Path xml = repository.resolve("content.xml");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(repository.resolve("content.jar")))) {
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(Files.readAllBytes(xml));
        }
        Files.delete(xml);
        assertEquals(Offer.INSTALL, entry(new Catalogue(repository, host, List::of).entries(), "dk").offer());
    }

    @Test
    void noRepositoryOffersNothingAndADamagedOneIsOneLineNamingIt() throws Exception {
        assertEquals(List.of(), new Catalogue(repository.resolve("none"), host, List::of).entries());
        assertEquals(List.of(), new Catalogue(null, host, List::of).entries());

        String neither = refusal();
        assertEquals("the plugin repository " + repository + " cannot be read: it has neither content.xml nor content.jar",
                neither);
        Files.writeString(repository.resolve("content.xml"), "<repository><units>");
        String broken = refusal();
        assertTrue(broken.startsWith("the plugin repository " + repository + " cannot be read: its content.xml is not"
                + " readable XML"), broken);
        assertEquals(1, broken.lines().count(), broken);
        // repository metadata is data: a document type (and so an external entity) is refused, nothing is fetched
        Files.writeString(repository.resolve("content.xml"), "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM"
                + " 'file:///etc/passwd'>]><repository><units>&x;</units></repository>");
        assertTrue(refusal().contains("is not readable XML"));
        Files.delete(repository.resolve("content.xml"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(repository.resolve("content.jar")))) {
            zip.putNextEntry(new ZipEntry("other.xml"));
        }
        assertTrue(refusal().endsWith("content.jar holds no content.xml"), refusal());
    }

    private String refusal() {
        return assertThrows(PluginException.class, () -> new Catalogue(repository, host, List::of).entries()).getMessage();
    }

    private static CatalogueEntry entry(List<CatalogueEntry> entries, String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    private static PluginInfo info(String code, String version, State state) {
        return new PluginInfo(code, "Name " + code, state == State.AVAILABLE ? null : "t." + code, version, null, "1.0.0",
                Origin.INSTALLED, state, null, Trust.TRUSTED, "Signer", List.of(), null);
    }

    private String unit(String id, String version, String code, String contract, String filter, boolean artifact)
            throws Exception {
        if (artifact) {
            Files.createDirectories(repository.resolve("plugins"));
            Files.write(repository.resolve("plugins").resolve(id + "_" + version + ".jar"), new byte[] {1});
        }
        return "<unit id='" + id + "' version='" + version + "'><properties size='3'>"
                + "<property name='org.eclipse.equinox.p2.name' value='Name of " + id + "'/>"
                + "<property name='org.eclipse.equinox.p2.description' value='Description of " + id + "'/>"
                + "<property name='org.eclipse.equinox.p2.provider' value='Provider'/></properties>"
                + "<provides size='2'><provided namespace='osgi.bundle' name='" + id + "' version='" + version + "'/>"
                + "<provided namespace='hta.jurisdiction' name='" + id + "-1' version='0.0.0'><properties size='2'>"
                + "<property name='code' value='" + code + "'/><property name='contract' value='" + contract
                + "' type='Version'/></properties></provided></provides>"
                + "<requires size='1'><requiredProperties namespace='hta.jurisdiction.contract' match='" + filter + "'/>"
                + "</requires><artifacts size='1'><artifact classifier='osgi.bundle' id='" + id + "' version='" + version
                + "'/></artifacts></unit>";
    }

    private static String library(String id, String version) {
        return "<unit id='" + id + "' version='" + version + "'><provides size='1'><provided namespace='osgi.bundle' name='"
                + id + "' version='" + version + "'/></provides></unit>";
    }

    private void write(String... units) throws Exception {
        List<String> all = new ArrayList<>(List.of(units));
        Files.writeString(repository.resolve("content.xml"), "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<?metadataRepository version='1.2.0'?>\n<repository name='test' type='x' version='1'><units size='"
                + all.size() + "'>" + String.join("\n", all) + "</units></repository>");
    }
}
