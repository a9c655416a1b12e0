/**
 * The timeline engine: processing times in calendar days and their parts, time targets judged on a given
 * day, forecasts, scenarios (alternative rule sets) and portfolio statistics. Jurisdictions declare their
 * rules as {@link hta.timeline.ProcessRules}; they render the words themselves. Package version 0.4.0 (see
 * the manifest): 0.2 added targets, forecasts, scenarios and portfolio statistics; 0.3 added statutory and
 * extendable targets, pathway lists, and the portfolio span; 0.4 accepts read-only submissions
 * ({@code hta.dossier.view.SubmissionView}), which is what plugins hold, and reads a submission as of a day
 * ({@link hta.timeline.SubmissionRecord}): later milestones have not happened on it, and what the record does not
 * say is unknown, never "not reached" ({@link hta.timeline.MilestoneState}, {@link hta.timeline.TargetState#UNKNOWN}).
 * The time targets of every jurisdiction are
 * declared here, through {@code Jurisdiction.processRules()}, and nowhere else.
 */
@Version("0.4.0")
package hta.timeline;

import org.osgi.annotation.versioning.Version;
