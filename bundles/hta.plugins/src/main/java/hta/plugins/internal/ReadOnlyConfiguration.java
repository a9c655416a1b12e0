package hta.plugins.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;

/**
 * A plugin's own configuration as it may see it: read, never changed. Settings are an administrator's (set and
 * audited through {@code hta config}); a plugin writing its own would bypass the audit, one writing another's would
 * change what another country's memos say.
 */
final class ReadOnlyConfiguration implements Configuration {
    private final Configuration real;
    private final String code;

    ReadOnlyConfiguration(Configuration real, String code) {
        this.real = real;
        this.code = code;
    }

    @Override
    public String getPid() {
        return real.getPid();
    }

    @Override
    public Dictionary<String, Object> getProperties() {
        Dictionary<String, Object> props = real.getProperties();
        if (props == null) return null;
        Hashtable<String, Object> copy = new Hashtable<>();
        for (var keys = props.keys(); keys.hasMoreElements(); ) {
            String k = keys.nextElement();
            copy.put(k, props.get(k));
        }
        return copy;
    }

    @Override
    public Dictionary<String, Object> getProcessedProperties(ServiceReference<?> reference) {
        return real.getProcessedProperties(reference);
    }

    @Override
    public String getFactoryPid() {
        return real.getFactoryPid();
    }

    @Override
    public String getBundleLocation() {
        return real.getBundleLocation();
    }

    @Override
    public long getChangeCount() {
        return real.getChangeCount();
    }

    @Override
    public Set<ConfigurationAttribute> getAttributes() {
        return real.getAttributes();
    }

    @Override
    public void update(Dictionary<String, ?> properties) {
        throw refused();
    }

    @Override
    public void update() {
        throw refused();
    }

    @Override
    public boolean updateIfDifferent(Dictionary<String, ?> properties) {
        throw refused();
    }

    @Override
    public void delete() {
        throw refused();
    }

    @Override
    public void setBundleLocation(String location) {
        throw refused();
    }

    @Override
    public void addAttributes(ConfigurationAttribute... attrs) {
        throw refused();
    }

    @Override
    public void removeAttributes(ConfigurationAttribute... attrs) {
        throw refused();
    }

    private SecurityException refused() {
        return new SecurityException("plugin '" + code + "' may not change the configuration " + getPid()
                + "; settings are set by an administrator (hta config)");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadOnlyConfiguration r && r.real.equals(real);
    }

    @Override
    public int hashCode() {
        return real.hashCode();
    }

    @Override
    public String toString() {
        return "read-only configuration " + getPid();
    }
}
