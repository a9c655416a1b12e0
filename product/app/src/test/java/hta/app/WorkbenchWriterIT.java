package hta.app;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * What a new writer's walk of issue 17 still found in the editor and the export ({@link WorkbenchWriterDriver}),
 * each scenario in its own JVM on a private Xvfb against the assembled app.
 */
class WorkbenchWriterIT {

    @Test
    void undoNamesTheEditSelectedConfidentialRowsStayMarkedTablesNameCountriesAndTabsAndHintsAreWhole() throws Exception {
        WorkbenchWalkIT.walk(WorkbenchWriterDriver.class, "1600x1000", "editing",
                Files.createTempDirectory("hta-writer-editing"), 180);
    }

    @Test
    void theExportSaysWhichMemosWillBeRefusedAndWhyBeforeItStartsAndItsListsOpenAtTheirFields() throws Exception {
        WorkbenchWalkIT.walk(WorkbenchWriterDriver.class, "1600x1000", "export",
                Files.createTempDirectory("hta-writer-export"), 240);
    }

    @Test
    void theExportDialogIsWholeAndItsListsOpenAtTheirFieldsOnASmallScreen() throws Exception {
        WorkbenchWalkIT.walk(WorkbenchWriterDriver.class, "1024x768", "export",
                Files.createTempDirectory("hta-writer-export-small"), 240);
    }
}
