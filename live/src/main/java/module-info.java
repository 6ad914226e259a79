/** The PBX's live state kept from AMI events and list actions; depends on the runtime only. */
module io.amisdk.live {
    requires transitive io.amisdk.runtime;
    exports io.amisdk.live;
}
