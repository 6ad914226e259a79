package io.amisdk.runtime;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** The user's {@link AmiClientHooks}, each call guarded: a throwing hook is counted and logged once. */
final class SafeHooks implements AmiClientHooks {
    private static final System.Logger LOG = System.getLogger(SafeHooks.class.getName());

    private final AmiClientHooks d;
    /** False for {@link AmiClientHooks#NONE}: the hot paths then skip even the clock reads. */
    final boolean on;
    private final AtomicLong failures;
    private final AtomicBoolean logged = new AtomicBoolean();

    SafeHooks(AmiClientHooks delegate, AtomicLong failures) {
        this.d = delegate;
        this.on = delegate != AmiClientHooks.NONE;
        this.failures = failures;
    }

    private void failed(Throwable t) {
        failures.incrementAndGet();
        if (logged.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "the AmiClientHooks threw (logged once; counted in hookFailureCount())", t);
        }
    }

    @Override
    public void connectStart(String host, int port) {
        if (on) {
            try {
                d.connectStart(host, port);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void connectEnd(String host, int port, String greeting, Duration took) {
        if (on) {
            try {
                d.connectEnd(host, port, greeting, took);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void connectFailed(String host, int port, Throwable cause) {
        if (on) {
            try {
                d.connectFailed(host, port, cause);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void loginEnd(Duration took) {
        if (on) {
            try {
                d.loginEnd(took);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void loginFailed(Throwable cause) {
        if (on) {
            try {
                d.loginFailed(cause);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void actionSent(String action, String actionId) {
        if (on) {
            try {
                d.actionSent(action, actionId);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void actionAnswered(String action, String actionId, boolean error, Duration latency) {
        if (on) {
            try {
                d.actionAnswered(action, actionId, error, latency);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void listCompleted(String action, String actionId, int items, Duration latency) {
        if (on) {
            try {
                d.listCompleted(action, actionId, items, latency);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void actionFailed(String action, String actionId, Throwable cause) {
        if (on) {
            try {
                d.actionFailed(action, actionId, cause);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void eventDropped(String eventName) {
        if (on) {
            try {
                d.eventDropped(eventName);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void listenerFailed(Throwable cause) {
        if (on) {
            try {
                d.listenerFailed(cause);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void keepaliveLost(Duration timeout) {
        if (on) {
            try {
                d.keepaliveLost(timeout);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        if (on) {
            try {
                d.connectionLost(cause);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void reconnectScheduled(int attempt, Duration delay) {
        if (on) {
            try {
                d.reconnectScheduled(attempt, delay);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void reconnected(long reconnects) {
        if (on) {
            try {
                d.reconnected(reconnects);
            } catch (Throwable t) {
                failed(t);
            }
        }
    }

    @Override
    public void closed() {
        if (on) {
            try {
                d.closed();
            } catch (Throwable t) {
                failed(t);
            }
        }
    }
}
