package io.amisdk.generator.link.types;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EnumDef;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.HeaderType.Kind;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ShapeDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the emitters rely on in a typed model, checked: every header has a type; an enum has values, one at least a
 * wire value ({@link EnumValue#isWireValue}), and a
 * shared enum it names exists with exactly its value names; a field with a shape has the kind, unit, spelling
 * and shared enum of the shape's field of its name; shape fields are unprefixed and in no shape themselves.
 */
public final class TypeInvariants {
    private TypeInvariants() {
    }

    /** Every broken invariant, one line each; empty when the model keeps them all. */
    public static List<String> check(AmiModel model) {
        List<String> broken = new ArrayList<>();
        for (ShapeDef s : model.shapes()) {
            for (ParameterDef f : s.fields()) {
                header(model, "shape " + s.name(), f, broken);
                if (f.shape() != null) {
                    broken.add("shape " + s.name() + " field " + f.name() + " is itself in shape " + f.shape());
                }
            }
        }
        for (ActionDef a : model.actions()) {
            a.parameters().forEach(p -> header(model, "manager " + a.name(), p, broken));
            if (a.response() != null) {
                a.response().fields().forEach(p -> header(model, "manager " + a.name() + " response", p, broken));
            }
        }
        for (EventDef e : model.events()) {
            e.fields().forEach(f -> header(model, "managerEvent " + e.name(), f, broken));
        }
        return broken;
    }

    private static void header(AmiModel model, String owner, ParameterDef h, List<String> broken) {
        String at = owner + " " + h.name() + ": ";
        HeaderType t = h.type();
        if (t == null) {
            broken.add(at + "no type");
            return;
        }
        if (t.kind() == Kind.ENUM) {
            if (h.values().isEmpty()) {
                broken.add(at + "an enum without values");
            } else if (h.values().stream().noneMatch(EnumValue::isWireValue)) {
                broken.add(at + "an enum whose values are all patterns, none a wire value");
            }
            if (t.sharedEnum() != null) {
                EnumDef e = model.sharedEnum(t.sharedEnum());
                if (e == null) {
                    broken.add(at + "names a shared enum the model lacks: " + t.sharedEnum());
                } else if (!names(e.values()).equals(names(h.values()))) {
                    broken.add(at + "values differ from shared enum " + e.name());
                }
            }
        }
        if (h.shape() != null) {
            ShapeDef s = model.shape(h.shape().shape());
            String member = h.name().startsWith(h.shape().prefix())
                    ? h.name().substring(h.shape().prefix().length()) : null;
            ParameterDef f = s == null || member == null ? null
                    : s.fields().stream().filter(x -> x.name().equals(member)).findFirst().orElse(null);
            if (f == null) {
                broken.add(at + "names shape field the model lacks: " + h.shape());
            } else if (!sameType(f.type(), t)) {
                broken.add(at + "type " + t.kind() + " differs from its shape's " + f.type().kind());
            }
        }
    }

    /** Whether two types render alike: kind, unit, spelling and shared enum (rule and reason may differ). */
    public static boolean sameType(HeaderType a, HeaderType b) {
        return a.kind() == b.kind() && a.unit() == b.unit() && a.spelling() == b.spelling()
                && Objects.equals(a.sharedEnum(), b.sharedEnum());
    }

    private static List<String> names(List<EnumValue> values) {
        return values.stream().map(EnumValue::name).toList();
    }
}
