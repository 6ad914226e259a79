package io.amisdk.servertests;

import io.amisdk.runtime.AmiAction;
import io.amisdk.runtime.AmiHeaderWriter;
import io.amisdk.sdk.AmiSdk;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The generated SDK's action classes, as the sweep sees them: every class in the SDK's package that
 * implements {@link AmiAction}, its {@code ACTION_NAME}, the parameters its {@code build()} requires,
 * and which builder setter writes which header. The SDK has no action registry, so the package is
 * listed from the jar (or folder) that holds {@link AmiSdk}; which setter writes which header is read
 * by building a one-setter action through the class's private {@code (Builder)} constructor and
 * recording what it writes — test code looking inside generated code, not API.
 */
final class SdkActions {
    /** One SDK action class. */
    record SdkAction(String name, Class<? extends AmiAction<?>> type, List<String> required, Map<String, Method> setters) {
        /** The setter that writes this header (case-insensitive), or null when the SDK has none. */
        Method setter(String header) {
            return setters.get(header.toLowerCase(Locale.ROOT));
        }
    }

    private SdkActions() {
    }

    /** Every SDK action by its {@code Action} name, lowercased, sorted. */
    static Map<String, SdkAction> all() {
        Map<String, SdkAction> byName = new TreeMap<>();
        for (Class<? extends AmiAction<?>> type : actionClasses()) {
            SdkAction action = describe(type);
            byName.put(action.name().toLowerCase(Locale.ROOT), action);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** Builds the action with these headers set through its builder's setters; a header with no setter is an error. */
    static AmiAction<?> build(SdkAction action, Map<String, String> headers) {
        try {
            Object builder = action.type().getMethod("builder").invoke(null);
            for (Map.Entry<String, String> h : headers.entrySet()) {
                Method setter = action.setter(h.getKey());
                if (setter == null) {
                    throw new IllegalArgumentException(action.name() + " has no builder setter for header " + h.getKey());
                }
                setter.invoke(builder, convert(h.getValue(), setter.getParameterTypes()[0], h.getKey()));
            }
            return (AmiAction<?>) builder.getClass().getMethod("build").invoke(builder);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(action.name() + ": " + e, e);
        }
    }

    /** The headers an action writes, in order (Action and ActionID are the connection's). */
    static List<Map.Entry<String, String>> headers(AmiAction<?> action) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        AmiHeaderWriter writer = new AmiHeaderWriter() {
            @Override
            public AmiHeaderWriter header(String name, String value) {
                out.add(Map.entry(name, value));
                return this;
            }
        };
        action.writeHeaders(writer);
        return out;
    }

    private static SdkAction describe(Class<? extends AmiAction<?>> type) {
        try {
            String name = (String) type.getField("ACTION_NAME").get(null);
            Method builderMethod = type.getMethod("builder");
            Class<?> builderType = builderMethod.getReturnType();
            Object empty = builderMethod.invoke(null);
            List<String> required = List.of();
            try {
                builderType.getMethod("build").invoke(empty);
            } catch (InvocationTargetException e) {
                required = requiredFrom(name, e.getCause());
            }
            Constructor<?> constructor = type.getDeclaredConstructor(builderType);
            constructor.setAccessible(true);
            Map<String, Method> setters = new LinkedHashMap<>();
            for (Method m : builderType.getMethods()) {
                if (m.getDeclaringClass() != builderType || m.getParameterCount() != 1 || m.getReturnType() != builderType
                        || m.getName().equals("actionId") || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                Object sample = sample(m.getParameterTypes()[0]);
                if (sample == null) {
                    continue;
                }
                Object builder = builderMethod.invoke(null);
                m.invoke(builder, sample);
                AmiAction<?> one = (AmiAction<?>) constructor.newInstance(builder);
                for (Map.Entry<String, String> h : headers(one)) {
                    // a header with a typed setter and a String one (ModuleLoad's Module): the String one takes any value
                    setters.merge(h.getKey().toLowerCase(Locale.ROOT), m,
                            (old, now) -> now.getParameterTypes()[0] == String.class ? now : old);
                }
            }
            return new SdkAction(name, type, required, Collections.unmodifiableMap(setters));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(type.getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getSimpleName() + ": " + e, e);
        }
    }

    /** The header names in {@code "XAction is missing required parameters: A, B"}. */
    private static List<String> requiredFrom(String name, Throwable failure) {
        String message = failure == null ? null : failure.getMessage();
        int colon = message == null ? -1 : message.lastIndexOf(": ");
        if (!(failure instanceof IllegalStateException) || colon < 0) {
            throw new IllegalStateException(name + ": build() of an empty builder failed unexpectedly: " + failure, failure);
        }
        List<String> required = new ArrayList<>();
        for (String part : message.substring(colon + 2).split("[,;]")) {
            // a requirement group ("Channel or ChannelPrefix", "Exten with Context and Priority, or
            // Application"): its first alternative, in full
            if (part.strip().startsWith("or ")) {
                continue; // the rest of a group split at its comma
            }
            String first = part.strip().replaceAll("\\s*\\(unless [^)]*\\)", "").split(" or ")[0];
            for (String alternativeHeader : first.split(" and | with |\\+")) {
                String header = alternativeHeader.strip();
                if (!header.isEmpty() && !required.contains(header)) {
                    required.add(header);
                }
            }
        }
        return List.copyOf(required);
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "1";
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(1);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    /** Turns a value from the sweep's values file into the setter's parameter type. */
    static Object convert(String value, Class<?> type, String header) {
        if (type == String.class) {
            return value;
        }
        if (type == int.class || type == Integer.class) {
            return Integer.parseInt(value);
        }
        if (type == long.class || type == Long.class) {
            return Long.parseLong(value);
        }
        if (type == boolean.class || type == Boolean.class) {
            return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes") || value.equals("1");
        }
        if (type == Duration.class) {
            return value.startsWith("PT") ? Duration.parse(value) : Duration.ofSeconds(Long.parseLong(value));
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (constant.toString().equalsIgnoreCase(value) || ((Enum<?>) constant).name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
        }
        throw new IllegalArgumentException("header " + header + ": cannot pass \"" + value + "\" as " + type.getName());
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends AmiAction<?>>> actionClasses() {
        List<Class<? extends AmiAction<?>>> types = new ArrayList<>();
        // The actions live in the SDK's action package, beside the root AmiSdk.
        String actionPackage = AmiSdk.class.getPackageName() + ".action";
        for (String className : classNames(actionPackage.replace('.', '/'))) {
            try {
                Class<?> c = Class.forName(actionPackage + "." + className);
                if (AmiAction.class.isAssignableFrom(c) && Modifier.isPublic(c.getModifiers()) && !c.isInterface()) {
                    types.add((Class<? extends AmiAction<?>>) c);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("no AmiAction classes found in " + actionPackage);
        }
        return types;
    }

    /** Top-level class names in the package, read from the jar or folder that holds {@link AmiSdk}. */
    private static List<String> classNames(String packagePath) {
        URL url = AmiSdk.class.getResource("AmiSdk.class");
        if (url == null) {
            throw new IllegalStateException("AmiSdk.class not found");
        }
        try {
            if (url.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return list(jar.getPath(packagePath));
                }
            }
            return list(Path.of(url.toURI()).getParent().resolve(packagePath.substring(packagePath.lastIndexOf('/') + 1)));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the SDK's classes at " + url + ": " + e.getMessage(), e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .sorted()
                    .toList();
        }
    }

    private static RuntimeException rethrow(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
