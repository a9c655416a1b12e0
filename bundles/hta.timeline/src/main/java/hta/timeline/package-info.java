/**
 * The timeline engine: processing times in calendar days and their parts, time targets judged on a given
 * day, forecasts, scenarios (alternative rule sets) and portfolio statistics. Jurisdictions declare their
 * rules as {@link hta.timeline.ProcessRules}; they render the words themselves. Package version 0.2.0 (see
 * the manifest): 0.2 added targets, forecasts, scenarios and portfolio statistics.
 */
package hta.timeline;
