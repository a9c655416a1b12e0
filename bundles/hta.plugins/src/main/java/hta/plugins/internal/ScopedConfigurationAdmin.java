package hta.plugins.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The Configuration Admin service one plugin sees: its own configurations ({@link ConfigurationScope}), read-only;
 * nothing of any other bundle's, not even that it exists. The component runtime reads a plugin's component
 * configuration through the Configuration Admin its bundle can see, so this is also how a jurisdiction receives the
 * settings administrators give it. Nothing is created or changed through it.
 */
final class ScopedConfigurationAdmin implements ConfigurationAdmin {
    private final String code;
    private final Supplier<ConfigurationAdmin> real;

    /** @param code the code the plugin is installed as; {@code null} for a bundle a plugin installed (owns nothing) */
    ScopedConfigurationAdmin(String code, Supplier<ConfigurationAdmin> real) {
        this.code = code;
        this.real = real;
    }

    @Override
    public Configuration[] listConfigurations(String filter) throws IOException, InvalidSyntaxException {
        Configuration[] all = admin().listConfigurations(filter);
        if (all == null) return null;
        List<Configuration> own = new ArrayList<>();
        for (Configuration c : all) {
            if (ConfigurationScope.owns(code, c.getPid(), c.getFactoryPid())) own.add(new ReadOnlyConfiguration(c, code));
        }
        return own.isEmpty() ? null : own.toArray(Configuration[]::new);
    }

    @Override
    public Configuration getConfiguration(String pid, String location) throws IOException {
        return existing(pid, Constants.SERVICE_PID);
    }

    @Override
    public Configuration getConfiguration(String pid) throws IOException {
        return existing(pid, Constants.SERVICE_PID);
    }

    @Override
    public Configuration getFactoryConfiguration(String factoryPid, String name, String location) throws IOException {
        return existing(factoryPid + "~" + name, Constants.SERVICE_PID);
    }

    @Override
    public Configuration getFactoryConfiguration(String factoryPid, String name) throws IOException {
        return existing(factoryPid + "~" + name, Constants.SERVICE_PID);
    }

    @Override
    public Configuration createFactoryConfiguration(String factoryPid) {
        throw new SecurityException(created(factoryPid));
    }

    @Override
    public Configuration createFactoryConfiguration(String factoryPid, String location) {
        throw new SecurityException(created(factoryPid));
    }

    /** An own configuration that exists; creating one would be changing the settings, which only administrators do. */
    private Configuration existing(String pid, String key) throws IOException {
        if (!ConfigurationScope.owns(code, pid)) throw new SecurityException(ConfigurationScope.refusal(code, pid));
        Configuration[] found;
        try {
            found = admin().listConfigurations("(" + key + "=" + escape(pid) + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("the configuration PID " + pid + " cannot be looked up: " + e.getMessage(), e);
        }
        if (found == null || found.length == 0) throw new SecurityException(created(pid));
        return new ReadOnlyConfiguration(found[0], code);
    }

    private String created(String pid) {
        return "plugin " + (code == null ? "" : "'" + code + "' ") + "may not create the configuration " + pid
                + "; settings are set by an administrator (hta config)";
    }

    private ConfigurationAdmin admin() throws IOException {
        ConfigurationAdmin admin = real.get();
        if (admin == null) throw new IOException("the configuration service is not running");
        return admin;
    }

    /** LDAP filter escaping (RFC 4515) of a value. */
    static String escape(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '(' || c == ')' || c == '*') sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}
