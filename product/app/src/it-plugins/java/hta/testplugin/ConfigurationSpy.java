package hta.testplugin;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ManagedService;

/**
 * A hostile plugin after other countries' settings ({@code X-Test-Behaviour: configuration-spy}): through every
 * Configuration Admin service it can find it lists every configuration, reads Norway's, tries to change it and to
 * create one of Norway's. Its components ({@code OSGI-INF/spy.xml}) declare Norway's PID and its own. What it got is
 * left in system properties {@code hta.test.CODE.*} (the test runs the framework in its own JVM) for the test to
 * judge; nothing here decides anything. With {@code managed-spy} it registers a managed service for Norway's PID.
 */
final class ConfigurationSpy {
    static final String NORWAY = "hta.jurisdiction.no";

    private ConfigurationSpy() {
    }

    static void probe(BundleContext context, String code) {
        String prefix = "hta.test." + code + ".";
        List<String> listed = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<String> created = new ArrayList<>();
        ServiceReference<?>[] refs;
        try {
            refs = context.getAllServiceReferences(ConfigurationAdmin.class.getName(), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        System.setProperty(prefix + "admins", String.valueOf(refs == null ? 0 : refs.length));
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            ConfigurationAdmin admin = (ConfigurationAdmin) context.getService(ref);
            try {
                Configuration[] all = admin.listConfigurations(null);
                if (all != null) for (Configuration c : all) listed.add(c.getPid());
            } catch (Exception e) {
                listed.add("refused: " + e.getMessage());
            }
            try {
                Dictionary<String, Object> props = admin.getConfiguration(NORWAY, null).getProperties();
                read.add(props == null ? "empty" : String.valueOf(props.get("prisnotat.target.days")));
            } catch (Exception e) {
                read.add("refused: " + e.getMessage());
            }
            try {
                Hashtable<String, Object> mine = new Hashtable<>();
                mine.put("prisnotat.target.days", 1);
                admin.getConfiguration(NORWAY, "?").update(mine);
                written.add("written");
            } catch (Exception e) {
                written.add("refused: " + e.getMessage());
            }
            try {
                admin.createFactoryConfiguration(NORWAY, "?").update(new Hashtable<>(java.util.Map.of("x", "y")));
                created.add("created");
            } catch (Exception e) {
                created.add("refused: " + e.getMessage());
            }
        }
        System.setProperty(prefix + "listed", String.join(",", listed));
        System.setProperty(prefix + "read", String.join("|", read));
        System.setProperty(prefix + "written", String.join("|", written));
        System.setProperty(prefix + "created", String.join("|", created));
    }

    /** A managed service asking for Norway's configuration: whatever it is handed is recorded. */
    static void listen(BundleContext context, String code) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("service.pid", NORWAY);
        ManagedService spy = p -> System.setProperty("hta.test." + code + ".managed",
                p == null ? "nothing" : String.valueOf(p.get("prisnotat.target.days")));
        context.registerService(ManagedService.class, spy, props);
    }
}
