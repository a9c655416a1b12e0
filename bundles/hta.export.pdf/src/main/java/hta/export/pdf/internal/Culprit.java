package hta.export.pdf.internal;

/**
 * Whose code threw during an export: the jurisdiction plugin's or the workbench's own. The first frame of the
 * stack trace that is neither the Java platform's nor a shared library's decides: a class the plugin's bundle
 * defines is the plugin's (its embedded libraries too); a class of the workbench's {@code hta.} packages that the
 * plugin does not define is the workbench's. A failure in a shared library (PDFBox, Jackson) is blamed on whoever
 * called it. An exception's message is never used: it may quote a confidential figure. Stateless.
 */
final class Culprit {
    /** Who threw. */
    enum Owner { PLUGIN, WORKBENCH }

    private Culprit() {
    }

    /**
     * @param plugin the class loader of the plugin's classes (its bundle's), or null when the plugin is gone
     */
    static Owner of(Throwable e, ClassLoader plugin) {
        if (plugin == null) return Owner.PLUGIN;
        for (StackTraceElement frame : e.getStackTrace()) {
            String name = frame.getClassName();
            int lambda = name.indexOf("$$");
            if (lambda > 0) name = name.substring(0, lambda);
            if (definedBy(name, plugin)) return Owner.PLUGIN;
            if (name.startsWith("hta.")) return Owner.WORKBENCH;
        }
        // thrown where no frame is ours or the plugin's (a library on its own thread): as before, the plugin's
        return Owner.PLUGIN;
    }

    /** The frame where the workbench's own code threw, for the message: "Class.method", or null. */
    static String where(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("hta.")) {
                String c = frame.getClassName();
                return c.substring(c.lastIndexOf('.') + 1) + "." + frame.getMethodName();
            }
        }
        return null;
    }

    private static boolean definedBy(String className, ClassLoader plugin) {
        try {
            return Class.forName(className, false, plugin).getClassLoader() == plugin;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
