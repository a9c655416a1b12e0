package hta.workbench.shell.internal;

import hta.dossier.repository.DossierSummary;
import hta.jurisdiction.Jurisdiction;
import hta.workbench.api.EditorPart;
import hta.workbench.api.EditorPlace;
import hta.workbench.api.PreferencePage;
import hta.workbench.shell.internal.commands.Command;
import hta.workbench.shell.internal.commands.CommandFinder.Item;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the command finder lists: every command, every dossier of the workspace and its jurisdictions' pages, the
 * pages of the open editors, and the preference pages — each with what choosing it does. Made when the finder
 * opens; EDT.
 */
final class FinderItems {
    private final Workbench wb;

    FinderItems(Workbench wb) {
        this.wb = wb;
    }

    List<Item> all() {
        List<Item> items = new ArrayList<>();
        for (Command c : wb.commands.all()) {
            String where = c.category() + (Command.WORKBENCH.equals(c.source()) ? "" : " · " + c.source());
            items.add(new Item(c.label(), where, wb.commands.keysText(c), c.id(), c.isEnabled(), () -> wb.run(c)));
        }
        Set<String> labels = new LinkedHashSet<>();
        for (DossierSummary d : wb.dossiers()) dossier(items, labels, d);
        for (String id : wb.editors().openDossierIds()) openEditor(items, labels, id);
        for (PreferencePage p : wb.preferencePages()) {
            items.add(new Item("Preferences › " + p.title(), "Preference page", "", "settings options " + p.id(), true,
                    () -> wb.showPreferences(p.title())));
        }
        return items;
    }

    /** Every dossier of the workspace (File › Open Dossier…). */
    List<Item> dossiers() {
        List<Item> items = new ArrayList<>();
        for (DossierSummary d : wb.dossiers()) {
            String name = d.brandName() != null ? d.brandName() : d.id();
            items.add(new Item(name + (d.inn() == null ? "" : " (" + d.inn() + ")"), d.id(), "",
                    String.join(" ", d.jurisdictions()), true, () -> wb.editors().open(d.id(), null)));
        }
        return items;
    }

    /** A dossier, and the page of each of its jurisdictions (installed or not: the page is there when it is). */
    private void dossier(List<Item> items, Set<String> labels, DossierSummary d) {
        String name = d.brandName() != null ? d.brandName() : d.id();
        items.add(new Item("Open " + name + (d.inn() == null ? "" : " (" + d.inn() + ")"), "Dossier", "", d.id(), true,
                () -> wb.editors().open(d.id(), null)));
        for (String code : d.jurisdictions()) {
            Optional<Jurisdiction> j = wb.site().jurisdiction(code);
            if (j.isEmpty()) continue;
            String label = name + " › " + j.get().displayName();
            if (!labels.add(label)) continue;
            items.add(new Item(label, "Page of the dossier", "", code + " " + j.get().nativeName(), true,
                    () -> wb.editors().open(d.id(), EditorPlace.jurisdiction(code, null))));
        }
    }

    /** The pages of an open editor (Product, Prices … and its jurisdictions'). */
    private void openEditor(List<Item> items, Set<String> labels, String id) {
        Optional<EditorPart> part = wb.editors().part(id);
        if (part.isEmpty()) return;
        String name = part.get().dossier().product != null && part.get().dossier().product.brandName != null
                ? part.get().dossier().product.brandName : id;
        for (Map.Entry<String, String> page : part.get().pageTitles().entrySet()) {
            String label = name + " › " + page.getValue();
            if (!labels.add(label)) continue;
            items.add(new Item(label, "Page of an open editor", "", page.getKey(), true,
                    () -> wb.editors().open(id, EditorPlace.page(page.getKey()))));
        }
    }
}
