// The sources were generated, compiled, and the test using LoginAction passed (else the build failed).
def out = new File(basedir, 'target/generated-sources/amisdk')
assert new File(out, 'io/amisdk/it/ami/LoginAction.java').isFile()
assert new File(out, 'io/amisdk/it/ami/FullyBootedEvent.java').isFile()
assert !new File(out, 'io/amisdk/it/ami/OriginateAction.java').exists() : 'includes must leave Originate out'
assert new File(basedir, 'target/classes/META-INF/services/io.amisdk.runtime.EventDecoderProvider').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('amisdk: ') && log.contains(' files (')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
