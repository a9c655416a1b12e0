package hta.timeline;

import java.util.List;

/**
 * A jurisdiction's process: its milestone kinds in order, its phases, and the span whose length is reported
 * as the processing time.
 *
 * @param milestoneKinds the kinds in process order
 * @param phases         the phases, each between two kinds
 * @param totalStartKind the kind that starts the reported processing time
 * @param totalEndKind   the kind that ends it
 */
public record ProcessDefinition(List<String> milestoneKinds, List<PhaseDefinition> phases, String totalStartKind,
                                String totalEndKind) {
    public ProcessDefinition {
        milestoneKinds = List.copyOf(milestoneKinds);
        phases = List.copyOf(phases);
    }
}
