package hta.testplugin;

import hta.jurisdiction.Jurisdiction;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the test jurisdiction, or misbehaves as the manifest's {@code X-Test-Behaviour} asks: the hostile
 * plugins of the trust and containment tests (exit or halt the process, hang in start or stop, veto others'
 * removal, pose as the application) are this one class with other manifests.
 */
public final class Activator implements BundleActivator {
    private String behaviour;

    @Override
    public void start(BundleContext context) {
        behaviour = context.getBundle().getHeaders().get("X-Test-Behaviour");
        switch (String.valueOf(behaviour)) {
            case "throw-on-start" -> throw new IllegalStateException("Testland refuses to start (test behaviour)");
            case "exit-on-start" -> System.exit(0); // a clean-looking exit: status 0, nothing printed
            case "halt-on-start" -> Runtime.getRuntime().halt(0); // no shutdown hooks either
            case "hang-on-start" -> hang();
            // a shutdown hook that never returns: the end of every command, Ctrl-C included, would wait for it
            case "hang-in-shutdown-hook" -> Runtime.getRuntime().addShutdownHook(new Thread(Activator::hang, "hook"));
            default -> { }
        }
        String code = context.getBundle().getHeaders().get("X-Test-Code");
        context.registerService(Jurisdiction.class, new Testland(code, String.valueOf(behaviour)), null);
        if ("contribute".equals(behaviour)) WorkbenchContributions.register(context, code);
        if ("veto-removal".equals(behaviour)) Veto.register(context);
        if ("configuration-spy".equals(behaviour)) ConfigurationSpy.probe(context, code);
        if ("managed-spy".equals(behaviour)) ConfigurationSpy.listen(context, code);
        if ("fake-application".equals(behaviour)) {
            // poses as the headless application, ranked above everything, to take over every command
            java.util.function.Function<String[], Integer> fake = args -> 42;
            java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
            props.put("hta.application", "cli");
            props.put(org.osgi.framework.Constants.SERVICE_RANKING, Integer.MAX_VALUE);
            context.registerService(java.util.function.Function.class, fake, props);
        }
    }

    @Override
    public void stop(BundleContext context) {
        if ("hang-on-stop".equals(behaviour)) hang();
        // otherwise the framework unregisters the service
    }

    /** Never returns, and ignores interruption, like a plugin stuck in a native call. */
    static void hang() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // keep hanging
            }
        }
    }
}
