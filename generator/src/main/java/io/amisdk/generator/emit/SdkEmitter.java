package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EnumDef;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ShapeDef;
import io.amisdk.generator.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Emits a whole SDK from a model, in memory: one file per action and event, the {@code AmiSdk} entry
 * point and its ServiceLoader file. Sorted by path; the same model gives the same bytes.
 */
public final class SdkEmitter {
    private final String packageName;
    private final boolean moduleInfo;
    private final NamingStrategy naming;

    /** An emitter for SDKs in this package, without a module declaration. */
    public SdkEmitter(String packageName) {
        this(packageName, false);
    }

    /**
     * An emitter for SDKs in this root package; with {@code moduleInfo}, the SDK is a named module
     * ({@code module-info.java}: the package name as the module's, requiring the runtime, exporting
     * every package, providing its event decoders).
     */
    public SdkEmitter(String packageName, boolean moduleInfo) {
        this(packageName, moduleInfo, NamingStrategy.builtIn());
    }

    /** As {@link #SdkEmitter(String, boolean)}, members and constants named by {@code naming}. */
    public SdkEmitter(String packageName, boolean moduleInfo, NamingStrategy naming) {
        this.moduleInfo = moduleInfo;
        this.naming = naming;
        if (!packageName.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
            throw new IllegalArgumentException("not a Java package name: " + packageName);
        }
        this.packageName = packageName;
    }

    /**
     * Every file of the SDK for this model, sorted by path. The model is a finished one
     * ({@link io.amisdk.generator.link.Linker#finish}): what it holds decided — types, parameter roles, list item
     * types, see-also targets — is rendered as it is, never decided again here.
     */
    public List<GeneratedFile> emit(AmiModel model) {
        // The linker keeps only enums with a wire value (TypeInvariants), so every shared enum is emitted.
        List<String> sharedEnums = model.enums().stream().map(EnumDef::name).toList();
        Map<String, EventDef> eventsByName = new HashMap<>();
        model.events().forEach(e -> eventsByName.put(e.name(), e));
        Function<String, EventDef> events = eventsByName::get;
        List<String> responses = new ArrayList<>();
        // The linker decided each list's item type: several events' items share a sealed type.
        Map<String, List<String>> sealedLists = new LinkedHashMap<>();
        for (ActionDef a : model.actions()) {
            ListResponse list = a.listResponse();
            if (list != null && list.itemType() == ListResponse.ItemType.SEALED) {
                sealedLists.put(a.name(), list.items());
            } else if ((list == null || list.itemType() == null) && a.response() != null) {
                responses.add(a.name());
            }
        }
        JavaNames names = new JavaNames(packageName,
                model.actions().stream().map(ActionDef::name).toList(),
                model.events().stream().map(EventDef::name).toList(),
                sharedEnums, model.shapes().stream().map(ShapeDef::name).toList(),
                responses, List.copyOf(sealedLists.keySet()), naming);
        ShapeTypes shapes = new ShapeTypes(model.shapes(), names);
        Availability availability = new Availability(model);
        String provenance = provenance(model);
        List<TypeEmitter> emitters = new ArrayList<>();
        Map<String, SortedSet<String>> enumUsers = sharedEnumUsers(model);
        for (EnumDef e : model.enums()) {
            if (sharedEnums.contains(e.name())) {
                emitters.add(EnumEmitter.shared(names.sharedType(e.name()), e,
                        List.copyOf(enumUsers.getOrDefault(e.name(), new TreeSet<>())), names));
            }
        }
        for (ShapeTypes.Shape shape : shapes.all()) {
            emitters.addAll(ShapeEmitter.all(shape));
        }
        Map<String, List<ClassName>> itemTypesOfEvent = new HashMap<>();
        for (Map.Entry<String, List<String>> list : sealedLists.entrySet()) {
            ClassName sealed = names.itemType(list.getKey());
            List<ClassName> permitted = list.getValue().stream().map(names::eventClass).toList();
            for (String event : list.getValue()) {
                itemTypesOfEvent.computeIfAbsent(event, k -> new ArrayList<>()).add(sealed);
            }
            ActionDef action = model.action(list.getKey());
            emitters.add(new SealedItemEmitter(sealed, action, permitted));
        }
        // made on the rendering threads (DeferredEmitter): naming an emitter's members is a good part of its work
        for (ActionDef action : model.actions()) {
            emitters.add(DeferredEmitter.of(() -> new ActionEmitter(action, names, events, availability)));
            if (responses.contains(action.name())) {
                emitters.add(DeferredEmitter.of(() -> new ResponseEmitter(action, names)));
            }
        }
        for (EventDef event : model.events()) {
            List<ClassName> itemTypes = itemTypesOfEvent.getOrDefault(event.name(), List.of());
            emitters.add(DeferredEmitter.of(() -> new EventEmitter(event, names, shapes, itemTypes, availability)));
        }
        RegistryEmitter registry = new RegistryEmitter(model, names, provenance, availability);
        emitters.add(registry);
        // Each file depends only on the (read-only) names and its own element, so files are rendered in
        // parallel; the result is sorted by path, so the order of work cannot show in the output.
        List<GeneratedFile> files = new ArrayList<>(ParallelMap.map(emitters, e -> javaFile(e, provenance)));
        files.add(GeneratedFile.text(RegistryEmitter.SERVICE_FILE, registry.serviceFile()));
        if (moduleInfo) {
            SortedSet<String> packages = new TreeSet<>();
            emitters.forEach(e -> packages.add(e.className().packageName()));
            files.add(GeneratedFile.text("module-info.java", ModuleInfo.text(names, provenance, packages)));
        }
        files.sort(Comparator.comparing(GeneratedFile::path));
        return List.copyOf(files);
    }

