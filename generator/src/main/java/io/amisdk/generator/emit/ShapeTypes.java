package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ShapeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Java side of the model's shapes, decided once for every emitter: each shape's interface, view
 * class and event interface, and its members — the names and types every event carrying the shape
 * must use, so that it implements the interface.
 */
final class ShapeTypes {
    /** Names a shape's view uses itself, so no field may take them (events reserve more; see EventEmitter). */
    static final List<String> VIEW_MEMBERS = List.of("headers", "prefix", "equals", "hashCode", "toString", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize", "eventName", "privilege", "actionId", "decode");

    /**
     * One shape.
     *
     * @param def            the model's shape
     * @param iface          its interface, e.g. {@code ChannelSnapshot}
     * @param view           the class that reads it under a prefix, e.g. {@code ChannelSnapshotView}
     * @param eventInterface the interface of events that carry it unprefixed, e.g. {@code ChannelEvent}
     * @param members        its fields' members, in the shape's order
     */
    record Shape(ShapeDef def, ClassName iface, ClassName view, ClassName eventInterface, List<HeaderMember> members) {
    }

    private final Map<String, Shape> byName = new HashMap<>();
    private final List<Shape> all = new ArrayList<>();

    ShapeTypes(List<ShapeDef> shapes, JavaNames names) {
        for (ShapeDef def : shapes) {
            ClassName iface = names.sharedType(def.name());
            JavaNames.Members members = names.members(def.name(), VIEW_MEMBERS, List.of(iface.simpleName()));
            List<ParameterDef> fields = HeaderLists.distinct(def.fields(), java.util.Set.of());
            List<String> memberNames = members.allocate(fields);
            List<HeaderMember> headerMembers = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                headerMembers.add(HeaderMember.of(fields.get(i), memberNames.get(i), iface, names, members));
            }
            Shape shape = new Shape(def, iface, names.shapeView(def.name()), names.shapeEvent(def.name()),
                    List.copyOf(headerMembers));
            byName.put(def.name().toLowerCase(Locale.ROOT), shape);
            all.add(shape);
        }
    }

    /** The shape of this name, or null. */
    Shape shape(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every shape, in the model's order. */
    List<Shape> all() {
        return all;
    }
}
