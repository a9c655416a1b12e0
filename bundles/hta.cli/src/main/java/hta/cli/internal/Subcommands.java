package hta.cli.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The subcommands of a command, declared beside its {@code @Command} in place of picocli's own {@code subcommands}
 * attribute, which makes picocli build the model of every command of the tree at every start: {@link CommandTree}
 * adds only the ones a command line names (issue 15, start-up).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface Subcommands {
    Class<?>[] value();
}
