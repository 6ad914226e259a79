// The plugin was found without the pom declaring it, and its help documents the goal's parameters.
def log = new File(basedir, 'build.log').text
assert log.contains('amisdk:generate')
['docs', 'packageName', 'outputDirectory', 'includes', 'supplements', 'skip'].each { p ->
    assert log =~ /(?m)^\[INFO\]\s+$p\b/ || log =~ /(?m)^\s+$p\b/ : "help lists $p"
}
assert log.contains('User property: amisdk.docs')
assert !new File(basedir, 'pom.xml').text.contains('<plugin>')
// Which Maven ran it (the build runs every IT on 3.8 and on the newest 3.9).
println "help-anywhere ran on Maven ${mavenVersion}"
true
