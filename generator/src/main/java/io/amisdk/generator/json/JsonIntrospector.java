package io.amisdk.generator.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import io.amisdk.generator.json.JsonLayout.Declared;
import io.amisdk.generator.json.JsonLayout.EnumLayout;
import io.amisdk.generator.json.JsonLayout.Property;
import io.amisdk.generator.json.JsonLayout.RecordLayout;
import io.amisdk.generator.json.JsonLayout.TypeId;
import io.amisdk.generator.json.JsonLayout.ValueLayout;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads how databind lays out a class, once per class, from the class and the Jackson annotations on it. A record's
 * properties are its components in order, each named by the component or its {@link JsonProperty}, never written
 * when {@link JsonIgnore}d (or {@code WRITE_ONLY}), and left out as its {@link JsonInclude} says ({@code NON_NULL},
 * {@code NON_EMPTY}, {@code NON_DEFAULT}), else as the record's or its interfaces' {@link JsonInclude} says, else
 * always written. An enum constant is written by its {@code name()} or its {@link JsonProperty}; a class with a
 * {@link JsonValue} method as what it returns. A declared type with {@link JsonTypeInfo}{@code (use = NAME)}, on it or
 * a supertype, has its values' type id written first: the {@link JsonSubTypes} name, else {@link JsonTypeName}, else
 * databind's default. Any other Jackson annotation on a written class, and a getter databind would write besides
 * the components, is refused when the class is first met: the streaming writer never silently differs from databind.
 */
final class JsonIntrospector {
    /** The Jackson annotations honoured here ({@link JsonCreator} and {@link JsonAlias} only matter for reading). */
    private static final Set<Class<? extends Annotation>> HONOURED = Set.of(JsonInclude.class, JsonIgnore.class,
            JsonProperty.class, JsonTypeInfo.class, JsonSubTypes.class, JsonTypeName.class, JsonValue.class,
            JsonCreator.class, JsonAlias.class);

    static final ClassValue<JsonLayout> LAYOUTS = new ClassValue<>() {
        @Override
        protected JsonLayout computeValue(Class<?> type) {
            return layout(type);
        }
    };

    static final ClassValue<Optional<TypeId>> TYPE_IDS = new ClassValue<>() {
        @Override
        protected Optional<TypeId> computeValue(Class<?> type) {
            return Optional.ofNullable(typeId(type));
        }
    };

    private JsonIntrospector() {
    }

    private static JsonLayout layout(Class<?> type) {
        for (Class<?> t : supertypes(type)) {
            checkHonoured(type, t.getAnnotations(), t.getName());
        }
        Method value = null;
        for (Method m : type.getDeclaredMethods()) {
            checkHonoured(type, m.getAnnotations(), m.getName() + "()");
            JsonValue v = m.getAnnotation(JsonValue.class);
            if (v != null && v.value() && !Modifier.isStatic(m.getModifiers())) {
                value = m;
            }
        }
        if (value != null) {
            value.setAccessible(true);
            return new ValueLayout(value, Declared.of(value.getGenericReturnType()));
        }
        if (type.isEnum()) {
            return enumLayout(type);
        }
        if (type.isRecord()) {
            return recordLayout(type);
        }
        throw new IllegalStateException("no JSON layout for " + type.getName()
                + ": only records, enums, strings, numbers, booleans and collections are written");
    }

    private static EnumLayout enumLayout(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        String[] names = new String[constants.length];
        for (Object constant : constants) {
            Enum<?> e = (Enum<?>) constant;
            Annotation[] annotations = field(type, e.name()).getAnnotations();
            checkHonoured(type, annotations, e.name());
            JsonProperty p = find(annotations, JsonProperty.class);
            names[e.ordinal()] = p != null && !p.value().isEmpty() ? p.value() : e.name();
        }
        return new EnumLayout(names);
    }

