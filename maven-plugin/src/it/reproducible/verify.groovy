// Same inputs, two clean runs: the same files with the same bytes.
def tree = { File dir ->
    def files = new TreeMap()
    dir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
        files[dir.toPath().relativize(f.toPath()).toString().replace('\\', '/')] = f.bytes.encodeBase64().toString()
    }
    files
}
def first = tree(new File(basedir, 'target/first'))
def second = tree(new File(basedir, 'target/second'))
assert first.size() > 300
assert first.keySet() == second.keySet()
first.each { path, bytes -> assert second[path] == bytes : "differs: $path" }
true
