package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiHeaderWriter;
import io.amisdk.runtime.AmiListAction;
import io.amisdk.runtime.AmiListResponse;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiProtocolException;
import io.amisdk.runtime.EventDecoders;
import io.amisdk.runtime.GenericEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Typed events and lists through the decoder registry, as the generated SDK will use them. */
class TypedEventsTest {
    /** What a generated event class looks like to the runtime. */
    record HangupEvent(AmiMessage headers) implements AmiEvent {
        String channel() {
            return headers.get("Channel");
        }
    }

    record CoreShowChannelEvent(AmiMessage headers) implements AmiEvent {
    }

    /** What a generated list action looks like to the runtime; decodes its own items unless told not to. */
    static final class CoreShowChannels implements AmiListAction<CoreShowChannelEvent> {
        private final boolean decodesItems;

        CoreShowChannels(boolean decodesItems) {
            this.decodesItems = decodesItems;
        }

        @Override
        public CoreShowChannelEvent decodeItem(AmiMessage message) {
            return decodesItems && "CoreShowChannel".equalsIgnoreCase(message.get("Event"))
                    ? new CoreShowChannelEvent(message) : null;
        }

        @Override
        public String actionName() {
            return "CoreShowChannels";
        }

        @Override
        public void writeHeaders(AmiHeaderWriter out) {
        }

        @Override
        public Class<CoreShowChannelEvent> itemType() {
            return CoreShowChannelEvent.class;
        }

        @Override
        public String completionEventName() {
            return "CoreShowChannelsComplete";
        }
    }

    private static EventDecoders decoders() {
        return EventDecoders.empty().register("Hangup", HangupEvent.class, HangupEvent::new)
                .register("CoreShowChannel", CoreShowChannelEvent.class, CoreShowChannelEvent::new);
    }

    @Test
    @DisplayName("typed, named and catch-all listeners; unregistered events arrive as GenericEvent; none missed before start()")
    void typedListeners() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.create(Clients.config(ami).eventDecoders(decoders()).build())) {
            List<String> typed = new CopyOnWriteArrayList<>();
            List<String> named = new CopyOnWriteArrayList<>();
            List<String> generic = new CopyOnWriteArrayList<>();
            List<String> all = new CopyOnWriteArrayList<>();
            client.onEvent(HangupEvent.class, e -> typed.add(e.channel()));
            client.onEvent("hangup", e -> named.add(e.getClass().getSimpleName()));
            client.onEvent(GenericEvent.class, e -> generic.add(e.eventName()));
            client.onAnyEvent(e -> all.add(e.eventName()));
            client.start(); // the fake sends FullyBooted right after the login, as Asterisk does
            ami.emit("Hangup", "Channel", "PJSIP/1");
            ami.emit("Newexten", "Channel", "PJSIP/1");
            ami.emit("Hangup", "Channel", "PJSIP/2");
            Clients.await("4 events", Duration.ofSeconds(10), () -> all.size() == 4);
            assertThat(typed).containsExactly("PJSIP/1", "PJSIP/2");
            assertThat(named).containsExactly("HangupEvent", "HangupEvent");
            assertThat(generic).containsExactly("FullyBooted", "Newexten");
            assertThat(all).containsExactly("FullyBooted", "Hangup", "Newexten", "Hangup");
        }
    }

    @Test
    @DisplayName("a typed list action gets typed items, from its own decodeItem or the registry; with neither the failure says why")
    void typedList() {
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            for (int i = 0; i < 3; i++) {
                ami.expect("CoreShowChannels").reply("Response", "Success", "EventList", "start", "Message", "Channels will follow")
                        .event("CoreShowChannel", "Channel", "Local/100@test-00000001;1")
                        .event("CoreShowChannel", "Channel", "Local/100@test-00000001;2")
                        .event("CoreShowChannelsComplete", "EventList", "Complete", "ListItems", "2");
            }
            try (AmiClient client = AmiClient.connect(Clients.config(ami).eventDecoders(decoders()).build())) {
                AmiListResponse<CoreShowChannelEvent> list = client.sendList(new CoreShowChannels(false)).join();
                assertThat(list.items()).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(CoreShowChannelEvent.class));
                assertThat(list.announcedItems()).isEqualTo(2);
            }
            try (AmiClient client = AmiClient.connect(Clients.config(ami).eventDecoders(EventDecoders.empty()).build())) {
                AmiListResponse<CoreShowChannelEvent> list = client.sendList(new CoreShowChannels(true)).join();
                assertThat(list.items()).extracting(e -> e.headers().get("Channel"))
                        .containsExactly("Local/100@test-00000001;1", "Local/100@test-00000001;2");
                assertThat(list.completion()).isInstanceOf(GenericEvent.class);
            }
            try (AmiClient client = AmiClient.connect(Clients.config(ami).eventDecoders(EventDecoders.empty()).build())) {
                assertThat(client.sendList(new CoreShowChannels(false)))
                        .failsWithin(Duration.ofSeconds(10)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                        .havingCause().isInstanceOf(AmiProtocolException.class).withMessageContaining("EventDecoderProvider");
            }
        }
    }

    record OriginateResponseEvent(AmiMessage headers) implements AmiEvent {
    }

    @Test
    @DisplayName("a user listener executor gets every event in order; typed sendAndAwaitEvent decodes the awaited event")
    void userExecutorAndTypedAwait() throws Exception {
        java.util.concurrent.ExecutorService listeners = java.util.concurrent.Executors.newFixedThreadPool(4);
        io.amisdk.runtime.AmiResources resources = io.amisdk.runtime.AmiResources.builder().listenerExecutor(listeners).build();
        EventDecoders decoders = decoders().register("OriginateResponse", OriginateResponseEvent.class, OriginateResponseEvent::new);
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).eventDecoders(decoders)
                        .resources(resources).build())) {
            List<Integer> seen = new CopyOnWriteArrayList<>();
            client.onEvent("Tick", e -> seen.add(Integer.parseInt(e.headers().get("N"))));
            StringBuilder ticks = new StringBuilder();
            for (int i = 0; i < 5000; i++) {
                ticks.append(FakeSession.formatEvent("Tick", "N", Integer.toString(i)));
            }
            ami.sessions().get(0).raw(ticks.toString());
            Clients.await("5000 ticks", Duration.ofSeconds(10), () -> seen.size() == 5000);
            assertThat(seen).isEqualTo(java.util.stream.IntStream.range(0, 5000).boxed().toList());

            ami.expect("Originate").reply("Response", "Success", "Message", "Originate successfully queued")
                    .event("OriginateResponse", "Response", "Success", "Uniqueid", "1.1");
            OriginateResponseEvent done = client.sendAndAwaitEvent(io.amisdk.runtime.GenericAction.of("Originate")
                    .header("Async", "true"), "OriginateResponse", OriginateResponseEvent.class, Duration.ofSeconds(10))
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(done.headers().get("Uniqueid")).isEqualTo("1.1");
        } finally {
            listeners.shutdownNow();
            resources.close();
        }
    }
}
