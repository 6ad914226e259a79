package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.naming.NamingRules;
import io.amisdk.generator.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The one owner of AMI → Java names. Emitters ask it and never build identifiers themselves.
 *
 * <p>The rules, all deterministic (inputs are processed in the model's sorted order):
 * <ul>
 *   <li><b>Classes</b>: the AMI name split at every character that is not a letter or digit, each part
 *   capitalized and joined, plus {@code Action} or {@code Event}: {@code Originate} →
 *   {@code OriginateAction}, {@code AOC-D} → {@code AOCDEvent}. A name starting with a digit gets
 *   {@code Ami} in front. Class names are unique <em>ignoring case</em> (event names match
 *   case-insensitively on the wire, and files must not collide on case-insensitive file systems): a
 *   later name that would clash gets {@code 2}, {@code 3}, … appended.</li>
 *   <li><b>Members</b> (accessors, builder methods): the words of {@link NamingStrategy#memberName}, acronyms
 *   read as words ({@code AMIversion} → {@code amiVersion}, {@code CallerIDNum} → {@code callerIdNum}).
 *   Through one {@link Members} per type: a Java keyword or a name the type already uses
 *   ({@code message}, {@code toString}, …) gets {@code Value} appended ({@code Class} → {@code classValue},
 *   {@code Interface} → {@code interfaceValue}), then a number while still taken; a
 *   leading digit gets {@code _} in front ({@code 100rel} → {@code _100rel}). A typed action parameter's
 *   raw accessor is its name plus {@code AsString} ({@code priorityAsString}), allocated after every
 *   header's own name, so a header named {@code PriorityAsString} keeps its name and the accessor gets
 *   {@code Value} ({@code priorityAsStringValue}).</li>
 *   <li><b>Packages</b>: actions in {@code .action}, events and list item types in {@code .event}, typed
 *   responses in {@code .response} ({@code Getvar} → {@code GetvarResponse}), shared enums and shapes in
 *   {@code .type} (their model names, e.g. {@code ChannelState}, {@code ChannelSnapshot} and its
 *   {@code ChannelSnapshotView}); the entry point {@code AmiSdk} in the root package.</li>
 *   <li><b>Nested enums</b>: the parameter's class-style name ({@code AuthType}), made unique within
 *   the enclosing type.</li>
 *   <li><b>Enum constants</b>: {@link NamingStrategy#constantNames} (upper case, words joined by {@code _};
 *   a numeric wire value named from its docs: {@code AST_DEVICE_NOT_INUSE} → {@code NOT_INUSE}); clashes get
 *   {@code _} appended. Documented values that are
 *   patterns or placeholders rather than wire values — containing any of {@code < > " [ ] | = @ ,}
 *   or {@code ...}, or no letter or digit ({@code system,call,log,...}) — are left out of the enum and
 *   listed in its Javadoc.</li>
 * </ul>
 */
public final class JavaNames {
    /** The simple name of the generated entry point. */
    public static final String REGISTRY_SIMPLE_NAME = "AmiSdk";

    /** The sub-package of action classes. */
    public static final String ACTION_PACKAGE = "action";
    /** The sub-package of event classes and list item types. */
    public static final String EVENT_PACKAGE = "event";
    /** The sub-package of typed response classes. */
    public static final String RESPONSE_PACKAGE = "response";
    /** The sub-package of shared enums and shapes. */
    public static final String TYPE_PACKAGE = "type";


    private final String packageName;
    private final NamingStrategy naming;
    private final Set<String> takenIgnoringCase = new HashSet<>();
    private final Map<String, ClassName> actionClasses = new HashMap<>();
    private final Map<String, ClassName> responseClasses = new HashMap<>();
    private final Map<String, ClassName> itemTypes = new HashMap<>();
    private final Map<String, ClassName> eventClasses = new HashMap<>();
    private final Map<String, ClassName> eventClassesIgnoringCase = new HashMap<>();
    private final Map<String, ClassName> sharedTypes = new HashMap<>();
    private final Map<String, ClassName> shapeViews = new HashMap<>();
    private final Map<String, ClassName> shapeEvents = new HashMap<>();

    /**
     * Allocates every class name of one SDK.
     *
     * @param packageName the package of the generated SDK
     * @param actionNames the AMI action names, in the model's order
     * @param eventNames  the AMI event names, in the model's order
     */
    public JavaNames(String packageName, List<String> actionNames, List<String> eventNames) {
        this(packageName, actionNames, eventNames, List.of(), List.of(), List.of(), List.of(), NamingStrategy.builtIn());
    }

    /**
     * Allocates every class name of one SDK: actions, events, shared types (enums and shapes, whose model
     * names are already class-style), typed responses and list item types.
     *
     * @param packageName   the root package of the generated SDK
     * @param actionNames   the AMI action names, in the model's order
     * @param eventNames    the AMI event names, in the model's order
     * @param enumNames     the model's shared enums that are emitted, sorted
     * @param shapeNames    the model's shapes, sorted
     * @param responseNames the actions that have a typed response, in the model's order
     * @param itemListNames the list actions whose items are of several events, in the model's order
     * @param naming        the strategy that names members and constants (a user's rules in it)
     */
    public JavaNames(String packageName, List<String> actionNames, List<String> eventNames, List<String> enumNames,
            List<String> shapeNames, List<String> responseNames, List<String> itemListNames, NamingStrategy naming) {
        this.packageName = packageName;
        this.naming = naming;
        takenIgnoringCase.add(REGISTRY_SIMPLE_NAME.toLowerCase(Locale.ROOT));
        String types = packageName + "." + TYPE_PACKAGE;
        // Shared names come from the model already class-style.
        for (String name : enumNames) {
            sharedTypes.computeIfAbsent(name, n -> ClassName.get(types, allocateClass(n, "")));
        }
        for (String name : shapeNames) {
            sharedTypes.computeIfAbsent(name, n -> ClassName.get(types, allocateClass(n, "")));
            shapeViews.put(name, ClassName.get(types, allocateClass(name, "View")));
            String subject = name.endsWith("Snapshot") ? name.substring(0, name.length() - "Snapshot".length()) : name;
            shapeEvents.put(name, ClassName.get(types, allocateClass(subject, "Event")));
        }
        for (String name : actionNames) {
            actionClasses.computeIfAbsent(name,
                    n -> ClassName.get(packageName + "." + ACTION_PACKAGE, allocateClass(n, "Action")));
        }
        for (String name : eventNames) {
            ClassName className = eventClasses.computeIfAbsent(name,
                    n -> ClassName.get(packageName + "." + EVENT_PACKAGE, allocateClass(n, "Event")));
            eventClassesIgnoringCase.putIfAbsent(name.toLowerCase(Locale.ROOT), className);
        }
        for (String name : responseNames) {
            responseClasses.computeIfAbsent(name,
                    n -> ClassName.get(packageName + "." + RESPONSE_PACKAGE, allocateClass(n, "Response")));
        }
        for (String name : itemListNames) {
            itemTypes.computeIfAbsent(name,
                    n -> ClassName.get(packageName + "." + EVENT_PACKAGE, allocateClass(n, "Item")));
        }
    }

    /** The root package of the generated SDK. */
    public String packageName() {
        return packageName;
    }

    /** The generated entry point, {@code AmiSdk}, in the root package. */
    public ClassName registryClass() {
        return ClassName.get(packageName, REGISTRY_SIMPLE_NAME);
    }

    /** The class of this action, or null when the action is not generated. */
    public ClassName actionClass(String actionName) {
        return actionClasses.get(actionName);
    }

    /** The typed response class of this action, or null when it answers a plain response. */
    public ClassName responseClass(String actionName) {
        return responseClasses.get(actionName);
    }

    /** The sealed item type of this list action whose items are of several events, or null. */
    public ClassName itemType(String actionName) {
        return itemTypes.get(actionName);
    }

    /** The class of this shared enum or shape interface, or null. */
    public ClassName sharedType(String name) {
        return sharedTypes.get(name);
    }

    /** The class that reads a shape under a prefix ({@code ChannelSnapshotView}), beside the shape's interface. */
    public ClassName shapeView(String shapeName) {
        return shapeViews.get(shapeName);
    }

    /**
     * The interface of every event that carries a shape unprefixed ({@code ChannelSnapshot} →
     * {@code ChannelEvent}, an {@code AmiEvent} and a {@code ChannelSnapshot}).
     */
    public ClassName shapeEvent(String shapeName) {
        return shapeEvents.get(shapeName);
    }

    /** The class of this event (exact name first, then ignoring case), or null when not generated. */
    public ClassName eventClass(String eventName) {
        ClassName exact = eventClasses.get(eventName);
        return exact != null ? exact : eventClassesIgnoringCase.get(eventName.toLowerCase(Locale.ROOT));
    }

    private String allocateClass(String amiName, String suffix) {
        String base = typeName(amiName) + suffix;
        String candidate = base;
        for (int n = 2; !takenIgnoringCase.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    /** The class-style name of an AMI name, without suffix: {@code AOC-D} → {@code AOCD}. */
    static String typeName(String amiName) {
        return NamingStrategy.typeName(amiName);
    }

    /** The member-style name of an AMI name, before keyword and clash handling (see {@link NamingStrategy}). */
    String memberName(String amiName) {
        return naming.memberName(amiName);
    }

    /**
     * The member names of one generated type, its headers being {@code owner}'s (an action's, event's or shape's
     * AMI name, which a user's member rule names): the reserved names are taken first.
     */
    Members members(String owner, Collection<String> reservedMembers, Collection<String> reservedTypes) {
        return new Members(naming, owner, reservedMembers, reservedTypes);
    }

    /**
     * The suggested name of a typed action parameter's raw accessor, the string it sends: {@code priority} →
     * {@code priorityAsString} (as AWS SDK v2 names an enum's raw value). Allocated through {@link Members}
     * after every header's own name, so a header of that name keeps it and the accessor takes {@code Value}.
     */
    static String asString(String memberName) {
        return memberName + "AsString";
    }

    /** The plural used for a repeatable parameter's bulk setter: {@code Variable} → {@code variables}. */
    static String plural(String memberName) {
        if (memberName.endsWith("s") || memberName.endsWith("x") || memberName.endsWith("ch")) {
            return memberName + "es";
        }
        if (memberName.endsWith("y") && memberName.length() > 1 && "aeiou".indexOf(memberName.charAt(memberName.length() - 2)) < 0) {
            return memberName.substring(0, memberName.length() - 1) + "ies";
        }
        return memberName + "s";
    }

    /**
     * The constants of an enum: each wire value with its constant name, in document order, duplicates
     * dropped; values that are not wire constants are returned as {@code leftOut}.
     */
    EnumConstants enumConstants(List<EnumValue> values) {
        NameAllocator allocator = new NameAllocator();
        Map<String, EnumValue> seen = new LinkedHashMap<>();
        List<EnumValue> wire = new ArrayList<>();
        List<EnumValue> leftOut = new ArrayList<>();
        for (EnumValue value : values) {
            if (seen.putIfAbsent(value.name(), value) != null) {
                continue;
            }
            if (!value.isWireValue()) {
                leftOut.add(value);
                continue;
            }
            wire.add(value);
        }
        List<String> names = naming.constantNames(wire);
        List<EnumConstants.Constant> constants = new ArrayList<>();
        for (int i = 0; i < wire.size(); i++) {
            String name = allocator.newName(names.get(i), wire.get(i).name());
            if (!name.equals(names.get(i))) {
                EnumValue v = wire.get(i);
                naming.collision(naming.constantRule(v.name().strip(), v.description().plainText().strip()),
                        "the value " + v.name() + " would be named " + names.get(i) + ", which another value of its"
                                + " enum has");
            }
            constants.add(new EnumConstants.Constant(name, wire.get(i)));
        }
        return new EnumConstants(constants, leftOut);
    }

    /** The constants of one enum, and the documented values left out of it. */
    record EnumConstants(List<Constant> constants, List<EnumValue> leftOut) {
        record Constant(String javaName, EnumValue value) {
        }
    }

    /**
     * The member names of one generated type: every reserved name is taken first, then each header
     * gets its name in document order.
     */
    static final class Members {
        private final NameAllocator allocator = new NameAllocator();
        private final NameAllocator nestedTypes = new NameAllocator();
        private final Set<String> taken = new HashSet<>();
        private final NamingStrategy naming;
        private final String owner;
        private final Map<String, Object> byUsersRule = new HashMap<>();

        private Members(NamingStrategy naming, String owner, Collection<String> reservedMembers,
                Collection<String> reservedTypes) {
            this.naming = naming;
            this.owner = owner;
            for (String reserved : reservedMembers) {
                allocator.newName(reserved, new Object());
                taken.add(reserved);
            }
            for (String reserved : reservedTypes) {
                nestedTypes.newName(reserved, new Object());
            }
        }

        /**
         * The member names of these headers, in the same order: a user's rule's name, else the strategy's. A name
         * a user's rule gave that collides (taken, or another header's too) is reported, not silently suffixed.
         */
        List<String> allocate(List<ParameterDef> headers) {
            List<String> names = new ArrayList<>(headers.size());
            for (ParameterDef header : headers) {
                NamingRules.HeaderRule rule = naming.memberRule(owner, header.name());
                String suggestion = rule != null ? rule.name() : naming.memberName(header.name());
                String name = extra(suggestion);
                if (!name.equals(suggestion)) {
                    Object culprit = naming.isUsers(rule) ? rule : byUsersRule.get(suggestion);
                    naming.collision(culprit, owner + "." + header.name() + " would be named " + suggestion
                            + ", a name its type already has");
                }
                if (naming.isUsers(rule)) {
                    byUsersRule.put(name, rule);
                }
                names.add(name);
            }
            return names;
        }

        /**
         * Another member, named after a suggestion (e.g. the plural of a repeatable parameter): a Java
         * keyword or a name already taken gets {@code Value} appended ({@code Class} → {@code classValue}),
         * then a number while it is still taken.
         */
        String extra(String suggestion) {
            String candidate = suggestion;
            if (!SourceVersion.isName(candidate) || taken.contains(candidate)) {
                candidate = suggestion + "Value";
            }
            String base = candidate;
            for (int n = 2; taken.contains(candidate); n++) {
                candidate = base + n;
            }
            taken.add(candidate);
            return allocator.newName(candidate, new Object());
        }

        /** A nested type named after a header: {@code AuthType}. */
        String nestedType(String headerName) {
            return nestedTypes.newName(typeName(headerName), new Object());
        }
    }
}
