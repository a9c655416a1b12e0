package hta.workbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A registered listener; {@link #close()} removes it. A functional interface that will not grow. Contributed views close their subscriptions in
 * {@link ViewContribution#dispose}, so that nothing of a closed view (or of a bundle that went) stays reachable.
 *
 * @since 0.4
 */
@FunctionalInterface
@ConsumerType
public interface Subscription extends AutoCloseable {
    /** Removes the listener; closing twice does nothing. */
    @Override
    void close();
}
