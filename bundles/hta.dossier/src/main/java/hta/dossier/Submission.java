package hta.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dossier's submission in one jurisdiction. Fields every process has are typed; anything particular to
 * one jurisdiction lives in {@link #jurisdictionData}, which the core keeps verbatim whether or not that
 * jurisdiction's plugin is installed.
 */
@JsonPropertyOrder({"jurisdiction", "caseReference", "pathway", "status", "milestones", "decision", "agreements",
        "sections", "recipients", "copyTo", "sender", "signatories", "jurisdictionData"})
public final class Submission extends Extensible {
    public String jurisdiction;
    public String caseReference;
    public String pathway;
    public String status;
    public List<Milestone> milestones = new ArrayList<>();
    public Decision decision;
    public List<Agreement> agreements = new ArrayList<>();
    /** Narrative text keyed by the template section id. */
    public Map<String, Narrative> sections = new LinkedHashMap<>();
    public List<Party> recipients = new ArrayList<>();
    public List<Party> copyTo = new ArrayList<>();
    public Party sender;
    public List<Party> signatories = new ArrayList<>();
    public ObjectNode jurisdictionData;

    public Optional<Milestone> milestone(String kind) {
        return milestones.stream().filter(m -> kind.equals(m.kind)).findFirst();
    }
}
