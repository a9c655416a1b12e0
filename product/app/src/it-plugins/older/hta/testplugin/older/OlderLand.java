package hta.testplugin.older;

import hta.confidentiality.ConfidentialityPolicy;
import hta.confidentiality.ProjectedDossier;
import hta.confidentiality.RedactionMark;
import hta.dossier.Dossier;
import hta.dossier.PriceKind;
import hta.dossier.PricePoint;
import hta.dossier.Submission;
import hta.jurisdiction.Agency;
import hta.jurisdiction.DecisionTerm;
import hta.jurisdiction.Formats;
import hta.jurisdiction.Jurisdiction;
import hta.jurisdiction.MemoContext;
import hta.jurisdiction.MemoTemplate;
import hta.jurisdiction.StandardFormats;
import hta.jurisdiction.memo.Block;
import hta.jurisdiction.memo.MemoDocument;
import hta.jurisdiction.memo.ProjectedText;
import hta.timeline.ProcessDefinition;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Testland to, compiled against the previous release's API (contract 1.3, releng/baseline) as an outside team's
 * plugin would be: its template implements the methods of 1.3, reads the mutable model and even changes it, and
 * writes its price and narrative through the 1.3 {@code ProjectedText}. On a newer minor contract it must keep
 * working.
 */
public final class OlderLand implements Jurisdiction, BundleActivator {
    private static final Formats FORMATS = new StandardFormats(Locale.UK, ',', '.', '-', "dd/MM/yyyy", "d MMMM yyyy",
            (number, currency) -> number + " " + currency, (page, count) -> page + "/" + count);

    @Override
    public void start(BundleContext context) {
        context.registerService(Jurisdiction.class, this, null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }

    @Override
    public String code() {
        return "to";
    }

    @Override
    public String displayName() {
        return "Testland to (contract 1.3)";
    }

    @Override
    public String nativeName() {
        return "Testland";
    }

    @Override
    public Locale locale() {
        return Locale.UK;
    }

    @Override
    public Currency currency() {
        return Currency.getInstance("GBP");
    }

    @Override
    public List<Agency> agencies() {
        return List.of();
    }

    @Override
    public Formats formats() {
        return FORMATS;
    }

    @Override
    public ConfidentialityPolicy confidentiality() {
        return new ConfidentialityPolicy() {
            @Override
            public Set<PriceKind> confidentialPriceKinds() {
                return Set.of(PriceKind.AGREED_PRICE);
            }

            @Override
            public RedactionMark redactionMark() {
                return new RedactionMark(RedactionMark.Style.TEXT, "[confidential]");
            }
        };
    }

    @Override
    public ProcessDefinition process() {
        return new ProcessDefinition(List.of("to.start", "to.end"), List.of(), "to.start", "to.end");
    }

    @Override
    public List<DecisionTerm> decisionVocabulary() {
        return List.of();
    }

    @Override
    public List<MemoTemplate> memoTemplates() {
        return List.of(new MemoTemplate() {
            @Override
            public String id() {
                return "older";
            }

            @Override
            public String title() {
                return "Memo of contract 1.3";
            }

            @Override
            public List<String> missingFields(ProjectedDossier dossier, MemoContext context) {
                return dossier.dossier().submission("to").isPresent() ? List.of()
                        : List.of("submissions[to]: the dossier has no Testland submission");
            }

            @Override
            public MemoDocument render(ProjectedDossier view, MemoContext context) {
                Dossier d = view.dossier();
                Submission s = d.submission("to").orElseThrow();
                Optional<PricePoint> price = d.prices("to").findFirst();
                List<Block> blocks = new ArrayList<>();
                blocks.add(new Block.Heading(1, "Memo for " + d.product.brandName));
                blocks.add(new Block.Paragraph(List.of(ProjectedText.price(view, price, FORMATS))));
                blocks.addAll(ProjectedText.paragraphs(s.sections.get("notes"), view));
                // code written for the mutable model may change what it got: only its own copy
                d.prices.clear();
                s.sections.clear();
                return new MemoDocument("Memo of contract 1.3", "en", view.variant().isPublic() ? "PUBLIC" : "CONFIDENTIAL",
                        FORMATS::pageNumber, blocks);
            }

            @Override
            public String fileName(ProjectedDossier view) {
                return "older_" + view.variant().name().toLowerCase(Locale.ROOT) + ".pdf";
            }
        });
    }
}
