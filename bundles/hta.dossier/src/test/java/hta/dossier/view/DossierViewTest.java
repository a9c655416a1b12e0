package hta.dossier.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A view holds everything the model holds, leads nowhere back to it, and cannot be changed. */
class DossierViewTest {
    private static final Path DEMO = Path.of("../../product/app/src/main/dist/demo-workspace");

    @Test
    void theViewHasEveryFieldOfTheModel() throws Exception {
        Dossier d = ModelSamples.everyFieldSet();
        byte[] model = DossierJson.write(d);
        byte[] back = DossierJson.write(DossierView.of(d).toDossier());
        assertEquals(new String(model, StandardCharsets.UTF_8), new String(back, StandardCharsets.UTF_8),
                "a field of the model is missing from hta.dossier.view (add it to the view record and its of/toModel)");
    }

    @Test
    void theDemoDossiersGoThroughTheViewUnchanged() throws Exception {
        for (String name : List.of("hemgenix.json", "zolgensma.json", "blincyto.json")) {
            DossierView v = DossierView.of(DossierJson.read(Files.readAllBytes(DEMO.resolve(name))));
            // fields the model keeps only because it does not know them (the demo files' notes) are not in a view
            assertEquals(v, DossierView.of(v.toDossier()), name);
        }
    }

    @Test
    void changingTheModelAfterwardsDoesNotShowInTheView() throws Exception {
        Dossier d = ModelSamples.everyFieldSet();
        DossierView v = DossierView.of(d);
        String before = v.toString();
        d.prices.get(0).amount = null;
        d.submissions.get(0).sections.values().iterator().next().paragraphs.get(0).get(0).text = "changed";
        d.submissions.get(0).jurisdictionData.put("value", 2);
        d.product.localNames.clear();
        assertEquals(before, v.toString());
    }

    @Test
    void noCollectionReachableFromTheViewCanBeChanged() throws Exception {
        DossierView v = DossierView.of(ModelSamples.everyFieldSet());
        List<String> checked = new ArrayList<>();
        walk(v, "dossier", checked, new IdentityHashMap<>());
        assertTrue(checked.size() > 40, "walked " + checked);
    }

    @Test
    void aViewRecordsFieldsCannotBeSetByReflection() throws Exception {
        DossierView v = DossierView.of(ModelSamples.everyFieldSet());
        Field prices = DossierView.class.getDeclaredField("prices");
        prices.setAccessible(true); // reading is possible ...
        assertThrows(IllegalAccessException.class, () -> prices.set(v, new ArrayList<>())); // ... writing is not
        Object list = prices.get(v);
        // the copy inside the JDK's unmodifiable wrapper cannot be opened from outside java.base
        Field inner = list.getClass().getSuperclass().getDeclaredField("list");
        assertThrows(InaccessibleObjectException.class, () -> inner.setAccessible(true));
    }

    /** Every collection and map of the view refuses changes; records are walked through their components. */
    private static void walk(Object o, String path, List<String> checked, Map<Object, Boolean> seen) throws Exception {
        if (o == null || seen.put(o, Boolean.TRUE) != null) return;
        if (o instanceof Collection<?> c) {
            assertThrows(UnsupportedOperationException.class, () -> ((Collection<Object>) c).add(null), path);
            assertThrows(UnsupportedOperationException.class, () -> c.clear(), path);
            if (o instanceof List<?> l && !l.isEmpty()) {
                assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) l).set(0, null), path);
            }
            checked.add(path);
            int i = 0;
            for (Object e : c) walk(e, path + "[" + i++ + "]", checked, seen);
        } else if (o instanceof Map<?, ?> m) {
            assertThrows(UnsupportedOperationException.class, () -> ((Map<Object, Object>) m).put("x", null), path);
            assertThrows(UnsupportedOperationException.class, () -> m.clear(), path);
            if (!m.isEmpty()) {
                Map.Entry<?, ?> e = m.entrySet().iterator().next();
                assertThrows(UnsupportedOperationException.class, () -> ((Map.Entry<Object, Object>) e).setValue(null), path);
            }
            checked.add(path);
            for (Map.Entry<?, ?> e : m.entrySet()) walk(e.getValue(), path + "{" + e.getKey() + "}", checked, seen);
        } else if (o.getClass().isRecord()) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                walk(rc.getAccessor().invoke(o), path + "." + rc.getName(), checked, seen);
            }
        } else if (!(o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Enum
                || o instanceof java.time.temporal.Temporal)) {
            fail(path + " is a " + o.getClass() + ", which may be mutable");
        }
    }
}
