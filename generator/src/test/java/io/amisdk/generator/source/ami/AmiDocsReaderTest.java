package io.amisdk.generator.source.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.DocsFormat;
import io.amisdk.generator.source.Problem;
import io.amisdk.testkit.FakeAsterisk;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class AmiDocsReaderTest {
    private static final ServerRecording RECORDED = ServerRecording.shipped();

    private static AmiDocsUri at(FakeAsterisk server) {
        return AmiDocsUri.parse("ami://admin@127.0.0.1:" + server.port());
    }

    @DisplayName("reads what the recorded server has: Login, Originate, CoreShowChannels, Newchannel as documented")
    @Test
    void spotChecks() throws Exception {
        LoadedDocs loaded;
        StringWriter progress = new StringWriter();
        try (FakeAsterisk server = RecordedServer.start(RECORDED)) {
            loaded = DocsLoader.loadServer(at(server), "amp111", null, new PrintWriter(progress));
        }
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.model().asteriskLine()).isEqualTo("22");
        assertThat(loaded.model().source()).isEqualTo("AMI of Asterisk 22.10.1");
        assertThat(progress.toString()).contains("\rread 287/287 docs entries").doesNotContain("amp111");

        ActionDef login = loaded.model().action("Login");
        assertThat(login.module()).isEqualTo("builtin");
        assertThat(login.since()).containsExactly("0.2.0");
        assertThat(login.parameters()).extracting(ParameterDef::name, ParameterDef::required).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ActionID", false), org.assertj.core.groups.Tuple.tuple("Username", true),
                org.assertj.core.groups.Tuple.tuple("AuthType", false), org.assertj.core.groups.Tuple.tuple("Secret", false),
                org.assertj.core.groups.Tuple.tuple("Key", false), org.assertj.core.groups.Tuple.tuple("Events", false));
        assertThat(login.parameter("AuthType").values()).extracting(EnumValue::name).containsExactly("plain", "MD5");
        assertThat(login.parameter("AuthType").defaultValue()).isEqualTo("plain");
        assertThat(login.parameter("Events").values()).extracting(EnumValue::name)
                .containsExactly("on", "off", "system,call,log,...");

        // <match_method>'s options are indented below it: a nested list, whose "regex … (default)" is not its own
        ParameterDef matchCriteria = loaded.model().action("Filter").parameter("MatchCriteria");
        assertThat(matchCriteria.defaultValue()).isNull();
        assertThat(matchCriteria.values().get(matchCriteria.values().size() - 1).description().blocks())
                .last().isInstanceOfSatisfying(Doc.EnumList.class, list -> assertThat(list.values())
                        .extracting(Doc.Entry::name)
                        .containsExactly("regex", "exact", "startsWith", "endsWith", "contains", "none"));

        ActionDef originate = loaded.model().action("Originate");
        assertThat(originate.parameter("Channel").required()).isTrue();
        assertThat(originate.parameter("Variable").multiValued()).isTrue();
        assertThat(originate.synopsis()).isEqualTo("Originate a call.");

        ActionDef channels = loaded.model().action("CoreShowChannels");
        assertThat(channels.listResponse().itemEvents()).containsExactly("CoreShowChannel");
        assertThat(channels.listResponse().completionEvent()).isEqualTo("CoreShowChannelsComplete");

        EventDef newchannel = loaded.model().event("Newchannel");
        assertThat(newchannel.fields()).extracting(ParameterDef::name).containsExactly("Channel", "ChannelState",
                "ChannelStateDesc", "CallerIDNum", "CallerIDName", "ConnectedLineNum", "ConnectedLineName", "Language",
                "AccountCode", "Context", "Exten", "Priority", "Uniqueid", "Linkedid");
        assertThat(newchannel.field("ChannelStateDesc").values()).extracting(EnumValue::name).containsExactly("Down",
                "Rsrvd", "OffHook", "Dialing", "Ring", "Ringing", "Up", "Busy", "Dialing Offhook", "Pre-ring",
                "Unknown");
        assertThat(newchannel.seeAlso()).extracting(s -> s.type() + " " + s.target())
                .containsExactly("managerEvent Newstate", "managerEvent Hangup");
    }

    @DisplayName("a refused login is one clear error")
    @Test
    void refusedLogin() {
        try (FakeAsterisk server = RecordedServer.start(RECORDED)) {
            assertThatThrownBy(() -> DocsLoader.loadServer(at(server), "wrong", null, null))
                    .isInstanceOf(DocsException.class)
                    .hasMessageStartingWith("ami://admin@127.0.0.1:" + server.port()
                            + ": the server refused the login of admin")
                    .hasMessageNotContaining("wrong");
        }
    }

    @DisplayName("a user without the command permission is one clear error")
    @Test
    void noCommandPermission() {
        try (FakeAsterisk server = RecordedServer.start(RECORDED)) {
            // what Asterisk answers a user whose write permissions lack "command"
            server.handle("Command", (action, session) -> session.error(action, "Permission denied"));
            assertThatThrownBy(() -> DocsLoader.loadServer(at(server), "amp111", null, null))
                    .isInstanceOf(DocsException.class)
                    .hasMessage("ami://admin@127.0.0.1:" + server.port() + ": the user may not run the Command action"
                            + " (Permission denied); give it the 'command' permission in manager.conf (write = command,"
                            + " or all)");
        }
    }

    @DisplayName("text that does not parse: problems listed with the command that printed it")
    @Test
    void unparseableOutput() throws Exception {
        ServerRecording broken = new ServerRecording(RECORDED.responses(), new java.util.LinkedHashMap<>(
                RECORDED.commands()));
        broken.commands().put("manager show command Ping", List.of("", "Something went wrong", ""));
        List<String> hangup = new java.util.ArrayList<>(broken.commands().get("manager show event Hangup"));
        hangup.replaceAll(l -> l.equals("Channel: <value>") ? "Channel <value>" : l);
        broken.commands().put("manager show event Hangup", hangup);
        LoadedDocs loaded;
        try (FakeAsterisk server = RecordedServer.start(broken)) {
            loaded = DocsLoader.loadServer(at(server), "amp111", null, null);
        }
        String server = loaded.problems().get(0).location().source().replaceAll(" '.*", "");
        assertThat(loaded.problems()).extracting(Problem::toString).containsExactly(
                server + " 'manager show command Ping': manager Ping: text before the first 'Info about' block: "
                        + "Something went wrong",
                server + " 'manager show command Ping': manager Ping: expected one 'Info about Manager Command 'Ping''"
                        + " block, found []",
                server + " 'manager show event Hangup': managerEvent Hangup: Syntax line not read: Channel <value>");
        assertThat(loaded.model().action("Ping")).isNull();
        assertThat(loaded.model().event("Hangup").field("Channel")).isNull();
    }

    @DisplayName("ami:// sources: user, host, port; a secret in the URI is refused without being echoed")
    @Test
    void uris() {
        assertThat(AmiDocsUri.parse("ami://admin@pbx.example.com")).isEqualTo(new AmiDocsUri("admin", "pbx.example.com",
                5038));
        assertThat(AmiDocsUri.parse("ami://admin@[::1]:5039").toString()).isEqualTo("ami://admin@[::1]:5039");
        assertThat(DocsFormat.detect("ami://admin@127.0.0.1:5038")).isEqualTo(DocsFormat.AMI);
        assertThatThrownBy(() -> AmiDocsUri.parse("ami://admin:s3cret@127.0.0.1"))
                .hasMessageNotContaining("s3cret").hasMessageContaining(AmiDocsUri.SECRET_VARIABLE);
        assertThatThrownBy(() -> AmiDocsUri.parse("ami://127.0.0.1:5038"))
                .hasMessage("'ami://127.0.0.1:5038' is not an AMI docs source: ami://user@host[:port]");
    }
}
