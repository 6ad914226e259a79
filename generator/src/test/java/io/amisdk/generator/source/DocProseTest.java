package io.amisdk.generator.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.ParameterDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocProseTest {
    @Test
    void defaultMarkCountsInTheValuesOwnTextOnly() {
        assertThat(DocProse.marksDefault(Doc.ofText("Plain text secret. (default)"))).isTrue();
        assertThat(DocProse.marksDefault(Doc.ofText("MD5 hashed secret."))).isFalse();
        Doc nested = new Doc(List.of(new Doc.EnumList(List.of(new Doc.Entry("x", Doc.ofText("(default)"))))));
        assertThat(DocProse.marksDefault(nested)).as("a nested list's own default is not this value's").isFalse();
    }

    @Test
    void repeatableHeadersAsTheXmlAndTheWebsiteWriteThem() {
        assertThat(DocProse.saysRepeatable("Variable",
                Doc.ofText("Channel variable to set, multiple Variable: headers are allowed."))).isTrue();
        assertThat(DocProse.saysRepeatable("Variable",
                Doc.ofText("sent via multiple 'Variable: name=value' sequences"))).isTrue();
        assertThat(DocProse.saysRepeatable("Channel", Doc.ofText("multiple Variable: headers"))).isFalse();
    }

    @Test
    void anActionDescriptionMarksItsParameters() {
        ParameterDef variable = new ParameterDef("Variable", false, Doc.EMPTY, List.of(), null, false);
        ParameterDef endpoint = new ParameterDef("Endpoint", true, Doc.EMPTY, List.of(), null, false);

        List<ParameterDef> marked = DocProse.withRepeatableFromDescription(List.of(endpoint, variable),
                Doc.ofText("Send a NOTIFY with headers via multiple Variable: name=value sequences."));

        assertThat(marked).extracting(ParameterDef::name, ParameterDef::multiValued)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Endpoint", false),
                        org.assertj.core.groups.Tuple.tuple("Variable", true));
    }
}
