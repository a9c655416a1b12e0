package hta.workbench.shell.internal.layout;

/** What the editor area's tabs do (their close buttons and context menu), carried out by the editors; EDT. */
public interface EditorTabs {
    /** The editor of the dossier, asking about unsaved changes. */
    void close(String dossierId);

    /** Every editor but this dossier's, asking once about unsaved changes. */
    void closeOthers(String dossierId);

    /** Every editor, asking once about unsaved changes. */
    void closeAllEditors();
}
