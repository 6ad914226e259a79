// The second run found the stamp current: it logged so, and no file's mtime (or the set of files) changed.
def out = new File(basedir, '../uptodate-out').canonicalFile
def log = new File(basedir, 'build.log').text
assert log.contains('amisdk: up to date')
def before = new File(basedir, '../uptodate-mtimes.txt').readLines().collectEntries { l -> def p = l.split('\t'); [(p[0]): p[1] as long] }
def after = [:]
out.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    after[out.toPath().relativize(f.toPath()).toString().replace('\\', '/')] = f.lastModified()
}
assert before.size() > 300
assert after == before
