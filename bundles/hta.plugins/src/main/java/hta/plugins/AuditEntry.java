package hta.plugins;

import java.time.Instant;

/**
 * One line of the installation history.
 *
 * @param time    when
 * @param user    who (the operating-system user running the workbench or command)
 * @param action  install, update, uninstall, enable, disable, restore, refuse …
 * @param code    the plugin's jurisdiction code, or {@code -} when unknown
 * @param version the plugin's version, or {@code -}
 * @param source  where the jar came from (a path, {@code bundled}, {@code watched folder})
 * @param signer  the signer's common name, or {@code unsigned}
 * @param outcome {@code done}, {@code refused} or {@code failed}
 * @param detail  a sentence explaining the outcome
 */
public record AuditEntry(Instant time, String user, String action, String code, String version, String source,
                         String signer, String outcome, String detail) {
}
