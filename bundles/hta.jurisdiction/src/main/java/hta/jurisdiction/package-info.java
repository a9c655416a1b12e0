/**
 * The jurisdiction contract: what one country's plugin contributes (identity, locale and currency, agencies,
 * formats, confidentiality policy, process and its time rules, status and decision vocabularies, case-reference
 * validation, memo templates), and the registry through which the core and other plugins reach it without
 * importing its bundle.
 *
 * <p>Package version (see the manifest): 1.0 the first contract; 1.1 added status vocabulary, case-reference
 * validation and {@link hta.jurisdiction.Jurisdiction#processRules()}; 1.2 removed the pre-release duplicate
 * {@code TimeTarget} type and {@code timeTargets()}: time targets are declared only as
 * {@code hta.timeline.TimeTarget}s in {@code processRules()}; 1.3 added {@link hta.jurisdiction.TimelineWords}, the
 * words of a memo's timeline chart in the jurisdiction's language (a plugin built for 1.2 keeps working, with
 * English words); 1.4 hands templates a read-only, need-to-know {@link hta.confidentiality.ProjectedView}
 * ({@code MemoTemplate.missingFields/render/fileName(ProjectedView, …)}). The methods taking the mutable
 * {@code ProjectedDossier} stay as deprecated defaults, so 1.4 is a minor step: a template built for 1.3 keeps
 * working and receives a new deep copy on each call, which it may change without effect (a major version would
 * have shut out every plugin built so far for no gain in safety); 1.4 also added
 * {@link hta.jurisdiction.TimelineWords.Description}, the words of the chart's text description (its alternative
 * text for assistive technology), {@link hta.jurisdiction.Jurisdiction#validate} and
 * {@link hta.jurisdiction.SubmissionChecks} (the jurisdiction rules {@code hta validate} runs), and
 * {@link hta.jurisdiction.Setting}s for the facts a jurisdiction leaves to administrators, and
 * {@link hta.jurisdiction.MemoText}, the words of a jurisdiction's memos in one place per language. A jurisdiction bundle
 * declares the contract it
 * implements with the capability {@code hta.jurisdiction;code=…;contract:Version=…} and requires
 * {@code hta.jurisdiction.contract}.
 */
@Version("1.4.0")
package hta.jurisdiction;

import org.osgi.annotation.versioning.Version;
