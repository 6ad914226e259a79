package io.amisdk.generator.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumDef;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.HeaderVariant;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.Requirement;
import io.amisdk.generator.model.ResponseDef;
import io.amisdk.generator.model.SeeAlso;
import io.amisdk.generator.model.ShapeDef;
import java.io.IOException;
import java.util.List;

/**
 * Writes the model with Jackson's streaming generator, key for key what databind would write for the
 * records (a test holds the two byte-identical). Databind's first use costs about a second of class
 * loading and introspection on a cold JVM, more than the CLI's whole budget; this costs almost none.
 * Keys follow record component order; the {@code kind} of a doc block comes first. The lists only a model of
 * several lines fills ({@code lines}, {@code variants}) are left out when empty, as their {@code NON_EMPTY}
 * annotation tells databind, so a one-line model's JSON is what it was before lines existed.
 */
final class ModelJsonWriter {
    private final JsonGenerator g;

    ModelJsonWriter(JsonGenerator g) {
        this.g = g;
    }

    void write(AmiModel m) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", m.source());
        g.writeStringField("asteriskLine", m.asteriskLine());
        g.writeArrayFieldStart("actions");
        for (ActionDef a : m.actions()) {
            action(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (EventDef e : m.events()) {
            event(e);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("enums");
        for (EnumDef e : m.enums()) {
            g.writeStartObject();
            g.writeStringField("name", e.name());
            enumValues(e.values());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("shapes");
        for (ShapeDef s : m.shapes()) {
            g.writeStartObject();
            g.writeStringField("name", s.name());
            g.writeFieldName("description");
            doc(s.description());
            parameters("fields", s.fields());
            g.writeEndObject();
        }
        g.writeEndArray();
        optionalStrings("lines", m.lines());
        g.writeEndObject();
    }

    private void action(ActionDef a) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", a.name());
        g.writeStringField("synopsis", a.synopsis());
        g.writeFieldName("description");
        doc(a.description());
        parameters("parameters", a.parameters());
        g.writeFieldName("listResponse");
        listResponse(a.listResponse());
        seeAlso(a.seeAlso());
        strings("since", a.since());
        strings("deprecatedIn", a.deprecatedIn());
        g.writeStringField("module", a.module());
        g.writeFieldName("response");
        response(a.response());
        g.writeArrayFieldStart("requirements");
        for (Requirement r : a.requirements()) {
            g.writeStartObject();
            g.writeArrayFieldStart("alternatives");
            for (List<String> alternative : r.alternatives()) {
                g.writeStartArray();
                for (String name : alternative) {
                    g.writeString(name);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeStringField("unless", r.unless());
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("answersUnframed", a.answersUnframed());
        optionalStrings("lines", a.lines());
        g.writeEndObject();
    }

    private void response(ResponseDef r) throws IOException {
        if (r == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        parameters("fields", r.fields());
        g.writeFieldName("description");
        doc(r.description());
        g.writeEndObject();
    }

    private void event(EventDef e) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", e.name());
        g.writeStringField("synopsis", e.synopsis());
        g.writeFieldName("description");
        doc(e.description());
        g.writeStringField("category", e.category());
        parameters("fields", e.fields());
        seeAlso(e.seeAlso());
        strings("since", e.since());
        strings("deprecatedIn", e.deprecatedIn());
        g.writeStringField("module", e.module());
        strings("aliases", e.aliases());
        optionalStrings("lines", e.lines());
        if (e.outcome()) {
            g.writeBooleanField("outcome", true);
        }
        g.writeEndObject();
    }

    private void parameters(String key, List<ParameterDef> parameters) throws IOException {
        g.writeArrayFieldStart(key);
        for (ParameterDef p : parameters) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeBooleanField("required", p.required());
            g.writeFieldName("description");
            doc(p.description());
            enumValues(p.values());
            g.writeStringField("defaultValue", p.defaultValue());
            g.writeBooleanField("multiValued", p.multiValued());
            g.writeFieldName("type");
            type(p.type());
            g.writeFieldName("shape");
            if (p.shape() == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                g.writeStringField("shape", p.shape().shape());
                g.writeStringField("prefix", p.shape().prefix());
                g.writeEndObject();
            }
            optionalStrings("lines", p.lines());
            if (!p.variants().isEmpty()) {
                variants(p.variants());
            }
            flag("secret", p.secret());
            flag("placeholder", p.placeholder());
            flag("keyValue", p.keyValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void variants(List<HeaderVariant> variants) throws IOException {
        g.writeArrayFieldStart("variants");
        for (HeaderVariant v : variants) {
            g.writeStartObject();
            strings("lines", v.lines());
            g.writeBooleanField("required", v.required());
            g.writeFieldName("type");
            type(v.type());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void enumValues(List<EnumValue> values) throws IOException {
        g.writeArrayFieldStart("values");
        for (EnumValue v : values) {
            g.writeStartObject();
            g.writeStringField("name", v.name());
            g.writeFieldName("description");
            doc(v.description());
            optionalStrings("lines", v.lines());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void type(HeaderType t) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", t.kind().name());
        g.writeStringField("unit", t.unit() == null ? null : t.unit().name());
        g.writeStringField("spelling", t.spelling() == null ? null : t.spelling().name());
        g.writeStringField("sharedEnum", t.sharedEnum());
        g.writeStringField("rule", t.rule().name());
        g.writeStringField("reason", t.reason());
        g.writeEndObject();
    }

    private void listResponse(ListResponse r) throws IOException {
        if (r == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        strings("itemEvents", r.itemEvents());
        g.writeStringField("completionEvent", r.completionEvent());
        if (r.itemType() != null) {
            g.writeStringField("itemType", r.itemType().name());
        }
        optionalStrings("items", r.items());
        g.writeEndObject();
    }

    private void seeAlso(List<SeeAlso> refs) throws IOException {
        g.writeArrayFieldStart("seeAlso");
        for (SeeAlso s : refs) {
            g.writeStartObject();
            g.writeStringField("type", s.type());
            g.writeStringField("target", s.target());
            if (s.entry() != null) {
                g.writeStringField("entry", s.entry());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A flag written only when set, as databind's NON_DEFAULT does. */
    private void flag(String key, boolean value) throws IOException {
        if (value) {
            g.writeBooleanField(key, true);
        }
    }

    /** A list only lines of a merged model have: left out when empty, as databind's NON_EMPTY does. */
    private void optionalStrings(String key, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            strings(key, values);
        }
    }

    private void strings(String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void doc(Doc doc) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("blocks");
        for (Doc.Block b : doc.blocks()) {
            block(b);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void block(Doc.Block block) throws IOException {
        g.writeStartObject();
        if (block instanceof Doc.Paragraph p) {
            g.writeStringField("kind", "para");
            g.writeArrayFieldStart("inlines");
            for (Doc.Inline i : p.inlines()) {
                g.writeStartObject();
                g.writeStringField("style", i.style().name());
                g.writeStringField("text", i.text());
                g.writeEndObject();
            }
            g.writeEndArray();
        } else if (block instanceof Doc.Note n) {
            g.writeStringField("kind", "note");
            g.writeFieldName("body");
            doc(n.body());
        } else if (block instanceof Doc.Warning w) {
            g.writeStringField("kind", "warning");
            g.writeFieldName("body");
            doc(w.body());
        } else if (block instanceof Doc.Example e) {
            g.writeStringField("kind", "example");
            g.writeStringField("title", e.title());
            g.writeStringField("text", e.text());
        } else if (block instanceof Doc.VariableList v) {
            g.writeStringField("kind", "variables");
            entries("variables", v.variables());
        } else if (block instanceof Doc.EnumList e) {
            g.writeStringField("kind", "enums");
            entries("values", e.values());
        } else {
            throw new IllegalStateException("unknown doc block " + block.getClass().getName());
        }
        g.writeEndObject();
    }

    private void entries(String key, List<Doc.Entry> entries) throws IOException {
        g.writeArrayFieldStart(key);
        for (Doc.Entry e : entries) {
            g.writeStartObject();
            g.writeStringField("name", e.name());
            g.writeFieldName("description");
            doc(e.description());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
