package io.amisdk.generator.source.xml;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.SeeAlso;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code <manager>} and {@code <managerEvent>} elements (includes resolved, snapshots
 * expanded) into raw definitions, one {@link EventDef} per {@code <managerEventInstance>}.
 * Elements outside the docs' vocabulary are reported, never silently dropped.
 */
final class DefinitionReader {
    private static final Set<String> ACTION_CHILDREN =
            Set.of("synopsis", "syntax", "description", "see-also", "responses", "since", "deprecated_in");
    private static final Set<String> INSTANCE_CHILDREN =
            Set.of("synopsis", "syntax", "description", "see-also", "since", "deprecated_in");
    private static final Set<String> PARAMETER_SKIP = Set.of("enumlist");

    private final String source;
    private final Problems problems;
    private final DocReader docs;
    private final Map<String, String> deprecatedModules;
    final List<RawDocs.Element<ActionDef>> actions = new ArrayList<>();
    final List<RawDocs.Element<EventDef>> events = new ArrayList<>();

    DefinitionReader(String source, Problems problems, Map<String, String> deprecatedModules) {
        this.source = source;
        this.problems = problems;
        this.deprecatedModules = deprecatedModules;
        this.docs = new DocReader(source, problems);
    }

    void readManager(XmlElement manager) {
        String name = manager.attribute("name");
        if (name == null || name.isBlank()) {
            problems.at(location(manager)).add("<manager> without a name");
            return;
        }
        for (XmlElement child : manager.elements()) {
            if (!ACTION_CHILDREN.contains(child.name)) {
                docs.unknown(child);
            }
        }
        ListResponse listResponse = null;
        XmlElement responses = manager.child("responses");
        if (responses != null) {
            listResponse = readResponses(responses);
        }
        Doc description = docs.blocks(manager.child("description"));
        List<ParameterDef> parameters = parameters(manager.child("syntax"));
        String module = manager.attribute("module");
        ActionDef action = ActionDef.of(name, synopsis(manager), description, parameters, listResponse,
                seeAlso(manager), versions(manager, "since"), deprecatedIn(manager, module), module);
        actions.add(new RawDocs.Element<>(action, location(manager)));
    }

    private ListResponse readResponses(XmlElement responses) {
        List<String> items = new ArrayList<>();
        String completion = null;
        for (XmlElement child : responses.elements()) {
            if (child.is("list-elements")) {
                for (XmlElement item : child.elements()) {
                    if (item.is("managerEvent")) {
                        readManagerEvent(item);
                        String n = item.attribute("name");
                        if (n != null && !items.contains(n)) {
                            items.add(n);
                        }
                    } else {
                        docs.unknown(item);
                    }
                }
            } else if (child.is("managerEvent")) {
                readManagerEvent(child);
                if (completion == null) {
                    completion = child.attribute("name");
                }
            } else {
                docs.unknown(child);
            }
        }
        return items.isEmpty() && completion == null ? null : new ListResponse(items, completion);
    }

    void readManagerEvent(XmlElement event) {
        String name = event.attribute("name");
        if (name == null || name.isBlank()) {
            problems.at(location(event)).add("<managerEvent> without a name");
            return;
        }
        for (XmlElement instance : event.elements()) {
            if (!instance.is("managerEventInstance")) {
                docs.unknown(instance);
                continue;
            }
            for (XmlElement child : instance.elements()) {
                if (!INSTANCE_CHILDREN.contains(child.name)) {
                    docs.unknown(child);
                }
            }
            String module = instance.attribute("module") != null ? instance.attribute("module") : event.attribute("module");
            EventDef def = EventDef.of(name, synopsis(instance), docs.blocks(instance.child("description")),
                    category(instance.attribute("class")), parameters(instance.child("syntax")), seeAlso(instance),
                    versions(instance, "since"), deprecatedIn(instance, module), module, List.of());
            events.add(new RawDocs.Element<>(def, location(instance)));
        }
    }

