package hta.workbench.editor.internal;

import hta.workbench.api.EditorPage;
import hta.workbench.api.EditorPageContribution;
import hta.workbench.api.EditorPageSite;
import hta.workbench.api.EditorPlace;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;

/**
 * The dossier editor's own pages, each contributed as an {@link EditorPageContribution} service like any other
 * bundle's page: Product, Evidence, Economics, Prices, Budget Impact and Narratives, for every dossier.
 */
public final class BuiltInPages {
    private BuiltInPages() {
    }

    /** A page for every dossier, with a fixed id, title and rank. */
    abstract static class Page implements EditorPageContribution {
        private final String id;
        private final String title;
        private final int rank;
        private final Function<EditorPageSite, EditorPage> factory;

        Page(String id, String title, int rank, Function<EditorPageSite, EditorPage> factory) {
            this.id = id;
            this.title = title;
            this.rank = rank;
            this.factory = factory;
        }

        @Override
        public final String id() {
            return id;
        }

        @Override
        public final String title() {
            return title;
        }

        @Override
        public final String jurisdiction() {
            return null;
        }

        @Override
        public final int rank() {
            return rank;
        }

        @Override
        public final EditorPage createPage(EditorPageSite site) {
            return factory.apply(site);
        }
    }

    @Component(service = EditorPageContribution.class)
    public static final class Product extends Page {
        public Product() {
            super(EditorPlace.PRODUCT, "Product", 100, ProductPage::new);
        }
    }

    @Component(service = EditorPageContribution.class)
    public static final class Evidence extends Page {
        public Evidence() {
            super(EditorPlace.EVIDENCE, "Evidence", 200, EvidencePage::new);
        }
    }

    @Component(service = EditorPageContribution.class)
    public static final class Economics extends Page {
        public Economics() {
            super(EditorPlace.ECONOMICS, "Economics", 300, EconomicsPage::new);
        }
    }

    @Component(service = EditorPageContribution.class)
    public static final class Prices extends Page {
        public Prices() {
            super(EditorPlace.PRICES, "Prices", 400, PricesPage::new);
        }
    }

    @Component(service = EditorPageContribution.class)
    public static final class Budget extends Page {
        public Budget() {
            super(EditorPlace.BUDGET, "Budget Impact", 500, BudgetPage::new);
        }
    }

    @Component(service = EditorPageContribution.class)
    public static final class Narratives extends Page {
        public Narratives() {
            super(EditorPlace.NARRATIVES, "Narratives", 600, NarrativesPage::new);
        }
    }
}
