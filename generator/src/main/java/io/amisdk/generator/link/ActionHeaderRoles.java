package io.amisdk.generator.link;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.runtime.Secrets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Marks what an action parameter is beyond its value: a secret (by the runtime's own rule, so what the generated
 * {@code toString} masks is what the client masks on the wire log), a placeholder for names the caller chooses
 * ({@code Header1 … HeaderN} of UserEvent, {@code Action-000000} and {@code Cat-000000} of UpdateConfig), or a
 * repeatable header of {@code name=value} pairs (Originate's {@code Variable}). A mark a supplement set is kept:
 * a module's own secret header can be declared in its supplement. Idempotent.
 */
final class ActionHeaderRoles {
    private static final Pattern NUMBERED = Pattern.compile(".*-0{6}");

    private ActionHeaderRoles() {
    }

    /** The model with every action parameter's roles marked. */
    static AmiModel mark(AmiModel model) {
        List<ActionDef> actions = new ArrayList<>(model.actions().size());
        boolean changed = false;
        for (ActionDef a : model.actions()) {
            ActionDef marked = mark(a);
            changed |= marked != a;
            actions.add(marked);
        }
        return changed ? model.with(actions, model.events()) : model;
    }

    private static ActionDef mark(ActionDef action) {
        Set<String> placeholders = placeholders(action.parameters());
        List<ParameterDef> out = new ArrayList<>(action.parameters().size());
        boolean changed = false;
        for (ParameterDef p : action.parameters()) {
            boolean secret = p.secret() || Secrets.isSecret(p.name());
            boolean placeholder = p.placeholder() || placeholders.contains(p.name());
            boolean keyValue = p.multiValued()
                    && (p.keyValue() || p.name().toLowerCase(Locale.ROOT).endsWith("variable"));
            if (secret == p.secret() && placeholder == p.placeholder() && keyValue == p.keyValue()) {
                out.add(p);
            } else {
                out.add(p.toBuilder().secret(secret).placeholder(placeholder).keyValue(keyValue).build());
                changed = true;
            }
        }
        return changed ? action.withParameters(out) : action;
    }

    /**
     * The parameters whose documented name is a placeholder: {@code Xxx-000000}, or {@code XxxN} beside an
     * {@code Xxx1} (and then every {@code Xxx<digits>}).
     */
    static Set<String> placeholders(List<ParameterDef> parameters) {
        Set<String> lower = new HashSet<>();
        parameters.forEach(p -> lower.add(p.name().toLowerCase(Locale.ROOT)));
        Set<String> placeholders = new HashSet<>();
        for (ParameterDef p : parameters) {
            String name = p.name();
            String l = name.toLowerCase(Locale.ROOT);
            if (NUMBERED.matcher(name).matches()) {
                placeholders.add(name);
            } else if (name.endsWith("N") && name.length() > 1 && lower.contains(l.substring(0, l.length() - 1) + "1")) {
                placeholders.add(name);
                String stem = l.substring(0, l.length() - 1);
                for (ParameterDef q : parameters) {
                    String ql = q.name().toLowerCase(Locale.ROOT);
                    if (ql.startsWith(stem) && ql.substring(stem.length()).matches("[0-9]+")) {
                        placeholders.add(q.name());
                    }
                }
            }
        }
        return placeholders;
    }
}
