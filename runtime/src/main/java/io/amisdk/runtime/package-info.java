/**
 * A small, JDK-only client for the Asterisk Manager Interface (AMI).
 *
 * <p>Start with {@link io.amisdk.runtime.AmiClient} and {@link io.amisdk.runtime.AmiClientConfig}.
 * Actions are {@link io.amisdk.runtime.AmiAction}s (generated classes, or
 * {@link io.amisdk.runtime.GenericAction}); answers are {@link io.amisdk.runtime.AmiResponse},
 * {@link io.amisdk.runtime.AmiListResponse} or, for actions that finish with an event (Originate with
 * {@code Async: true}), that event. Events are {@link io.amisdk.runtime.AmiEvent}s, typed through
 * {@link io.amisdk.runtime.EventDecoders} or {@link io.amisdk.runtime.GenericEvent}.
 *
 * <p>Threads: per connection one reader (parses, routes, never runs user code); everything else —
 * the timer (timeouts, keepalive, reconnect), writes, connects, future completion and listener
 * delivery — runs on an {@link io.amisdk.runtime.AmiResources} shared by clients.
 * Logging goes through {@link java.lang.System.Logger} only; secrets never reach it.
 */
package io.amisdk.runtime;
