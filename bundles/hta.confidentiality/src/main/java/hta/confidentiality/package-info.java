/**
 * Confidentiality: classifications, taint through formulas, secondary suppression, the public projection, the
 * read-only need-to-know view a plugin receives ({@link hta.confidentiality.ProjectedView}), and the leak scanner.
 *
 * <p>Package version 0.13: 0.2 taint, formulas and secondary suppression; 0.3 recorded declassifications; 0.4
 * {@code ProjectedView} and {@code ProjectedDossier.copyOf}; 0.5 {@code ConfidentialityAnalysis}, made once per export, and for issue 14 the
 * structural check that fails closed ({@code StructuralCheck}), printed fields with their paths
 * ({@code PrintedFields}, {@code Disclosure}), acknowledged coincidences ({@code Coincidences}) and references in
 * narrative ({@code ReferencedValue}, {@code ValueFormat}, {@code ReferenceSuggestions}); 0.6 the prose around a
 * number a jurisdiction declares ({@code ProseWords}: currencies, exchange rates, hedges, free goods, ordinals,
 * cycles, VAT words) and a derivation's currency ({@code Derivation.currency}); 0.7 the names of the prices a
 * jurisdiction keeps confidential ({@code ProseWords.confidentialPrices}, {@code NumberWords.withConfidentialPrices});
 * 0.8 an analysis that also reads other languages' words ({@code ConfidentialityAnalysis.of(Dossier, policy, words)}); 0.9 a quarter of a year as a length of time
 * ({@code NumberWords.Duration.QUARTERS}: "780 000 kroner per kvartal"); 0.10 words that set one number against
 * another ({@code NumberWords.withRatioWords}) and an hour ({@code Duration.HOURS}); 0.11 a minute and a decade
 * ({@code Duration.MINUTES}, {@code Duration.DECADES}); 0.12 a second and a quarter of an hour ({@code Duration.SECONDS},
 * {@code Duration.QUARTER_HOURS}: "9,89 øre i sekundet", "88,98 kroner per kvarter"); 0.13 a public value's currency
 * ({@code PublicValue.currency}).
 */
@Version("0.13.0")
package hta.confidentiality;

import org.osgi.annotation.versioning.Version;