    /** {@code EVENT_FLAG_CALL} → {@code call}: the name the {@code Privilege} header uses. */
    static String category(String eventClass) {
        if (eventClass == null || eventClass.isBlank()) {
            return null;
        }
        String c = eventClass.trim();
        if (c.startsWith("EVENT_FLAG_")) {
            c = c.substring("EVENT_FLAG_".length());
        }
        // Taken as written, even EVENT_FLAG_CLASS (ChannelTalkingStart/Stop), a flag Asterisk lacks:
        // the model says what the docs say, and the docs website shows "class" too.
        return c.toLowerCase(Locale.ROOT);
    }

    private String synopsis(XmlElement owner) {
        XmlElement s = owner.child("synopsis");
        return s == null ? "" : DocReader.collapse(s.text()).trim();
    }

    private List<ParameterDef> parameters(XmlElement syntax) {
        List<ParameterDef> out = new ArrayList<>();
        if (syntax == null) {
            return out;
        }
        for (XmlElement p : syntax.elements()) {
            if (!p.is("parameter")) {
                docs.unknown(p);
                continue;
            }
            ParameterDef def = parameter(p);
            if (def != null) {
                out.add(def);
            }
        }
        return out;
    }

    private ParameterDef parameter(XmlElement p) {
        String name = p.attribute("name");
        if (name == null || name.isBlank()) {
            problems.at(location(p), XIncludeResolver.subjectOf(p)).add("<parameter> without a name");
            return null;
        }
        Doc description = docs.blocks(p, PARAMETER_SKIP);
        List<EnumValue> values = new ArrayList<>();
        for (XmlElement list : p.children("enumlist")) {
            for (Doc.Entry entry : docs.entries(list, "enum")) {
                values.add(new EnumValue(entry.name(), entry.description()));
            }
        }
        // only what the markup says: a "(default)" value and "multiple X: headers" prose are the linker's to read
        return ParameterDef.of(name, isTrue(p.attribute("required")), description, values, p.attribute("default"),
                isTrue(p.attribute("multiple")));
    }

    private static boolean isTrue(String attribute) {
        return attribute != null && (attribute.equalsIgnoreCase("true") || attribute.equalsIgnoreCase("yes"));
    }

    private List<SeeAlso> seeAlso(XmlElement owner) {
        List<SeeAlso> out = new ArrayList<>();
        for (XmlElement seeAlso : owner.children("see-also")) {
            for (XmlElement ref : seeAlso.elements()) {
                if (!ref.is("ref")) {
                    docs.unknown(ref);
                    continue;
                }
                String type = ref.attribute("type");
                String target = DocReader.collapse(ref.text()).trim();
                if (type == null || target.isEmpty()) {
                    problems.at(location(ref), XIncludeResolver.subjectOf(ref)).add("<ref> without a type or target");
                    continue;
                }
                out.add(new SeeAlso(type, target));
            }
        }
        return out;
    }

    /** Versions in the entry's own {@code <deprecated_in>}, else the one that deprecated its module. */
    private List<String> deprecatedIn(XmlElement owner, String module) {
        List<String> own = versions(owner, "deprecated_in");
        if (own.isEmpty() && module != null && deprecatedModules.containsKey(module)) {
            return List.of(deprecatedModules.get(module));
        }
        return own;
    }

    private List<String> versions(XmlElement owner, String elementName) {
        List<String> out = new ArrayList<>();
        for (XmlElement holder : owner.children(elementName)) {
            String plain = holder.text().trim();
            if (holder.elements().isEmpty() && !plain.isEmpty() && !out.contains(plain)) {
                // <deprecated_in>19</deprecated_in>, as the DTD has it for modules
                out.add(plain);
            }
            for (XmlElement v : holder.elements()) {
                if (!v.is("version")) {
                    docs.unknown(v);
                    continue;
                }
                String version = v.text().trim();
                if (!version.isEmpty() && !out.contains(version)) {
                    out.add(version);
                }
            }
        }
        return out;
    }

    private Location location(XmlElement e) {
        return new Location(source, e.line, e.column);
    }
}
