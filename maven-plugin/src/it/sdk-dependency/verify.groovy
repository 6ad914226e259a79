// The build failed with the one message that names both ways out, and nothing was generated.
def log = new File(basedir, 'build.log').text
assert log.contains('amisdk: this project depends on io.amisdk:amisdk-sdk and also generates an SDK (package com.example.pbx.ami)')
assert log.contains('drop the amisdk-sdk dependency (keep amisdk-runtime), or drop this plugin. Nothing was generated.')
assert !log.contains('[WARNING] amisdk')
assert !new File(basedir, 'target/generated-sources/amisdk').exists()
true