    /** Each shared enum's headers, {@code Event.Header} (or {@code Action.Header}, {@code Shape.Header}), sorted. */
    private static Map<String, SortedSet<String>> sharedEnumUsers(AmiModel model) {
        Map<String, SortedSet<String>> users = new HashMap<>();
        java.util.function.BiConsumer<String, List<ParameterDef>> add = (owner, headers) -> {
            for (ParameterDef h : headers) {
                String shared = h.type().sharedEnum();
                if (shared != null) {
                    users.computeIfAbsent(shared, k -> new TreeSet<>()).add(owner + "." + h.name());
                }
            }
        };
        model.shapes().forEach(s -> add.accept(s.name(), s.fields()));
        for (ActionDef a : model.actions()) {
            add.accept(a.name(), a.parameters());
            if (a.response() != null) {
                add.accept(a.name() + " response", a.response().fields());
            }
        }
        for (EventDef e : model.events()) {
            add.accept(e.name(), e.fields().stream().filter(f -> f.shape() == null).toList());
        }
        return users;
    }

    /** A sealed list item type as a top-level type. */
    private record SealedItemEmitter(ClassName className, ActionDef action, List<ClassName> permitted)
            implements TypeEmitter {
        @Override
        public String origin() {
            return "manager " + action.name() + " list items";
        }

        @Override
        public TypeSpec spec() {
            return ListItemMethods.sealedItemType(className, action, permitted);
        }
    }

    /** Where the docs came from, without a machine path: {@code core-en_US.xml of Asterisk 22}. */
    static String provenance(AmiModel model) {
        String source = model.source().replace('\\', '/');
        source = source.substring(source.lastIndexOf('/') + 1);
        String text = model.asteriskLine() == null ? source : source + " of Asterisk " + model.asteriskLine();
        // It ends up in a line comment: no line break may end that early.
        return text.replaceAll("\\p{Cntrl}", " ");
    }

    private GeneratedFile javaFile(TypeEmitter emitter, String provenance) {
        JavaFile file = JavaFile.builder(emitter.className().packageName(), emitter.spec())
                .addFileComment("Generated by amisdk from $L ($L). Do not edit.", provenance, emitter.origin())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        String path = emitter.className().canonicalName().replace('.', '/') + ".java";
        return GeneratedFile.text(path, file.toString());
    }
}
