package hta.confidentiality;

import hta.dossier.Dossier;
import hta.dossier.json.DossierJson;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints how long, once warm, the steps issue 14 adds to a public export take on the demo Hemgenix dossier: the
 * structural check, and the scan of every printed field with its path (on the public view, as the exporter does).
 * A development aid, not a test (the bench module times whole exports): run its {@code main} by hand from the
 * repository root with the bundle's classes and test classes on the class path.
 */
public final class StructureTiming {
    private StructureTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "product/app/src/main/dist/demo-workspace/hemgenix.json");
        Dossier d = DossierJson.read(Files.readAllBytes(file));
        ConfidentialityPolicy policy = TaintTest.AGREED_SECRET;
        ConfidentialityAnalysis analysis = ConfidentialityAnalysis.of(d, policy);
        LeakIndex index = analysis.leakIndex();
        ProjectedView view = ProjectedView.of(d, "no", policy, Variant.PUBLIC, analysis, ValueFormat.PLAIN);
        int n = 0;
        for (int i = 0; i < 300; i++) {
            n += StructuralCheck.check(d, policy).size();
            n += PrintedFields.scan(view.dossier().toDossier(), "no", index).size();
        }
        long structure = Long.MAX_VALUE;
        long fields = Long.MAX_VALUE;
        for (int i = 0; i < 100; i++) {
            long t0 = System.nanoTime();
            n += StructuralCheck.check(d, policy).size();
            long t1 = System.nanoTime();
            n += PrintedFields.scan(view.dossier().toDossier(), "no", index).size();
            long t2 = System.nanoTime();
            structure = Math.min(structure, t1 - t0);
            fields = Math.min(fields, t2 - t1);
        }
        System.out.printf("%s: structural check %.2f ms, printed-field scan %.2f ms (best of 100, warm; %d)%n",
                file.getFileName(), structure / 1e6, fields / 1e6, n % 7);
    }
}
