/** A small, JDK-only Asterisk Manager Interface client. */
module io.amisdk.runtime {
    requires java.logging;
    exports io.amisdk.runtime;

    uses io.amisdk.runtime.EventDecoderProvider;
}
