// The README's complete pom, as a user copies it: only the version is this build's, and the docs file is
// put where the pom expects it (src/main/ami/core-en_US.xml).
def readme = new File(basedir, '../../../../README.md').text
int anchor = readme.indexOf('A complete pom for the second way')
assert anchor >= 0 : 'the README lost its complete pom'
int start = readme.indexOf('```xml\n', anchor) + '```xml\n'.length()
int end = readme.indexOf('```', start)
def pom = readme.substring(start, end)
assert pom.contains('<artifactId>amisdk-maven-plugin</artifactId>')
new File(basedir, 'pom.xml').text = pom.replace('0.1.0-SNAPSHOT', projectVersion)
def ami = new File(basedir, 'src/main/ami')
ami.mkdirs()
new File(ami, 'core-en_US.xml').bytes = new File(amisdkDocs).bytes
true
