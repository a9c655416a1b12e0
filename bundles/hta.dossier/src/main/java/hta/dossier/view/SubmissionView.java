package hta.dossier.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hta.dossier.Submission;
import hta.dossier.json.DossierJson;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only {@link Submission}: the dossier's submission in one jurisdiction. Immutable.
 *
 * @param jurisdictionData what is particular to the jurisdiction, as JSON text (a JSON object), or null; text
 *                         because a JSON tree could be changed by whoever holds it
 * @param jurisdictionName the jurisdiction's name as recorded beside its code ({@link Submission#jurisdictionName}),
 *                         or null
 * @since 1.0 ({@code jurisdictionName} since 1.3)
 */
public record SubmissionView(String jurisdiction, String caseReference, String pathway, String status,
                             List<MilestoneView> milestones, DecisionView decision, List<AgreementView> agreements,
                             Map<String, NarrativeView> sections, List<PartyView> recipients, List<PartyView> copyTo,
                             PartyView sender, List<PartyView> signatories, String jurisdictionData,
                             String jurisdictionName) {
    public SubmissionView {
        milestones = Copies.list(milestones);
        agreements = Copies.list(agreements);
        sections = Copies.map(sections);
        recipients = Copies.list(recipients);
        copyTo = Copies.list(copyTo);
        signatories = Copies.list(signatories);
    }

    /** A submission without a recorded jurisdiction name (the form of 1.0–1.2). */
    public SubmissionView(String jurisdiction, String caseReference, String pathway, String status,
                          List<MilestoneView> milestones, DecisionView decision, List<AgreementView> agreements,
                          Map<String, NarrativeView> sections, List<PartyView> recipients, List<PartyView> copyTo,
                          PartyView sender, List<PartyView> signatories, String jurisdictionData) {
        this(jurisdiction, caseReference, pathway, status, milestones, decision, agreements, sections, recipients, copyTo,
                sender, signatories, jurisdictionData, null);
    }

    public static SubmissionView of(Submission s) {
        return s == null ? null : new SubmissionView(s.jurisdiction, s.caseReference, s.pathway, s.status,
                Copies.list(s.milestones, MilestoneView::of), DecisionView.of(s.decision),
                Copies.list(s.agreements, AgreementView::of), Copies.map(s.sections, NarrativeView::of),
                Copies.list(s.recipients, PartyView::of), Copies.list(s.copyTo, PartyView::of), PartyView.of(s.sender),
                Copies.list(s.signatories, PartyView::of), json(s.jurisdictionData), s.jurisdictionName);
    }

    public Optional<MilestoneView> milestone(String kind) {
        return milestones.stream().filter(m -> m != null && kind.equals(m.kind())).findFirst();
    }

    /** The same submission with other milestones, e.g. one a template stands in for a missing milestone. */
    public SubmissionView withMilestones(List<MilestoneView> replaced) {
        return new SubmissionView(jurisdiction, caseReference, pathway, status, replaced, decision, agreements,
                sections, recipients, copyTo, sender, signatories, jurisdictionData, jurisdictionName);
    }

    /** A new, mutable model object with this content; changing it changes nothing else. */
    public Submission toSubmission() {
        Submission s = new Submission();
        s.jurisdiction = jurisdiction;
        s.jurisdictionName = jurisdictionName;
        s.caseReference = caseReference;
        s.pathway = pathway;
        s.status = status;
        s.milestones = Copies.mutable(milestones, MilestoneView::toModel);
        s.decision = decision == null ? null : decision.toModel();
        s.agreements = Copies.mutable(agreements, AgreementView::toModel);
        s.sections = Copies.mutable(sections, NarrativeView::toModel);
        s.recipients = Copies.mutable(recipients, PartyView::toModel);
        s.copyTo = Copies.mutable(copyTo, PartyView::toModel);
        s.sender = sender == null ? null : sender.toModel();
        s.signatories = Copies.mutable(signatories, PartyView::toModel);
        s.jurisdictionData = tree(jurisdictionData);
        return s;
    }

    private static String json(ObjectNode data) {
        if (data == null) return null;
        try {
            return DossierJson.mapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode tree(String json) {
        if (json == null) return null;
        try {
            return (ObjectNode) DossierJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
