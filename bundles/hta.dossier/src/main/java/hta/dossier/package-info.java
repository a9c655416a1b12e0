/**
 * The dossier model: one medicine's HTA dossier with its product, evidence, economics, prices, budget impacts
 * and per-jurisdiction submissions. Mutable classes with public fields, edited by one thread at a time; plugins
 * receive read-only copies ({@link hta.dossier.view}).
 *
 * <p>Package version 0.2: agreement dates and references, who saved a revision ({@code SaveInfo}); the micro version after it put the version and the roles in code.
 * 0.3: agreement ids, references to values in narrative ({@code TextRun.ref}), acknowledged coincidences
 * ({@code Acknowledgement}, {@code Dossier.acknowledgements}), the editor page of a field ({@code EditorPages}).
 * 0.4: the jurisdiction's name recorded beside its code ({@code Submission.jurisdictionName}).
 */
@Version("0.4.0")
package hta.dossier;

import org.osgi.annotation.versioning.Version;
