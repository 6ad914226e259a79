package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.ParameterDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits an action's typed response ({@code GetvarResponse}): an {@code AmiResponse} — status, message,
 * every header kept — with one typed accessor per header the model's response shape names, read on
 * demand like an event's; a test makes one with {@code builder()} (see {@link MessageBuilderEmitter}).
 */
final class ResponseEmitter implements TypeEmitter {
    /** Names AmiResponse uses itself, so no header may take them. */
    private static final List<String> RESERVED_MEMBERS = List.of("status", "isSuccess", "isError", "message",
            "actionId", "actionName", "get", "output", "headers", "orThrow", "builder", "equals", "hashCode", "toString", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize");

    /** Headers AmiResponse already reads. */
    private static final Set<String> INHERITED = Set.of("response", "actionid", "message");

    private final ActionDef action;
    private final JavaNames names;
    private final ClassName className;
    private final List<HeaderMember> fields = new ArrayList<>();

    ResponseEmitter(ActionDef action, JavaNames names) {
        this.action = action;
        this.names = names;
        this.className = names.responseClass(action.name());
        List<ParameterDef> documented = HeaderLists.distinct(action.response().fields(), INHERITED);
        JavaNames.Members members = names.members(action.name(), RESERVED_MEMBERS,
                List.of(className.simpleName(), MessageBuilderEmitter.BUILDER));
        List<String> memberNames = members.allocate(documented);
        for (int i = 0; i < documented.size(); i++) {
            fields.add(HeaderMember.of(documented.get(i), memberNames.get(i), className, names, members));
        }
    }

    @Override
    public ClassName className() {
        return className;
    }

    @Override
    public String origin() {
        return "manager " + action.name() + " response";
    }

    @Override
    public TypeSpec spec() {
        String body = Javadoc.doc(action.response().description());
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The answer to {@link $T}: its status and message, and the headers below, typed.$L\n",
                        names.actionClass(action.name()), body.isEmpty() ? "" : "\n\n<p>" + body)
                .addAnnotation(RuntimeTypes.generated())
                .superclass(RuntimeTypes.AMI_RESPONSE);
        type.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc("Types an answer received for the action.\n\n@param response the answer\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.AMI_RESPONSE, "response")
                .addStatement("super(response)")
                .build());
        MessageBuilderEmitter builder = new MessageBuilderEmitter(className, "Response", "Success", fields,
                List.of(new MessageBuilderEmitter.Inherited("message", "Message"),
                        new MessageBuilderEmitter.Inherited("actionId", "ActionID")),
                CodeBlock.of("new $T(new $T(message))", className, RuntimeTypes.AMI_RESPONSE));
        type.addMethod(builder.factory());
        type.addMethod(MethodSpec.methodBuilder("orThrow")
                .addJavadoc("Returns this response, or throws when Asterisk answered {@code Response: Error}.\n\n"
                        + "@return this response\n@throws io.amisdk.runtime.AmiActionFailedException naming the action, "
                        + "its ActionID and Asterisk's message\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(className)
                .addStatement("throwIfError()")
                .addStatement("return this")
                .build());
        for (HeaderMember f : fields) {
            type.addMethod(HeaderAccessors.accessor(f, CodeBlock.of("headers()"), "headers()", "",
                    Modifier.PUBLIC));
        }
        EnumEmitter.addNested(type, fields);
        type.addType(builder.spec());
        return type.build();
    }
}
