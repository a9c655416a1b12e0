package hta.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Picocli's model of the {@code hta} command line, built from the commands' annotations and their
 * {@link Subcommands}. A run needs only the commands its arguments name: {@link #forArgs} builds that path (the
 * model of every subcommand, made by reflection over all their options, cost about a tenth of a headless command's
 * start-up), and the whole level wherever the arguments do not name a subcommand plainly — a help option, a
 * misspelt or missing command — so that picocli answers those exactly as with the whole tree.
 */
final class CommandTree {
    private CommandTree() {
    }

    /** Every command: help texts and the build's command model. */
    static CommandLine full(Object root, CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(root, factory);
        addAll(cl, root.getClass(), factory);
        return cl;
    }

    /** The commands {@code args} name, each level whole where they name none plainly. */
    static CommandLine forArgs(Object root, CommandLine.IFactory factory, String[] args) {
        CommandLine cl = new CommandLine(root, factory);
        addPath(cl, root.getClass(), factory, args, 0);
        return cl;
    }

    private static void addPath(CommandLine parent, Class<?> type, CommandLine.IFactory factory, String[] args, int at) {
        Class<?>[] subs = subcommands(type);
        if (subs.length == 0) return;
        String next = at < args.length ? args[at] : null;
        // an option that takes a value could take a subcommand's name as its value: then only the whole level is safe
        if (next != null && !takesValues(parent)) {
            for (Class<?> s : subs) {
                if (next.equals(name(s))) {
                    CommandLine child = add(parent, s, factory);
                    addPath(child, s, factory, args, at + 1);
                    return;
                }
            }
        }
        addAll(parent, type, factory);
    }

    private static void addAll(CommandLine parent, Class<?> type, CommandLine.IFactory factory) {
        for (Class<?> s : subcommands(type)) addAll(add(parent, s, factory), s, factory);
    }

    private static CommandLine add(CommandLine parent, Class<?> type, CommandLine.IFactory factory) {
        Object command;
        try {
            command = factory.create(type);
        } catch (Exception e) {
            throw new CommandLine.InitializationException("cannot create the command " + type.getName() + ": " + e, e);
        }
        CommandLine child = new CommandLine(command, factory);
        parent.addSubcommand(name(type), child);
        return child;
    }

    static Class<?>[] subcommands(Class<?> type) {
        Subcommands s = type.getAnnotation(Subcommands.class);
        return s == null ? new Class<?>[0] : s.value();
    }

    static String name(Class<?> type) {
        Command c = type.getAnnotation(Command.class);
        if (c == null || c.name().isEmpty() || c.name().equals(CommandLine.Command.class.getName())) {
            throw new CommandLine.InitializationException(type.getName() + " is declared as a subcommand but names no command");
        }
        return c.name();
    }

    private static boolean takesValues(CommandLine cl) {
        for (OptionSpec o : cl.getCommandSpec().options()) {
            if (o.arity().max() > 0) return true;
        }
        return false;
    }
}
