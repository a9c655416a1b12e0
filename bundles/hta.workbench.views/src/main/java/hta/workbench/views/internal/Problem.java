package hta.workbench.views.internal;

import hta.workbench.api.EditorPlace;

/**
 * One finding shown in the Problems view.
 *
 * @param severity     how bad
 * @param message      what is wrong, in the writer's words
 * @param dossierId    the dossier
 * @param dossier      its brand name
 * @param jurisdiction the jurisdiction code, or null
 * @param location     where, in words
 * @param place        what double-click opens, or null
 * @param remedy       what the writer can do about it, in their words; null when the message says it
 */
public record Problem(Severity severity, String message, String dossierId, String dossier, String jurisdiction,
                      String location, EditorPlace place, String remedy) {
    /** A problem whose message says what to do. */
    public Problem(Severity severity, String message, String dossierId, String dossier, String jurisdiction,
                   String location, EditorPlace place) {
        this(severity, message, dossierId, dossier, jurisdiction, location, place, null);
    }

    public enum Severity { ERROR, WARNING, INFO }
}
