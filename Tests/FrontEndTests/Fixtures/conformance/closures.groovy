// Word statistics over a text, written with closures the way Groovy scripts are.
def text = 'the quick brown fox jumps over the lazy dog, the dog sleeps and the fox runs'

def words = text.split(/\s+/).collect { it.toLowerCase() }
def counts = [:].withDefault { 0 }
words.each { word -> counts[word] += 1 }

def longest = words.max { a, b -> a.size() <=> b.size() }
def byLength = words.groupBy { it.size() }
def frequent = counts.findAll { word, n -> n > 1 }.keySet().sort()

def describe = { String word, int n ->
    if (n > 2) {
        return "${word} is frequent"
    } else if (n == 2) {
        return "${word} appears twice"
    }
    "${word} appears once"
}

counts.sort { -it.value }.take(3).each { word, n ->
    println describe(word, n)
}

def total = words.inject(0) { sum, w -> sum + w.size() }
assert total > 0 : 'no words in the text'
def average = total / words.size()
println "longest: ${longest}, average length: ${average.round(2)}"
println "frequent: ${frequent.join(', ')}"
byLength.keySet().sort().each { n ->
    println "${n}: ${byLength[n].unique().join(' ')}"
}
