package io.amisdk.generator.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.amisdk.generator.json.JsonLayout.Declared;
import io.amisdk.generator.json.JsonLayout.EnumLayout;
import io.amisdk.generator.json.JsonLayout.Property;
import io.amisdk.generator.json.JsonLayout.RecordLayout;
import io.amisdk.generator.json.JsonLayout.TypeId;
import io.amisdk.generator.json.JsonLayout.ValueLayout;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;

/**
 * Writes records with Jackson's streaming generator, key for key what databind would write for them (tests hold the
 * two byte-identical). Databind's first use costs about a second of class loading and introspection on a cold JVM,
 * more than the CLI's whole budget; this costs a few milliseconds. It walks each record's components in order, as
 * {@link JsonIntrospector} reads them and their Jackson annotations once per class, so a component added to the
 * model is written with no change here: null, strings, booleans, numbers, enums, collections and records, a record's
 * type id (the {@code kind} of a doc block) first.
 */
final class RecordJsonWriter {
    private final JsonGenerator g;

    RecordJsonWriter(JsonGenerator g) {
        this.g = g;
    }

    /** Writes a value as databind writes it as the root value. */
    void write(Object value) throws IOException {
        write(value, value == null ? Declared.OBJECT : Declared.of(value.getClass()));
    }

    /** Writes a value as databind writes it where its declared type is {@code declared}. */
    private void write(Object value, Declared declared) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Collection<?> values) {
            Declared element = declared.element() == null ? Declared.OBJECT : declared.element();
            g.writeStartArray();
            for (Object v : values) {
                write(v, element);
            }
            g.writeEndArray();
        } else if (value instanceof Number n) {
            number(n);
        } else if (value instanceof Character c) {
            g.writeString(c.toString());
        } else {
            Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
            JsonLayout layout = JsonLayout.of(type);
            if (layout instanceof RecordLayout r) {
                record(value, r, declared.typeId());
            } else if (layout instanceof EnumLayout e) {
                g.writeString(e.names()[((Enum<?>) value).ordinal()]);
            } else if (layout instanceof ValueLayout v) {
                write(get(v.method(), value), v.declared());
            }
        }
    }

    private void record(Object value, RecordLayout layout, TypeId typeId) throws IOException {
        g.writeStartObject();
        if (typeId != null) {
            g.writeStringField(typeId.property(), typeId.id(value.getClass()));
        }
        for (Property p : layout.properties()) {
            Object v = read(p.field(), value);
            if (!p.omits(v)) {
                g.writeFieldName(p.name());
                write(v, p.declared());
            }
        }
        g.writeEndObject();
    }

    private void number(Number n) throws IOException {
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
            g.writeNumber(n.intValue());
        } else if (n instanceof Long l) {
            g.writeNumber(l.longValue());
        } else if (n instanceof Double d) {
            g.writeNumber(d.doubleValue());
        } else if (n instanceof Float f) {
            g.writeNumber(f.floatValue());
        } else if (n instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (n instanceof BigInteger i) {
            g.writeNumber(i);
        } else {
            throw new IllegalStateException("no JSON layout for the number type " + n.getClass().getName());
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static Object get(Method accessor, Object owner) {
        try {
            return accessor.invoke(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(accessor + " threw", e.getCause());
        }
    }
}