    private static RecordLayout recordLayout(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        Annotation[][] parameters;
        try {
            parameters = type.getDeclaredConstructor(types).getParameterAnnotations();
        } catch (NoSuchMethodException impossible) {
            throw new IllegalStateException(impossible);
        }
        JsonInclude.Include recordInclude = recordInclusion(type);
        List<Property> properties = new ArrayList<>(components.length);
        Set<String> accessors = new HashSet<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            accessors.add(c.getAccessor().getName());
            Field field = field(type, c.getName());
            // databind merges a property's annotations from its getter, field and creator parameter
            List<Annotation> annotations = new ArrayList<>();
            annotations.addAll(List.of(c.getAccessor().getAnnotations()));
            annotations.addAll(List.of(field.getAnnotations()));
            annotations.addAll(List.of(parameters[i]));
            annotations.addAll(List.of(c.getAnnotations()));
            Annotation[] all = annotations.toArray(new Annotation[0]);
            checkHonoured(type, all, c.getName());
            Property p = property(type, c, field, all, recordInclude);
            if (p != null) {
                properties.add(p);
            }
        }
        checkNoOtherGetters(type, accessors);
        return new RecordLayout(properties.toArray(new Property[0]));
    }

    /** The component as databind writes it, or null when it never does. */
    private static Property property(Class<?> type, RecordComponent c, Field field, Annotation[] annotations,
            JsonInclude.Include recordInclude) {
        String name = c.getName();
        JsonInclude.Include include = JsonInclude.Include.USE_DEFAULTS;
        for (Annotation a : annotations) {
            if (a instanceof JsonIgnore ignore && ignore.value()) {
                return null;
            }
            if (a instanceof JsonProperty p) {
                if (p.index() != JsonProperty.INDEX_UNKNOWN) {
                    throw refused(type, "@JsonProperty(index) on " + c.getName());
                }
                if (p.access() == JsonProperty.Access.WRITE_ONLY) {
                    return null;
                }
                if (!p.value().isEmpty()) {
                    name = p.value();
                }
            }
            if (a instanceof JsonInclude i && include == JsonInclude.Include.USE_DEFAULTS) {
                include = inclusion(type, i);
            }
        }
        if (include == JsonInclude.Include.USE_DEFAULTS) {
            include = recordInclude;
        }
        field.setAccessible(true);
        Declared declared = Declared.of(c.getGenericType());
        return switch (include) {
            case ALWAYS, USE_DEFAULTS -> new Property(name, field, declared, false, null);
            case NON_NULL, NON_ABSENT -> new Property(name, field, declared, true, null);
            case NON_EMPTY -> new Property(name, field, declared, true, Property.EMPTY);
            case NON_DEFAULT -> new Property(name, field, declared, true, defaultValue(c.getType()));
            case CUSTOM -> throw refused(type, "@JsonInclude(CUSTOM) on " + c.getName());
        };
    }

    /**
     * What a property's {@code NON_DEFAULT} leaves out besides null, by its declared type, as databind's
     * {@code BeanUtil.getDefaultValue}: empty collections, the empty string, a primitive's (or its wrapper's) zero or
     * false. (A record has no default instance to compare with.)
     */
    private static Object defaultValue(Class<?> raw) {
        if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            return Property.EMPTY;
        }
        if (raw == String.class) {
            return "";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Boolean.FALSE;
        }
        if (raw == int.class || raw == Integer.class) {
            return 0;
        }
        if (raw == long.class || raw == Long.class) {
            return 0L;
        }
        if (raw == double.class || raw == Double.class) {
            return 0.0d;
        }
        if (raw == float.class || raw == Float.class) {
            return 0.0f;
        }
        if (raw == short.class || raw == Short.class) {
            return (short) 0;
        }
        if (raw == byte.class || raw == Byte.class) {
            return (byte) 0;
        }
        if (raw == char.class || raw == Character.class) {
            return '\0';
        }
        return null;
    }

    private static JsonInclude.Include inclusion(Class<?> type, JsonInclude i) {
        if (i.content() != JsonInclude.Include.ALWAYS && i.content() != JsonInclude.Include.USE_DEFAULTS) {
            throw refused(type, "@JsonInclude(content = " + i.content() + ")");
        }
        return i.value();
    }

    /** The record's own {@link JsonInclude}, else its interfaces', else always. */
    private static JsonInclude.Include recordInclusion(Class<?> type) {
        for (Class<?> t : supertypes(type)) {
            JsonInclude i = t.getAnnotation(JsonInclude.class);
            if (i != null && inclusion(type, i) != JsonInclude.Include.USE_DEFAULTS) {
                return i.value();
            }
        }
        return JsonInclude.Include.ALWAYS;
    }

    /** Refuses a public method databind would write as a property that is no component (add a @JsonIgnore). */
    private static void checkNoOtherGetters(Class<?> type, Set<String> accessors) {
        for (Method m : type.getMethods()) {
            Class<?> owner = m.getDeclaringClass();
            if (owner == Object.class || owner == Record.class || Modifier.isStatic(m.getModifiers())
                    || m.getParameterCount() > 0 || accessors.contains(m.getName())) {
                continue;
            }
            JsonIgnore ignore = m.getAnnotation(JsonIgnore.class);
            if (ignore != null && ignore.value()) {
                continue;
            }
            String n = m.getName();
            Class<?> rt = m.getReturnType();
            boolean getter = n.startsWith("get") && n.length() > 3 && rt != void.class
                    || n.startsWith("is") && n.length() > 2 && (rt == boolean.class || rt == Boolean.class);
            if (getter || m.isAnnotationPresent(JsonProperty.class)) {
                throw refused(type, "its method " + n + "(), which databind writes as a property;"
                        + " make it a component or mark it @JsonIgnore");
            }
        }
    }

    private static TypeId typeId(Class<?> declared) {
        for (Class<?> t : supertypes(declared)) {
            JsonTypeInfo info = t.getAnnotation(JsonTypeInfo.class);
            if (info == null) {
                continue;
            }
            if (info.use() == JsonTypeInfo.Id.NONE) {
                return null;
            }
            if (info.use() != JsonTypeInfo.Id.NAME || info.include() != JsonTypeInfo.As.PROPERTY) {
                throw refused(declared, "@JsonTypeInfo other than use = NAME, include = PROPERTY");
            }
            Map<Class<?>, String> ids = new HashMap<>();
            for (Class<?> s : supertypes(declared)) {
                addSubtypes(declared, s, ids);
            }
            return new TypeId(info.property().isEmpty() ? "@type" : info.property(), Map.copyOf(ids));
        }
        return null;
    }

    private static void addSubtypes(Class<?> declared, Class<?> type, Map<Class<?>, String> ids) {
        JsonSubTypes subtypes = type.getAnnotation(JsonSubTypes.class);
        if (subtypes == null) {
            return;
        }
        for (JsonSubTypes.Type t : subtypes.value()) {
            if (t.names().length > 0) {
                throw refused(declared, "@JsonSubTypes.Type(names)");
            }
            if (!ids.containsKey(t.value())) {
                ids.put(t.value(), t.name().isEmpty() ? typeName(t.value()) : t.name());
                addSubtypes(declared, t.value(), ids);
            }
        }
    }

    /** A class's type id when no {@link JsonSubTypes} names it: its {@link JsonTypeName}, else as databind names it. */
    static String typeName(Class<?> type) {
        JsonTypeName name = type.getAnnotation(JsonTypeName.class);
        if (name != null && !name.value().isEmpty()) {
            return name.value();
        }
        String n = type.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /** The class, then its interfaces and superclasses, nearest first: where databind finds class annotations. */
    private static List<Class<?>> supertypes(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        addSupertypes(type, all);
        return all;
    }

    private static void addSupertypes(Class<?> type, List<Class<?>> all) {
        if (type == null || type == Object.class || all.contains(type)) {
            return;
        }
        all.add(type);
        for (Class<?> i : type.getInterfaces()) {
            addSupertypes(i, all);
        }
        addSupertypes(type.getSuperclass(), all);
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
        for (Annotation a : annotations) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }

    private static void checkHonoured(Class<?> type, Annotation[] annotations, String where) {
        for (Annotation a : annotations) {
            Class<? extends Annotation> at = a.annotationType();
            boolean jackson = at.getPackageName().startsWith("com.fasterxml.jackson.")
                    || at.isAnnotationPresent(JacksonAnnotationsInside.class);
            if (jackson && !HONOURED.contains(at)) {
                throw refused(type, "@" + at.getSimpleName() + " on " + where);
            }
        }
    }

    private static IllegalStateException refused(Class<?> type, String what) {
        return new IllegalStateException("the streaming JSON writer does not do what databind does with " + what
                + " (" + type.getName() + "); teach JsonIntrospector, with a test against databind");
    }
}
