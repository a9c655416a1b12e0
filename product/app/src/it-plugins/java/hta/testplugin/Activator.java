package hta.testplugin;

import hta.jurisdiction.Jurisdiction;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers the test jurisdiction, or fails as the manifest's {@code X-Test-Behaviour} asks. */
public final class Activator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        String behaviour = context.getBundle().getHeaders().get("X-Test-Behaviour");
        if ("throw-on-start".equals(behaviour)) {
            throw new IllegalStateException("Testland refuses to start (test behaviour)");
        }
        String code = context.getBundle().getHeaders().get("X-Test-Code");
        context.registerService(Jurisdiction.class, new Testland(code, "hang-in-render".equals(behaviour)), null);
        if ("contribute".equals(behaviour)) WorkbenchContributions.register(context, code);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
