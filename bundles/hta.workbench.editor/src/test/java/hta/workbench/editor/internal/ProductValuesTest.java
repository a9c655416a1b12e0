package hta.workbench.editor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.workbench.editor.internal.ops.FieldEdit;
import hta.workbench.editor.internal.ops.OperationHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ProductValuesTest {

    @Test
    void codesReadAsWordsAndAnUnknownCodeIsShownAsItIs() {
        assertEquals("Gene therapy", ProductValues.label(ProductValues.THERAPY_KINDS, "GENE_THERAPY"));
        assertEquals("CAR-T cell therapy", ProductValues.label(ProductValues.THERAPY_KINDS, "CAR_T"));
        assertEquals("Exceptional circumstances",
                ProductValues.label(ProductValues.AUTHORISATION_TYPES, "EXCEPTIONAL_CIRCUMSTANCES"));
        assertEquals("(not set)", ProductValues.label(ProductValues.AUTHORISATION_TYPES, null));
        assertEquals("OTHER_KIND (unknown code)", ProductValues.label(ProductValues.THERAPY_KINDS, "OTHER_KIND"));
        assertEquals("OTHER_KIND", ProductValues.unknown("OTHER_KIND").code);

        List<String> offered = new ArrayList<>();
        ProductValues.choices(ProductValues.THERAPY_KINDS).forEach(c -> offered.add(c.code + "=" + c));
        assertEquals(List.of("null=(not set)", "GENE_THERAPY=Gene therapy", "CAR_T=CAR-T cell therapy",
                "BISPECIFIC_ANTIBODY=Bispecific antibody", "CONVENTIONAL=Conventional medicine"), offered);
        offered.clear();
        ProductValues.choices(ProductValues.AUTHORISATION_TYPES).forEach(c -> offered.add(c.code + "=" + c));
        assertEquals(List.of("null=(not set)", "FULL=Full", "CONDITIONAL=Conditional",
                "EXCEPTIONAL_CIRCUMSTANCES=Exceptional circumstances"), offered);
    }

    @Test
    void anIsoDateIsReadAndAnythingElseRefusedWithTheFormatToUse() {
        assertEquals(LocalDate.of(2023, 2, 20), ProductValues.parseDate(" 2023-02-20 "));
        assertNull(ProductValues.parseDate("  "));
        for (String bad : List.of("2023-13-45", "20.02.2023", "2023-02-30", "2023-2-20", "soon")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProductValues.parseDate(bad));
            assertEquals("'" + bad + "' is not a date: write it as yyyy-MM-dd, e.g. 2023-02-20", e.getMessage());
        }
        assertEquals("2023-02-20", ProductValues.formatDate(LocalDate.of(2023, 2, 20)));
        assertEquals("", ProductValues.formatDate(null));
    }

    @Test
    void localSpellingsAreAddedRenamedChangedAndRemovedKeepingTheirOrder() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("nb", "etranakogendezaparvovek");
        names.put("sv", "etranakogen-dezaparvovek");

        Map<String, String> added = ProductValues.withAdded(names, " da ", " etranacogene dezaparvovec ");
        assertEquals(List.of("nb", "sv", "da"), new ArrayList<>(added.keySet()));
        assertEquals("etranacogene dezaparvovec", added.get("da"));
        assertEquals(2, names.size(), "the original map is not changed");

        Map<String, String> renamed = ProductValues.withTag(added, "nb", "nn");
        assertEquals(List.of("nn", "sv", "da"), new ArrayList<>(renamed.keySet()));
        assertEquals("etranakogendezaparvovek", renamed.get("nn"));

        assertEquals("x", ProductValues.withSpelling(renamed, "sv", " x ").get("sv"));
        assertEquals(List.of("nn", "da"), new ArrayList<>(ProductValues.without(renamed, "sv").keySet()));
        assertTrue(ProductValues.same(names, new LinkedHashMap<>(names)));
        assertTrue(!ProductValues.same(names, added));
        assertTrue(ProductValues.same(null, Map.of()));
    }

    @Test
    void aBadLanguageTagOrAnEmptySpellingIsRefusedInWords() {
        Map<String, String> names = new LinkedHashMap<>(Map.of("nb", "etranakogendezaparvovek"));
        assertEquals("There is already a spelling for 'nb': change it in the table instead",
                assertThrows(IllegalArgumentException.class, () -> ProductValues.withAdded(names, "NB", "x")).getMessage());
        assertEquals("'n b' is not a language tag: write one such as nb, sv or da",
                assertThrows(IllegalArgumentException.class, () -> ProductValues.withAdded(names, "n b", "x")).getMessage());
        assertEquals("The language tag is empty: write one such as nb, sv or da",
                assertThrows(IllegalArgumentException.class, () -> ProductValues.withAdded(names, " ", "x")).getMessage());
        assertEquals("The spelling for 'sv' is empty: write it, or remove the row",
                assertThrows(IllegalArgumentException.class, () -> ProductValues.withAdded(names, "sv", " ")).getMessage());
        assertEquals("The spelling for 'nb' is empty: write it, or remove the row",
                assertThrows(IllegalArgumentException.class, () -> ProductValues.withSpelling(names, "nb", "")).getMessage());
        Map<String, String> two = ProductValues.withAdded(names, "sv", "y");
        assertEquals("There is already a spelling for 'nb': remove one of the two first",
                assertThrows(IllegalArgumentException.class, () -> ProductValues.withTag(two, "sv", "nb")).getMessage());
        assertEquals(List.of("nb-NO", "sv"), new ArrayList<>(ProductValues.withTag(two, "nb", "nb-NO").keySet()));
    }

    @Test
    void aChangeOfTheSpellingsIsOneEditThatUndoRestoresExactly() {
        Dossier d = new Dossier();
        d.product.localNames.put("nb", "etranakogendezaparvovek");
        d.product.localNames.put("sv", "etranakogen-dezaparvovek");
        OperationHistory h = new OperationHistory(d);
        Function<Dossier, Map<String, String>> get = ProductValues::localNames;
        BiConsumer<Dossier, Map<String, String>> set = ProductValues::setLocalNames;
        Map<String, String> live = d.product.localNames;
        h.execute(FieldEdit.of("Add", d, get, set, ProductValues.withAdded(get.apply(d), "da", "dz")));
        h.execute(FieldEdit.of("Remove", d, get, set, ProductValues.without(get.apply(d), "nb")));
        assertEquals(List.of("sv", "da"), new ArrayList<>(d.product.localNames.keySet()));
        h.undo();
        assertEquals(List.of("nb", "sv", "da"), new ArrayList<>(d.product.localNames.keySet()));
        h.undo();
        assertEquals(Map.of("nb", "etranakogendezaparvovek", "sv", "etranakogen-dezaparvovek"), d.product.localNames);
        assertEquals(List.of("nb", "sv"), new ArrayList<>(d.product.localNames.keySet()));
        h.redo();
        assertEquals("dz", d.product.localNames.get("da"));
        assertTrue(live == d.product.localNames, "the dossier keeps its own map");
    }
}
