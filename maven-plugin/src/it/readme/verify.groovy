// The README's pom, copied as it is, generates into com.example.pbx.ami what its includes/excludes say,
// and the generated sources compiled (else the build failed).
def out = new File(basedir, 'target/generated-sources/amisdk/com/example/pbx/ami')
def names = []
out.eachFileRecurse(groovy.io.FileType.FILES) { f -> names << f.name }
assert names.contains('OriginateAction.java')
assert names.contains('CoreShowChannelsAction.java')
assert names.contains('HangupEvent.java')
assert names.contains('NewchannelEvent.java')
assert !names.any { it.startsWith('CoreShowChannelMap') } : 'the exclude must win over Core*'
assert !names.contains('LoginAction.java') : 'only what the includes name'
assert new File(basedir, 'target/classes/com/example/pbx/ami').isDirectory() || names.size() > 0
def log = new File(basedir, 'build.log').text
assert log.contains('(package com.example.pbx.ami)')
assert !log.contains('[WARNING] amisdk')
true
