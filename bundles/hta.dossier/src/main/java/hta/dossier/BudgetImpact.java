package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Budget impact in one jurisdiction: patients per year and a table of years × rows whose cells are figures,
 * usually derived (their formula refers to prices and patient numbers).
 */
@JsonPropertyOrder({"jurisdiction", "currency", "patientsPerYear", "rows", "figures"})
public final class BudgetImpact extends Extensible {
    public String jurisdiction;
    public String currency;
    public List<java.math.BigDecimal> patientsPerYear = new ArrayList<>();
    public List<BudgetRow> rows = new ArrayList<>();
    /** Single figures outside the table, e.g. year-1 impact at the list price. */
    public List<Figure> figures = new ArrayList<>();

    /** One row of the table: a label and one cell per year. */
    @JsonPropertyOrder({"id", "label", "cells"})
    public static final class BudgetRow extends Extensible {
        public String id;
        public String label;
        public List<Figure> cells = new ArrayList<>();
    }
}
