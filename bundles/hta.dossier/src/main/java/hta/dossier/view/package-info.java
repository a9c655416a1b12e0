/**
 * Read-only views of the dossier model: immutable records, one per model class, with the model's field names
 * as accessors. Plugins receive these, never the model, so nothing they do can change a saved dossier or a
 * projection the core relies on.
 *
 * <p>Package version 1.0: the first version; 1.1 added agreement ids, references in narrative
 * ({@code TextRunView.ref}) and the dossier's acknowledged coincidences (record components, so code that
 * constructs these records itself must follow); 1.2 where the product's authorisation was published
 * ({@code ProductView.authorisationPublished}, the former constructor kept); 1.3 the jurisdiction's name recorded
 * beside its code ({@code SubmissionView.jurisdictionName}, the former constructor kept).
 */
@Version("1.3.0")
package hta.dossier.view;

import org.osgi.annotation.versioning.Version;
