// The README's pom generated the whole SDK into com.example.pbx.ami and compiled it with the first program; the
// README's test passed; and the first program, run as a user runs it, talks to a fake Asterisk.
import io.amisdk.testkit.FakeAsterisk
import java.util.concurrent.TimeUnit

def out = new File(basedir, 'target/generated-sources/amisdk/com/example/pbx/ami')
def names = []
out.eachFileRecurse(groovy.io.FileType.FILES) { f -> names << f.name }
['LoginAction.java', 'OriginateAction.java', 'CoreShowChannelsAction.java', 'HangupEvent.java'].each {
    assert names.contains(it) : "the default generates everything: $it"
}
assert names.size() > 300 : "no include cut the SDK: ${names.size()} files"
def log = new File(basedir, 'build.log').text
assert log.contains('(package com.example.pbx.ami)')
assert !log.contains('[WARNING] amisdk')

def report = new File(basedir, 'target/surefire-reports/TEST-com.example.pbx.ChannelsTest.xml')
assert report.isFile() : 'the README test ran'
assert report.text =~ /tests="1"/ && report.text =~ /failures="0"/ && report.text =~ /errors="0"/

// The first program, as a separate JVM with the environment the README names.
def runtimeJar = new File(localRepositoryPath, "io/amisdk/amisdk-runtime/$projectVersion/amisdk-runtime-${projectVersion}.jar")
assert runtimeJar.isFile()
def classPath = [new File(basedir, 'target/classes'), runtimeJar].join(File.pathSeparator)
def java = new File(System.getProperty('java.home'), 'bin/java').path
FakeAsterisk asterisk = FakeAsterisk.start()
try {
    asterisk.expect('CoreShowChannels').reply('Response', 'Success', 'EventList', 'start')
            .event('CoreShowChannel', 'Channel', 'PJSIP/100-00000001', 'Application', 'Dial')
            .event('CoreShowChannelsComplete', 'EventList', 'Complete', 'ListItems', '1')
    def pb = new ProcessBuilder(java, '-cp', classPath, 'com.example.pbx.FirstProgram').redirectErrorStream(true)
    pb.environment().putAll([AMI_HOST: asterisk.host(), AMI_PORT: String.valueOf(asterisk.port()), AMI_SECRET: 'amp111'])
    def p = pb.start()
    def lines = []
    def reader = p.inputStream.newReader()
    String line
    while ((line = reader.readLine()) != null) {
        lines << line
        if (line.endsWith('channel(s) up')) {
            // while the program watches: a hangup, which its listener prints
            asterisk.emit('Hangup', 'Channel', 'PJSIP/100-00000001', 'Cause', '16', 'Cause-txt', 'Normal Clearing')
        }
    }
    assert p.waitFor(60, TimeUnit.SECONDS)
    def text = lines.join('\n')
    println "README first program said:\n$text"
    assert p.exitValue() == 0 : text
    assert text.contains('connected: Asterisk Call Manager/')
    assert text.contains('1 channel(s) up')
    assert text.contains('  PJSIP/100-00000001 in Dial')
    assert text.contains('hangup: PJSIP/100-00000001 (Normal Clearing)')
} finally {
    asterisk.close()
}
true
