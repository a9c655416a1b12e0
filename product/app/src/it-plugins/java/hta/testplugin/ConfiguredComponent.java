package hta.testplugin;

/**
 * A component of the configuration spy: it does nothing; the component runtime publishes the configuration it was
 * given as properties of its service, where the test reads them.
 */
public final class ConfiguredComponent {
    public ConfiguredComponent() {
        // the configuration is in the service properties
    }
}
