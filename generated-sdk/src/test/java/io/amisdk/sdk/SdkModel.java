package io.amisdk.sdk;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.emit.JavaNames;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.supplement.SupplementMerger;
import io.amisdk.generator.supplement.Supplements;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The model this SDK was generated from, rebuilt in the test through the generator's own facade from
 * the same docs the build used (system property {@code amisdk.sdk.docs}) plus the shipped supplement,
 * as the plugin's defaults merge it.
 */
final class SdkModel {
    private static AmiModel documented;
    private static AmiModel merged;
    private static JavaNames names;

    private SdkModel() {
    }

    /** The docs alone. */
    static synchronized AmiModel documented() throws Exception {
        if (documented == null) {
            String docs = System.getProperty("amisdk.sdk.docs");
            if (docs == null || !Files.isRegularFile(Path.of(docs))) {
                throw new IllegalStateException("amisdk.sdk.docs must name the core-en_US.xml the SDK was generated"
                        + " from (Maven sets it); got " + docs);
            }
            LoadedDocs loaded = DocsLoader.load(Path.of(docs));
            if (!loaded.clean()) {
                throw new IllegalStateException("the docs have problems: " + loaded.problems());
            }
            documented = loaded.model();
        }
        return documented;
    }

    /** The docs with the shipped supplement merged: what was generated. */
    static synchronized AmiModel merged() throws Exception {
        if (merged == null) {
            merged = SupplementMerger.mergeApplicable(documented(), Supplements.builtIn());
        }
        return merged;
    }

    /** The generator's naming for this SDK. */
    static synchronized JavaNames names() throws Exception {
        if (names == null) {
            AmiModel model = merged();
            names = new JavaNames("io.amisdk.sdk", model.actions().stream().map(ActionDef::name).toList(),
                    model.events().stream().map(EventDef::name).toList());
        }
        return names;
    }

    /** The generated class for an action. */
    static Class<?> actionClass(String actionName) throws Exception {
        return Class.forName(names().actionClass(actionName).canonicalName());
    }

    /** The generated class for an event (names match ignoring case, as on the wire). */
    static Class<?> eventClass(String eventName) throws Exception {
        EventDef event = merged().event(eventName);
        if (event == null) {
            event = merged().events().stream().filter(e -> e.aliases().stream().anyMatch(eventName::equalsIgnoreCase))
                    .findFirst().orElseThrow(() -> new AssertionError("no event " + eventName + " in the model"));
        }
        return Class.forName(names().eventClass(event.name()).canonicalName());
    }
}
