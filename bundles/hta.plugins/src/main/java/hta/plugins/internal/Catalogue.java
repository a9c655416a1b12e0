package hta.plugins.internal;

import hta.plugins.CatalogueEntry;
import hta.plugins.PluginException;
import hta.plugins.PluginInfo;
import hta.plugins.PluginInfo.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The catalogue of the plugin repository: every jurisdiction plugin it offers (newest version per code) with what
 * installing it would mean here: install, update, installed, or unavailable (incompatible, artifact missing).
 */
final class Catalogue {
    private final Path repository;
    private final ContractCheck contract;
    private final Supplier<List<PluginInfo>> installed;

    Catalogue(Path repository, ContractCheck contract, Supplier<List<PluginInfo>> installed) {
        this.repository = repository;
        this.contract = contract;
        this.installed = installed;
    }

    List<CatalogueEntry> entries() {
        List<RepositoryCatalogue.Unit> units;
        try {
            units = RepositoryCatalogue.read(repository);
        } catch (IOException e) {
            throw new PluginException("the plugin repository " + repository + " cannot be read: " + Problems.describe(e), e);
        }
        Map<String, PluginInfo> now = new LinkedHashMap<>();
        for (PluginInfo p : installed.get()) {
            if (p.state() != State.AVAILABLE && p.symbolicName() != null) now.put(p.code(), p);
        }
        List<CatalogueEntry> out = new ArrayList<>();
        for (RepositoryCatalogue.Unit u : units) {
            PluginInfo here = now.get(u.code());
            String who = u.name() + " (" + u.code() + ") " + u.version();
            String incompatible = contract.problem(who, u.contract(), u.contractFilter() == null ? null
                    : ContractCheck.CONTRACT_NAMESPACE + ";filter:=\"" + u.contractFilter() + "\"");
            CatalogueEntry.Offer offer;
            String note;
            if (u.jar() == null || !Files.isRegularFile(u.jar())) {
                offer = CatalogueEntry.Offer.UNAVAILABLE;
                note = "its artifact " + (u.jar() == null ? "" : u.jar().getFileName() + " ") + "is missing from the repository";
            } else if (incompatible != null) {
                offer = CatalogueEntry.Offer.UNAVAILABLE;
                note = incompatible;
            } else if (here == null) {
                offer = CatalogueEntry.Offer.INSTALL;
                note = "not installed";
            } else if (RepositoryCatalogue.version(u.version()).compareTo(RepositoryCatalogue.version(here.version())) > 0) {
                offer = CatalogueEntry.Offer.UPDATE;
                note = "replaces the installed version " + here.version();
            } else {
                offer = CatalogueEntry.Offer.INSTALLED;
                note = u.version().equals(here.version()) ? "installed" : "a newer version (" + here.version() + ") is installed";
            }
            out.add(new CatalogueEntry(u.code(), u.name(), u.version(), u.description(), u.provider(), u.contract(),
                    u.jar(), here == null ? null : here.version(), offer, note));
        }
        return out;
    }
}
