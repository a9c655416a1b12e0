package hta.app;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Test support: calls into the app's bundles, whose classes are not on the test class path. Methods are chosen
 * by name and by the runtime types of the arguments, so overloads with the same arity work.
 */
final class Reflect {
    private Reflect() {
    }

    /** Calls an instance method, or a static one when {@code target} is a {@link Class}. */
    static Object call(Object target, String name, Object... args) throws Exception {
        boolean isStatic = target instanceof Class<?>;
        Class<?> type = isStatic ? (Class<?>) target : target.getClass();
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != args.length
                    || Modifier.isStatic(m.getModifiers()) != isStatic) {
                continue;
            }
            if (!accepts(m.getParameterTypes(), args)) continue;
            m.setAccessible(true);
            try {
                return m.invoke(isStatic ? null : target, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception c) throw c;
                throw e;
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + " for " + args.length + " argument(s)");
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        for (int i = 0; i < types.length; i++) {
            if (args[i] == null) {
                if (types[i].isPrimitive()) return false;
            } else if (!wrap(types[i]).isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> wrap(Class<?> c) {
        if (!c.isPrimitive()) return c;
        if (c == int.class) return Integer.class;
        if (c == long.class) return Long.class;
        if (c == boolean.class) return Boolean.class;
        if (c == double.class) return Double.class;
        if (c == float.class) return Float.class;
        return c;
    }

    static Object get(Object target, String field) throws Exception {
        Field f = target.getClass().getField(field);
        return f.get(target);
    }

    static void set(Object target, String field, Object value) throws Exception {
        target.getClass().getField(field).set(target, value);
    }

    /** The value of an enum constant of a bundle's enum type. */
    static Object constant(Class<?> enumType, String name) {
        for (Object c : enumType.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) return c;
        }
        throw new IllegalArgumentException(enumType + " has no " + name);
    }
}
