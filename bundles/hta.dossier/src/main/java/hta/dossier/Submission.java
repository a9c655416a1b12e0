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
@JsonPropertyOrder({"jurisdiction", "jurisdictionName", "caseReference", "pathway", "status", "milestones", "decision", "agreements",
        "sections", "recipients", "copyTo", "sender", "signatories", "jurisdictionData"})
public final class Submission extends Extensible {
    public String jurisdiction;
    /**
     * The jurisdiction's name in words ("EU joint clinical assessment"), as its plugin gave it when the submission was
     * last saved by a workbench with that plugin installed: a workbench (or a command) without the plugin can still
     * say which jurisdiction this is, not only its code. Optional, written only when set; a file without it loads as
     * before, and a version that does not know it keeps it ({@link Extensible}).
     *
     * @since 0.4
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public String jurisdictionName;
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
