// The prefix resolved to our plugin, and the help names the goal and documents every parameter.
def log = new File(basedir, 'build.log').text
assert log.contains('amisdk:generate')
def parameters = ['docs', 'lines', 'docsFormat', 'cacheDirectory', 'offline', 'maxPages', 'asteriskLine', 'packageName',
                  'outputDirectory', 'includes', 'excludes', 'supplements', 'useBuiltInSupplement', 'moduleInfo', 'skip']
parameters.each { p -> assert log =~ /(?m)^\[INFO\]\s+$p\b/ || log =~ /(?m)^\s+$p\b/ : "help lists $p" }
assert log.contains('User property: amisdk.docs')
assert log.contains('.ami')
assert log.count('Example') >= parameters.size()
true
