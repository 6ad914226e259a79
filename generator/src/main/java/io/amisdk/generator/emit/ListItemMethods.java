package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.amisdk.generator.model.ActionDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The methods a list action implements: its item type, the completion event's name, and
 * {@code decodeItem}, which turns an item message into its typed event by the {@code Event} header
 * (every documented spelling, ignoring case) — so typed items never depend on a configured ServiceLoader.
 */
final class ListItemMethods {
    private final ActionDef action;
    private final TypeName itemType;
    private final Map<String, ClassName> itemClasses;

    /**
     * @param action      the list action
     * @param itemType    the type of its items: one event class, its sealed item type, or AmiEvent
     * @param itemClasses the item event classes by every lower-cased spelling of their names
     */
    ListItemMethods(ActionDef action, TypeName itemType, Map<String, ClassName> itemClasses) {
        this.action = action;
        this.itemType = itemType;
        this.itemClasses = new LinkedHashMap<>(itemClasses);
    }

    void addTo(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("itemType")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Class.class), itemType))
                .addStatement("return $T.class", itemType)
                .build());
        type.addMethod(MethodSpec.methodBuilder("completionEventName")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.STRING)
                .addStatement("return $S", action.listResponse().completionEvent())
                .build());
        MethodSpec.Builder decode = MethodSpec.methodBuilder("decodeItem")
                .addJavadoc("The typed item of a list message, or null when the message is not one of this list's items."
                        + "\n\n@param message a message of this action's list\n@return the item, or null\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(itemType)
                .addParameter(RuntimeTypes.AMI_MESSAGE, "message");
        if (itemClasses.isEmpty()) {
            decode.addStatement("return null");
        } else {
            decode.addStatement("$T event = message.get($S)", RuntimeTypes.STRING, "Event")
                    .beginControlFlow("if (event == null)")
                    .addStatement("return null")
                    .endControlFlow();
            for (Map.Entry<String, ClassName> e : itemClasses.entrySet()) {
                decode.beginControlFlow("if (event.equalsIgnoreCase($S))", e.getKey())
                        .addStatement("return $T.decode(message)", e.getValue())
                        .endControlFlow();
            }
            decode.addStatement("return null");
        }
        type.addMethod(decode.build());
    }

    /** The sealed item type of a list of several events: every item class permitted. */
    static TypeSpec sealedItemType(ClassName name, ActionDef action, List<ClassName> permitted) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc("An item of the {@code $L} action's list: one of $L.\n", action.name(),
                        String.join(", ", permitted.stream().map(c -> "{@link " + c.simpleName() + "}").toList()))
                .addAnnotation(RuntimeTypes.generated())
                .addSuperinterface(RuntimeTypes.AMI_EVENT);
        permitted.forEach(type::addPermittedSubclass);
        return type.build();
    }
}
