package hta.dossier.pg.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfidentialPartsTest {
    /** Confidential values of the demo dossier, by jurisdiction, as they appear in its JSON. */
    static final Map<String, List<String>> SECRETS = Map.of(
            "no", List.of("29950000", "224625000", "44925000", "23400000", "201225000", "9,6 år"),
            "dk", List.of("19500000"),
            "se", List.of("24500000"),
            "global", List.of("3120000", "9.6"));

    @Test
    void thePublicPartHoldsNoConfidentialValueAndThePartsPutItBackByteForByte() throws Exception {
        Dossier d = Team.hemgenix();
        byte[] original = DossierJson.write(d);
        ConfidentialParts.Split split = ConfidentialParts.split(d, Team.POLICIES, code -> true);
        String pub = split.publicText();
        SECRETS.values().stream().flatMap(List::stream).forEach(v -> assertFalse(pub.contains(v), v + " in the public part"));
        assertTrue(pub.contains("43028738"), "the public maximum price stays public");
        SECRETS.forEach((code, values) -> values.forEach(v -> assertTrue(split.parts().get(code).contains(v.replace("å", "\\u00E5"))
                || split.parts().get(code).contains(v), v + " in part " + code)));
        assertEquals(Set.of("no", "se", "dk", "nice", "smc", "global"), split.parts().keySet());
        assertTrue(ConfidentialParts.keys(split.parts().get("no")).contains("prices/1/amount"),
                "Norway's second price, counted among Norway's prices only: " + split.parts().get("no"));

        Dossier loaded = DossierJson.read(split.publicJson());
        ConfidentialParts.merge(loaded, split.parts());
        assertArrayEquals(original, DossierJson.write(loaded),
                () -> "round trip differs:\n" + new String(DossierJson.write(loaded), StandardCharsets.UTF_8));
    }

    @Test
    void onlyThePartsTheCallerWritesAreSentButNothingConfidentialStaysPublic() throws Exception {
        Dossier d = Team.hemgenix();
        ConfidentialParts.Split split = ConfidentialParts.split(d, Team.POLICIES, "dk"::equals);
        assertEquals(Set.of("dk"), split.parts().keySet());
        SECRETS.values().stream().flatMap(List::stream)
                .forEach(v -> assertFalse(split.publicText().contains(v), v + " in the public part"));
    }

    @Test
    void aPartLoadedIntoADossierOfAnotherJurisdictionsShapeStaysInItsOwnJurisdiction() throws Exception {
        Dossier d = Team.hemgenix();
        ConfidentialParts.Split split = ConfidentialParts.split(d, Team.POLICIES, code -> true);
        Dossier loaded = DossierJson.read(split.publicJson());
        // a Danish writer adds a Danish price before every other: Norway's positions are counted among Norway's only
        hta.dossier.PricePoint extra = new hta.dossier.PricePoint();
        extra.id = "dk-new";
        extra.jurisdiction = "dk";
        loaded.prices.add(0, extra);
        ConfidentialParts.merge(loaded, Map.of("no", split.parts().get("no")));
        assertEquals(new java.math.BigDecimal("29950000"), loaded.price("no-rhf-aup").orElseThrow().amount);
        assertEquals(null, loaded.price("dk-new").orElseThrow().amount);
    }
}
