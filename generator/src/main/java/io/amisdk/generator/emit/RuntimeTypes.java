package io.amisdk.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.amisdk.runtime.AmiAction;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiHeaderWriter;
import io.amisdk.runtime.AmiListAction;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiOutcomeEvent;
import io.amisdk.runtime.AmiOutcomeFailedException;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.AuthType;
import io.amisdk.runtime.BooleanSpelling;
import io.amisdk.runtime.EventDecoderProvider;
import io.amisdk.runtime.EventDecoders;
import io.amisdk.runtime.EventMask;
import io.amisdk.runtime.HeaderValues;
import io.amisdk.runtime.Secrets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Every type the emitted code refers to, held in one place. Runtime types come from class literals,
 * so a rename in the runtime breaks the generator's compile rather than the user's.
 */
final class RuntimeTypes {
    static final ClassName AMI_ACTION = ClassName.get(AmiAction.class);
    static final ClassName AMI_LIST_ACTION = ClassName.get(AmiListAction.class);
    static final ClassName AMI_HEADER_WRITER = ClassName.get(AmiHeaderWriter.class);
    static final ClassName AMI_EVENT = ClassName.get(AmiEvent.class);
    static final ClassName AMI_MESSAGE = ClassName.get(AmiMessage.class);
    static final ClassName AMI_OUTCOME_EVENT = ClassName.get(AmiOutcomeEvent.class);
    static final ClassName AMI_OUTCOME_FAILED_EXCEPTION = ClassName.get(AmiOutcomeFailedException.class);
    static final ClassName AMI_RESPONSE = ClassName.get(AmiResponse.class);
    static final ClassName EVENT_DECODERS = ClassName.get(EventDecoders.class);
    static final ClassName EVENT_DECODER_PROVIDER = ClassName.get(EventDecoderProvider.class);
    static final ClassName SECRETS = ClassName.get(Secrets.class);
    static final ClassName HEADER_VALUES = ClassName.get(HeaderValues.class);
    static final ClassName BOOLEAN_SPELLING = ClassName.get(BooleanSpelling.class);

    /** SOURCE retention, in {@code java.compiler}: nothing of it reaches the user's class files. */
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName OBJECTS = ClassName.get(Objects.class);
    static final ClassName OPTIONAL = ClassName.get(Optional.class);
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
    static final ClassName COLLECTION = ClassName.get(Collection.class);
    static final ClassName LOCALE = ClassName.get(Locale.class);
    static final ClassName DURATION = ClassName.get(Duration.class);
    static final ClassName CHRONO_UNIT = ClassName.get(ChronoUnit.class);
    static final ClassName INSTANT = ClassName.get(Instant.class);
    static final ClassName EVENT_MASK = ClassName.get(EventMask.class);
    static final ClassName AUTH_TYPE = ClassName.get(AuthType.class);
    static final ClassName OPTIONAL_INT = ClassName.get(OptionalInt.class);
    static final ClassName OPTIONAL_LONG = ClassName.get(OptionalLong.class);
    static final ClassName OPTIONAL_DOUBLE = ClassName.get(OptionalDouble.class);
    static final ClassName MAP_ENTRY = ClassName.get(Map.Entry.class);
    static final ClassName MAP = ClassName.get(Map.class);

    /** The value of every {@code @Generated} annotation we emit. */
    static final String GENERATOR_NAME = "io.amisdk.generator";

    /** The {@code @Generated} annotation every emitted type carries. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR_NAME).build();
    }

    private RuntimeTypes() {
    }
}
