// The README's pom, first program and test, as a user copies them: only the version is this build's, and the
// docs file is put where the pom expects it (src/main/ami/core-en_US.xml).
def readme = new File(basedir, '../../../../README.md').text

def block = { String anchor, String fence ->
    int at = readme.indexOf(anchor)
    assert at >= 0 : "the README lost its section '$anchor'"
    int start = readme.indexOf(fence + '\n', at)
    assert start >= 0 : "no $fence block after '$anchor'"
    start += fence.length() + 1
    readme.substring(start, readme.indexOf('```', start))
}

def pom = block('### 2. A pom', '```xml')
assert pom.contains('<artifactId>amisdk-maven-plugin</artifactId>')
new File(basedir, 'pom.xml').text = pom.replace('0.1.0-SNAPSHOT', projectVersion)

def program = block('### 3. A first program', '```java')
assert program.contains('class FirstProgram')
def main = new File(basedir, 'src/main/java/com/example/pbx')
main.mkdirs()
new File(main, 'FirstProgram.java').text = program

def test = block('## Testing', '```java')
assert test.contains('class ChannelsTest')
def tests = new File(basedir, 'src/test/java/com/example/pbx')
tests.mkdirs()
new File(tests, 'ChannelsTest.java').text = test

def ami = new File(basedir, 'src/main/ami')
ami.mkdirs()
new File(ami, 'core-en_US.xml').bytes = new File(amisdkDocs).bytes
true
