// Both lines were read and merged: Monitor, which 20 has and 22 dropped, is generated beside Login.
def out = new File(basedir, 'target/generated-sources/amisdk/io/amisdk/it/ami')
assert new File(out, 'action/LoginAction.java').isFile()
assert new File(out, 'action/MonitorAction.java').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('amisdk: 2 actions, 0 events')
true
