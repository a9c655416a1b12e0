package hta.plugins;

import java.util.List;

/**
 * What an action would change, computed without changing anything (the dry run the Plugins view and the
 * {@code --dry-run} option show).
 *
 * @param action   the action
 * @param target   the code or jar it is about
 * @param changes  the changes, one sentence each, in the order they would happen
 * @param refusal  why it would be refused, or {@code null} when it can run
 * @param needsConsent whether it can only run with the administrator's consent (an unsigned or unknown signer
 *                 under {@link TrustPolicy#ASK})
 */
public record Plan(Action action, String target, List<String> changes, String refusal, boolean needsConsent) {

    public enum Action { INSTALL, UPDATE, UNINSTALL, ENABLE, DISABLE, RESTORE_LAST_GOOD }

    public boolean possible() {
        return refusal == null;
    }
}
