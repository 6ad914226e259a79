package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.amisdk.runtime.EventDecoders;
import io.amisdk.it.ami.LoginAction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginActionTest {
    @Test
    void loginWritesItsHeadersAndHidesTheSecret() {
        LoginAction login = LoginAction.builder().username("admin").secret("amp111").build();
        List<String> lines = new ArrayList<>();

        login.writeHeaders((name, value) -> {
            lines.add(name + ": " + value);
            return null;
        });

        assertEquals("Login", login.actionName());
        assertEquals(List.of("Username: admin", "Secret: amp111"), lines);
        assertFalse(login.toString().contains("amp111"), login.toString());
    }

    @Test
    void theGeneratedDecodersAreFoundThroughServiceLoader() {
        EventDecoders decoders = EventDecoders.installed();

        assertTrue(decoders.size() > 0);
        assertEquals("FullyBootedEvent", decoders.typeOf("FullyBooted").getSimpleName());
    }
}
