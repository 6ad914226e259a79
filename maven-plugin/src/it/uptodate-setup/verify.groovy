// Moves every output file an hour into the past and records it, so the next run's touching any file shows.
def out = new File(basedir, '../uptodate-out').canonicalFile
assert new File(out, 'io/amisdk/it/ami/OriginateAction.java').isFile()
long past = (System.currentTimeMillis() - 3_600_000L).intdiv(1000) * 1000
def record = new StringBuilder()
out.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    assert f.setLastModified(past)
    record << out.toPath().relativize(f.toPath()).toString().replace('\\', '/') << '\t' << f.lastModified() << '\n'
}
new File(basedir, '../uptodate-mtimes.txt').text = record.toString()
assert record.length() > 0
