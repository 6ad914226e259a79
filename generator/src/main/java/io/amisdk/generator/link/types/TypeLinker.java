package io.amisdk.generator.link.types;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EnumDef;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.HeaderType.Kind;
import io.amisdk.generator.model.HeaderType.Rule;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ResponseDef;
import io.amisdk.generator.model.ShapeDef;
import io.amisdk.generator.model.ShapeRef;
import io.amisdk.generator.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one owner of header types: gives every header of a model its {@link HeaderType}, marks the snapshot runs
 * with their {@link ShapeRef}s and puts the shapes ({@code ChannelSnapshot}, {@code BridgeSnapshot}) and the
 * shared enums in the model. The rules run in this order, later ones winning, each recording why:
 * <ol>
 *   <li>structure ({@link StructureRule}): an enum list is an enum, a boolean pair a boolean;</li>
 *   <li>prose ({@link TypeProse}), for headers the structure left as text;</li>
 *   <li>snapshot: a field of a recognised snapshot run ({@link Snapshots}) has its shape's field's type, the
 *       shape's fields typed by the rules above and the overlays;</li>
 *   <li>overlays: a type a supplement set (rule {@link Rule#OVERLAY} or {@link Rule#USER_OVERLAY}) is kept
 *       as it is, outside snapshot runs.</li>
 * </ol>
 * Then every enum whose value names appear on two headers or more becomes a shared enum ({@link SharedEnums}),
 * an action whose prose describes a list of events answers with that list ({@link ListProse}), and one whose prose
 * lists its answer's headers has that response shape ({@link ResponseProse}).
 * Last, one header has one type across a family of events ({@link FamilyTypes}), and an event whose
 * {@code Response} says whether its action failed is marked an outcome ({@link OutcomeRule}). Before any typing, a
 * header its event leaves undocumented takes the description it has elsewhere ({@link FieldDocs}).
 * Typing is idempotent: a typed model typed again is equal to itself, so the pipeline types after the linker
 * and again after supplements are merged.
 */
public final class TypeLinker {
    private TypeLinker() {
    }

    /** The model with every header typed, its snapshot runs marked and its shapes and shared enums set. */
    public static AmiModel type(AmiModel model) {
        return type(model, NamingStrategy.builtIn());
    }

    /** The model typed as {@link #type(AmiModel)} does, its shared enums named by {@code naming}. */
    public static AmiModel type(AmiModel model, NamingStrategy naming) {
        Map<String, ShapeDef> overlaidShapes = new HashMap<>();
        model.shapes().forEach(s -> overlaidShapes.put(s.name(), s));

        List<EventDef> events = new ArrayList<>(model.events().size());
        Set<String> usedShapes = new HashSet<>();
        for (EventDef e : model.events()) {
            List<ParameterDef> fields = Snapshots.mark(e.fields());
            for (ParameterDef f : fields) {
                if (f.shape() != null) {
                    usedShapes.add(f.shape().shape());
                }
            }
            events.add(fields == e.fields() ? e : e.withFields(fields));
        }
        // before typing: the prose rule reads the descriptions a header takes from elsewhere too
        events = new ArrayList<>(FieldDocs.fill(events, Snapshots.DEFINITIONS));
        List<ShapeDef> shapes = new ArrayList<>();
        Map<String, ShapeDef> shapeByName = new HashMap<>();
        for (ShapeDef definition : Snapshots.DEFINITIONS) {
            if (!usedShapes.contains(definition.name())) {
                continue;
            }
            ShapeDef overlay = overlaidShapes.get(definition.name());
            List<ParameterDef> fields = new ArrayList<>();
            for (ParameterDef f : definition.fields()) {
                ParameterDef overlaid = overlay == null ? null : find(overlay.fields(), f.name());
                fields.add(f.withType(overlaid != null && isOverlay(overlaid.type()) ? overlaid.type() : rules(f)));
            }
            ShapeDef shape = new ShapeDef(definition.name(), definition.description(), fields);
            shapes.add(shape);
            shapeByName.put(shape.name(), shape);
        }

        List<SharedEnums.Occurrence> occurrences = new ArrayList<>();
        for (ShapeDef s : shapes) {
            for (ParameterDef f : s.fields()) {
                addOccurrence(occurrences, s.name(), f.name(), f);
            }
        }
        Set<String> eventNames = new HashSet<>();
        model.events().forEach(e -> eventNames.add(e.name()));
        List<ActionDef> actions = new ArrayList<>(model.actions().size());
        for (ActionDef a : ResponseProse.withResponses(ListProse.withLists(model.actions(), eventNames))) {
            List<ParameterDef> parameters = typed(a.parameters(), shapeByName);
            parameters.forEach(p -> addOccurrence(occurrences, a.name(), p.name(), p));
            ResponseDef response = a.response();
            if (response != null) {
                List<ParameterDef> fields = typed(response.fields(), shapeByName);
                fields.forEach(p -> addOccurrence(occurrences, a.name(), p.name(), p));
                response = new ResponseDef(fields, response.description());
            }
            actions.add(a.withParameters(parameters).withResponse(response));
        }
        for (int i = 0; i < events.size(); i++) {
            EventDef e = events.get(i);
            List<ParameterDef> fields = typed(e.fields(), shapeByName);
            fields.forEach(f -> addOccurrence(occurrences, e.name(), f.name(), f));
            events.set(i, e.withFields(fields));
        }

        Map<List<String>, EnumDef> shared = SharedEnums.find(occurrences, naming);
        List<ShapeDef> sharedShapes = new ArrayList<>(shapes.size());
        for (ShapeDef s : shapes) {
            sharedShapes.add(new ShapeDef(s.name(), s.description(), withShared(s.fields(), shared)));
        }
        actions.replaceAll(a -> {
            ActionDef typed = a.withParameters(withShared(a.parameters(), shared));
            return a.response() == null ? typed : typed.withResponse(
                    new ResponseDef(withShared(a.response().fields(), shared), a.response().description()));
        });
        events.replaceAll(e -> e.withFields(withShared(e.fields(), shared)));
        FamilyTypes.unify(events);
        events.replaceAll(OutcomeRule::mark);
        AmiModel typed = model.with(actions, events).withShared(List.copyOf(shared.values()), sharedShapes);
        List<String> broken = TypeInvariants.check(typed);
        if (!broken.isEmpty()) {
            throw new IllegalStateException("typing broke the model's invariants: " + broken);
        }
        return typed;
    }

    private static void addOccurrence(List<SharedEnums.Occurrence> occurrences, String owner, String name,
            ParameterDef header) {
        if (header.type().kind() == Kind.ENUM && !header.values().isEmpty()) {
            String proposed = header.shape() == null ? name : Snapshots.memberName(header);
            occurrences.add(new SharedEnums.Occurrence(owner, proposed, header));
        }
    }

    private static List<ParameterDef> typed(List<ParameterDef> headers, Map<String, ShapeDef> shapes) {
        List<ParameterDef> out = new ArrayList<>(headers.size());
        for (ParameterDef h : headers) {
            HeaderType type;
            ShapeRef ref = h.shape();
            ShapeDef shape = ref == null ? null : shapes.get(ref.shape());
            if (shape != null) {
                ParameterDef member = find(shape.fields(), h.name().substring(ref.prefix().length()));
                type = fromShape(shape, member);
                if (!member.values().isEmpty() && !names(h.values()).equals(names(member.values()))) {
                    // A run without the snapshot's values (a supplement's Newexten has none) takes the shape's.
                    h = h.withValues(member.values());
                }
            } else if (isOverlay(h.type())) {
                type = h.type();
            } else {
                type = rules(h);
            }
            out.add(h.withType(type));
        }
        return out;
    }

    private static HeaderType fromShape(ShapeDef shape, ParameterDef member) {
        HeaderType t = member.type();
        if (!t.isTyped()) {
            return HeaderType.TEXT;
        }
        return t.withSharedEnum(null).because(Rule.SNAPSHOT,
                shape.name() + "." + member.name() + (t.reason() == null ? "" : ": " + t.reason()));
    }

    /**
     * What the docs alone say a header is, by rules (a) and (b): its enum list, else its prose, else text. The
     * linker compares it across the definitions of one action or event to list type conflicts.
     */
    public static HeaderType docsType(ParameterDef h) {
        return rules(h);
    }

    /** Rules (a) and (b): the header's enum list, else its prose, else text. */
    private static HeaderType rules(ParameterDef h) {
        HeaderType t = StructureRule.type(h.name(), h.values());
        if (t == null) {
            t = TypeProse.read(h.description());
        }
        return t == null ? HeaderType.TEXT : t;
    }

    private static boolean isOverlay(HeaderType t) {
        return t.rule() == Rule.OVERLAY || t.rule() == Rule.USER_OVERLAY || t.rule() == Rule.FAMILY;
    }

    private static List<ParameterDef> withShared(List<ParameterDef> headers, Map<List<String>, EnumDef> shared) {
        List<ParameterDef> out = new ArrayList<>(headers.size());
        for (ParameterDef h : headers) {
            HeaderType t = h.type();
            if (t.kind() == Kind.ENUM) {
                EnumDef e = shared.get(h.values().stream().map(EnumValue::name).toList());
                t = t.withSharedEnum(e == null ? null : e.name());
            }
            out.add(t.equals(h.type()) ? h : h.withType(t));
        }
        return out;
    }

    private static List<String> names(List<EnumValue> values) {
        return values.stream().map(EnumValue::name).toList();
    }

    private static ParameterDef find(List<ParameterDef> headers, String name) {
        for (ParameterDef h : headers) {
            if (h.name().equals(name)) {
                return h;
            }
        }
        return null;
    }
}
