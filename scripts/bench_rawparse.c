// Raw tree-sitter parse timer for scripts/bench-small.sh: the yardstick of Benchmarks/Index
// (`rawParse()`), in C so that it runs without building the benchmark package. Every listed file is read
// into memory first (the yardstick excludes I/O); then THREADS threads take files from a shared counter
// and, per file, do what Benchmarks/Index does on GCD's threads: a fresh parser (ts_parser_new), its grammar,
// ts_parser_parse_string_encoding (UTF-8, no timeout), then the tree freed node by node (ts_tree_delete)
// -- tree-sitter as shipped (Debian's libtree-sitter, the same library clonescan links) with the grammar
// libraries clonescan loads from $CLONESCAN_CACHE/grammars. Prints: files bytes seconds.
//   bench_rawparse LIST THREADS ROUNDS
//   LIST: one file per line: "LIBRARY<TAB>SYMBOL<TAB>PATH"
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <tree_sitter/api.h>

typedef struct { const TSLanguage *language; char *bytes; uint32_t length; } Source;
static Source *sources; static size_t count; static atomic_size_t next;

static const TSLanguage *load(const char *library, const char *symbol) {
    static char libs[256][512]; static const TSLanguage *langs[256]; static int n;
    for (int i = 0; i < n; i++) if (!strcmp(libs[i], library)) return langs[i];
    void *h = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (!h) { fprintf(stderr, "error: %s\n", dlerror()); exit(3); }
    const TSLanguage *(*fn)(void) = (const TSLanguage *(*)(void))dlsym(h, symbol);
    if (!fn) { fprintf(stderr, "error: %s: no %s\n", library, symbol); exit(3); }
    snprintf(libs[n], sizeof libs[n], "%s", library); langs[n] = fn(); return langs[n++];
}

static void *worker(void *unused) {
    (void)unused;
    for (;;) {
        size_t i = atomic_fetch_add(&next, 1);
        if (i >= count) return NULL;
        TSParser *parser = ts_parser_new();
        if (ts_parser_set_language(parser, sources[i].language)) {
            ts_parser_reset(parser);
            ts_parser_set_timeout_micros(parser, 0);
            TSTree *tree = ts_parser_parse_string_encoding(parser, NULL, sources[i].bytes, sources[i].length, TSInputEncodingUTF8);
            if (tree) ts_tree_delete(tree);
        }
        ts_parser_delete(parser);
    }
}

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: bench_rawparse LIST THREADS ROUNDS\n"); return 2; }
    int threads = atoi(argv[2]), rounds = atoi(argv[3]);
    FILE *list = fopen(argv[1], "r"); if (!list) { perror(argv[1]); return 2; }
    size_t cap = 1024; sources = malloc(cap * sizeof *sources);
    char line[8192]; unsigned long long total = 0;
    while (fgets(line, sizeof line, list)) {
        line[strcspn(line, "\n")] = 0;
        char *library = strtok(line, "\t"), *symbol = strtok(NULL, "\t"), *path = strtok(NULL, "\t");
        if (!path) continue;
        FILE *f = fopen(path, "rb"); if (!f) { perror(path); return 3; }
        fseek(f, 0, SEEK_END); long size = ftell(f); fseek(f, 0, SEEK_SET);
        char *bytes = malloc(size ? size : 1);
        if (fread(bytes, 1, size, f) != (size_t)size) { perror(path); return 3; }
        fclose(f);
        if (count == cap) sources = realloc(sources, (cap *= 2) * sizeof *sources);
        sources[count++] = (Source){ load(library, symbol), bytes, (uint32_t)size };
        total += size;
    }
    for (int r = 0; r < rounds; r++) {
        atomic_store(&next, 0);
        pthread_t t[64];
        double start = now();
        for (int i = 0; i < threads; i++) pthread_create(&t[i], NULL, worker, NULL);
        for (int i = 0; i < threads; i++) pthread_join(t[i], NULL);
        printf("%zu %llu %.6f\n", count, total, now() - start);
        fflush(stdout);
    }
    return 0;
}
