/** A fake Asterisk on loopback for tests: scripted, or replaying recorded AMI sessions. */
module io.amisdk.testkit {
    requires transitive io.amisdk.runtime;
    exports io.amisdk.testkit;
}
