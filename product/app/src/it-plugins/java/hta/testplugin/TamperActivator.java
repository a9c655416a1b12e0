package hta.testplugin;

import hta.jurisdiction.Jurisdiction;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers Testland tm, whose memo template tries to change everything it receives. */
public final class TamperActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        context.registerService(Jurisdiction.class, new Testland("tm", "none", new TamperingTemplate()), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
