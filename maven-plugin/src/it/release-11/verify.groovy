// The build stopped at the plugin with the one message (found, needed, fix), before javac and before writing.
def log = new File(basedir, 'build.log').text
def message = 'amisdk: the generated SDK needs Java 17 or later, but this project compiles for Java 11:' +
        ' release 11 (property maven.compiler.release). Fix: set <maven.compiler.release>17' +
        '</maven.compiler.release> in the pom\'s <properties>, and build on JDK 17 or later. Nothing was generated.'
assert log.contains(message)
// One message: Maven repeats it (summary, stack trace under -e), but the plugin says nothing else.
def said = log.readLines().findAll { it.contains('amisdk: ') }
        .collect { it.substring(it.indexOf('amisdk: ')).replaceFirst(/ -> \[Help 1\]$/, '') }.unique()
assert said == [message]
assert !log.contains('maven-compiler-plugin:3.14.1:compile') : 'javac must not have run'
assert !new File(basedir, 'target/generated-sources/amisdk').exists()
true
