// The build failed naming every problem with its file and line, and wrote, deleted or touched nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('amisdk: 3 problems in the docs, supplements or naming rules; nothing was generated')
assert log.contains("bad-core-en_US.xml:7:103: manager Ping: xpointer matches nothing")
assert log.contains('bad-core-en_US.xml:10:45: <manager> without a name')
assert log.contains('bad-core-en_US.xml:17:16: managerEvent Broken: <parameter> without a name')
def previous = new File(basedir, 'generated/io/amisdk/sdk/PreviousAction.java')
assert previous.isFile() : 'the earlier output must stay'
assert new File(basedir, 'generated/io/amisdk/sdk').list() as List == ['PreviousAction.java']
assert !new File(basedir, 'generated/.amisdk-stamp').exists()
true
