/**
 * A fake Asterisk for tests, on loopback (port 0): {@link io.amisdk.testkit.FakeAsterisk} is
 * scripted (expect an action, reply, emit events, drop, stall) and {@link io.amisdk.testkit.TranscriptReplay}
 * replays a recorded session ({@link io.amisdk.testkit.Transcript}) byte for byte, mapping the
 * recorded ActionIDs to the ones the client under test chose. {@link io.amisdk.testkit.AmiWire} reads
 * recorded bytes independently of the runtime's parser, for computing expected values.
 */
package io.amisdk.testkit;
