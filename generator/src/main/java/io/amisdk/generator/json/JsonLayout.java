package io.amisdk.generator.json;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.Map;

/**
 * How databind lays out the values of one class, as {@link JsonIntrospector} reads it once per class from the class
 * and its Jackson annotations: a record's properties, an enum's constant names, or a {@code @JsonValue} method.
 */
sealed interface JsonLayout {
    /** The layout of a class whose values are written; read once per class. */
    static JsonLayout of(Class<?> type) {
        return JsonIntrospector.LAYOUTS.get(type);
    }

    /** A record: its properties in component order, those databind never writes left out. */
    record RecordLayout(Property[] properties) implements JsonLayout {
    }

    /** An enum: each constant's name, by ordinal. */
    record EnumLayout(String[] names) implements JsonLayout {
    }

    /** A class written as what its {@code @JsonValue} method returns. */
    record ValueLayout(Method method, Declared declared) implements JsonLayout {
    }

    /**
     * One property of a record. Its value is read from the component's field, which a record's accessor returns:
     * reflection on JDK 17 generates a class for each accessor it calls more than a few times, which costs more on a
     * cold JVM than the whole write, while reading a field generates nothing.
     *
     * @param omitsNull whether a null value is left out
     * @param omitted   besides null, the value left out (an empty string, zero, false), {@link #EMPTY} for any empty
     *                  string or collection, or null when nothing more is
     */
    record Property(String name, Field field, Declared declared, boolean omitsNull, Object omitted) {
        /** Stands for any empty string, collection or map in {@link #omitted}. */
        static final Object EMPTY = new Object();

        /** Whether databind leaves this value of the property out. */
        boolean omits(Object value) {
            if (value == null) {
                return omitsNull;
            }
            if (omitted == EMPTY) {
                return value instanceof String s && s.isEmpty() || value instanceof Collection<?> c && c.isEmpty()
                        || value instanceof Map<?, ?> m && m.isEmpty();
            }
            return omitted != null && omitted.equals(value);
        }
    }

    /**
     * A type as declared (a component's type, a list's element type): databind takes the type id it writes from the
     * declared type, not from the value's class.
     *
     * @param element for a collection, its element type; null otherwise
     */
    record Declared(Class<?> raw, Declared element) {
        static final Declared OBJECT = new Declared(Object.class, null);

        static Declared of(Type type) {
            if (type instanceof Class<?> c) {
                return new Declared(c, Collection.class.isAssignableFrom(c) ? OBJECT : null);
            }
            if (type instanceof ParameterizedType p) {
                Class<?> raw = (Class<?>) p.getRawType();
                return new Declared(raw, Collection.class.isAssignableFrom(raw)
                        ? of(p.getActualTypeArguments()[0]) : null);
            }
            if (type instanceof WildcardType w) {
                return of(w.getUpperBounds()[0]);
            }
            if (type instanceof TypeVariable<?> v) {
                return of(v.getBounds()[0]);
            }
            throw new IllegalStateException("no JSON layout for the type " + type);
        }

        /** What databind writes as the type id of values declared as this type, or null for none. */
        TypeId typeId() {
            return JsonIntrospector.TYPE_IDS.get(raw).orElse(null);
        }
    }

    /**
     * A declared type's {@code @JsonTypeInfo(use = NAME)}: the property written first, and the id of each class.
     *
     * @param ids the ids its {@code @JsonSubTypes} give
     */
    record TypeId(String property, Map<Class<?>, String> ids) {
        /** The id of a value of this class: its {@code @JsonSubTypes} name, else as {@link JsonIntrospector#typeName}. */
        String id(Class<?> type) {
            String id = ids.get(type);
            return id != null ? id : JsonIntrospector.typeName(type);
        }
    }
}
