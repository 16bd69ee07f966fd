// A per-thread bump allocator for tree-sitter's parses; see include/parse_arena.h for the contract.
//
// Why: on the index's profile, glibc's malloc/free/consolidate took about 10% of CPU, most of it tree-sitter's
// node churn while parsing and freeing each tree node by node (ts_subtree_release) after the walk. A bump arena
// makes each allocation a pointer add, each free a range check, and a whole tree's release one reset.
//
// Layout: one address-space reservation (PROT_NONE, not committed), cut into equal slots, one per thread that
// opens a scope; a slot's pages are made writable as its arena grows. A pointer is arena memory iff it lies in
// the reservation, whichever thread frees it, so memory from before the hooks (or from threads without a scope)
// goes back to glibc untouched. Each arena block carries a 16-byte header with its size (for realloc) and a check
// word, because tree-sitter 0.20.7 can free or resize a pointer into the middle of a block (its error recovery
// hands a node a slice of a children array: tree-sitter issue #2231, and an abort in glibc's free on deeply nested
// input here). Such a pointer fails the check: freeing it is a no-op and resizing it copies what can be copied.
#include "parse_arena.h"

#include <tree_sitter/api.h>

#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

// Under AddressSanitizer (`make fuzz`) arena memory is poisoned except for live blocks, so a use after free, after
// the scope's reset or past a block's end is reported as it would be for malloc's memory.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/lsan_interface.h>
#define POISON(start, bytes) ASAN_POISON_MEMORY_REGION(start, bytes)
#define UNPOISON(start, bytes) ASAN_UNPOISON_MEMORY_REGION(start, bytes)
#else
#define POISON(start, bytes) ((void)(start), (void)(bytes))
#define UNPOISON(start, bytes) ((void)(start), (void)(bytes))
#endif

enum {
    HEADER_BYTES = 16,  // size and check word; keeps blocks 16-byte aligned, as malloc's are
};
// Address space per thread, and so the most one file's parse may take from the arena before it is stopped: a
// typical 1 MiB file (the front end's default limit) takes about 40 MiB, hostile nesting up to 1 GiB.
static const size_t slot_bytes = (size_t)128 << 20;
// The per-scope cap actually applied (at most `slot_bytes`); lowered by tests to make a parse overflow.
static _Atomic(size_t) cap_bytes = (size_t)128 << 20;
// Pages made writable at a time, and kept after a scope ends; beyond `keep_bytes` they go back to the kernel.
static const size_t commit_step = (size_t)2 << 20;
static const size_t keep_bytes = (size_t)16 << 20;
static const uint64_t check_salt = 0x9E3779B97F4A7C15u;

typedef struct {
    char *base;           // the slot's first byte; NULL until the thread has a slot
    char *top;            // next free byte
    char *committed_end;  // end of the writable pages
    char *limit;          // end of what this scope may take: the slot's end, or sooner under a lowered cap
    unsigned depth;       // open scopes
    int slot;             // index in the reservation, -1 none yet, -2 none available
    size_t cancel;        // the scope's parser's cancellation flag: set when the scope takes memory from malloc
    bool discarding;      // frees of malloc'd memory are dropped (see clonescan_parse_arena_discard)
} Arena;

static _Thread_local Arena arena = {NULL, NULL, NULL, NULL, 0, -1, 0, false};

static pthread_once_t setup_once = PTHREAD_ONCE_INIT;
static _Atomic(uintptr_t) region_base = 0;
static _Atomic(size_t) region_bytes = 0;
static size_t slot_count = 0;
static _Atomic(size_t) peak_used = 0;

// Slots of threads that exited, for reuse; guarded by `slots_lock`.
static pthread_mutex_t slots_lock = PTHREAD_MUTEX_INITIALIZER;
static int *free_slots = NULL;
static size_t free_slot_count = 0;
static size_t next_fresh_slot = 0;
static pthread_key_t slot_key;

static inline int in_region(const void *pointer) {
    uintptr_t base = atomic_load_explicit(&region_base, memory_order_acquire);
    size_t bytes = atomic_load_explicit(&region_bytes, memory_order_relaxed);
    return (uintptr_t)pointer - base < bytes;
}

bool clonescan_parse_arena_contains(const void *pointer) { return in_region(pointer); }

static inline size_t rounded(size_t size) { return (size + 15) & ~(size_t)15; }

static inline uint64_t check_word(const char *block, size_t size) {
    return ((uint64_t)(uintptr_t)block ^ (uint64_t)size) * check_salt;
}

// The header of the block `pointer` starts; under ASan it stays poisoned, so only these two touch it.
static inline void set_size(char *pointer, size_t size) {
    char *block = pointer - HEADER_BYTES;
    UNPOISON(block, HEADER_BYTES);
    ((uint64_t *)block)[0] = size;
    ((uint64_t *)block)[1] = check_word(block, size);
    POISON(block, HEADER_BYTES);
}

// The size of the block `pointer` starts, or false when `pointer` does not start a block (a slice inside one).
static inline bool block_size(const char *pointer, size_t *size) {
    const char *block = pointer - HEADER_BYTES;
#ifdef ARENA_ASAN
    bool poisoned = __asan_address_is_poisoned(block);
#endif
    UNPOISON(block, HEADER_BYTES);
    uint64_t stored = ((const uint64_t *)block)[0], check = ((const uint64_t *)block)[1];
#ifdef ARENA_ASAN
    if (poisoned) POISON(block, HEADER_BYTES);
#endif
    *size = (size_t)stored;
    return check == check_word(block, (size_t)stored);
}

// Makes at least `need` more bytes writable after `top`; false when the slot is full or the kernel refuses.
static int commit(Arena *a, size_t need) {
    size_t missing = need - (size_t)(a->committed_end - a->top);
    size_t grow = (missing + commit_step - 1) / commit_step * commit_step;
    if (grow > (size_t)(a->base + slot_bytes - a->committed_end)) return 0;
    if (mprotect(a->committed_end, grow, PROT_READ | PROT_WRITE) != 0) return 0;
    POISON(a->committed_end, grow);
    a->committed_end += grow;
    return 1;
}

// A block of `size` bytes from the arena, or from malloc when the arena cannot grow.
static void *take(Arena *a, size_t size) {
    size_t need = rounded(size) + HEADER_BYTES;
    if (size > slot_bytes || need > (size_t)(a->limit - a->top)
        || ((size_t)(a->committed_end - a->top) < need && !commit(a, need))) {
        a->cancel = 1;  // the parser stops at its next check (every 100 operations) and returns no tree
        void *block = malloc(size);
#ifdef ARENA_ASAN
        // Such blocks may be left on purpose when the scope is discarded: not a leak to report.
        if (block != NULL) __lsan_ignore_object(block);
#endif
        return block;
    }
    char *pointer = a->top + HEADER_BYTES;
    set_size(pointer, size);
    UNPOISON(pointer, size);
    a->top += need;
    return pointer;
}

static inline int active(const Arena *a) { return a->depth > 0 && a->base != NULL; }

void *clonescan_parse_arena_malloc(size_t size) {
    Arena *a = &arena;
    return active(a) ? take(a, size) : malloc(size);
}

void *clonescan_parse_arena_calloc(size_t count, size_t size) {
    Arena *a = &arena;
    if (!active(a)) return calloc(count, size);
    if (size != 0 && count > SIZE_MAX / size) return NULL;
    void *block = take(a, count * size);
    if (block != NULL) memset(block, 0, count * size);  // recycled arena pages are not zero
    return block;
}

void *clonescan_parse_arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return clonescan_parse_arena_malloc(size);
    if (!in_region(pointer)) {  // heap memory stays on the heap
        void *moved = realloc(pointer, size);
#ifdef ARENA_ASAN
        if (moved != NULL && arena.depth > 0 && arena.cancel) __lsan_ignore_object(moved);  // as in `take`
#endif
        return moved;
    }
    Arena *a = &arena;
    char *start = pointer;
    size_t old = 0;
    bool whole = block_size(start, &old);
    bool mine = active(a) && start > a->base && start <= a->top;
    if (!whole) {
        // A slice inside a block: its length is unknown, so copy as much as the new size asks for, up to the end
        // of what this arena handed out (the caller keeps only its own bytes of it).
        old = mine ? (size_t)(a->top - start) : 0;
        UNPOISON(start, old < size ? old : size);  // under ASan: the bytes past the slice may be poisoned
    } else if (mine && start + rounded(old) == a->top && size <= slot_bytes) {
        // The newest block grows (or shrinks) in place: arrays grow this way.
        char *end = start + rounded(size);
        if (end <= a->limit && (end <= a->committed_end || commit(a, (size_t)(end - a->top)))) {
            POISON(start, rounded(old));
            set_size(start, size);
            UNPOISON(start, size);
            a->top = end;
            return pointer;
        }
    }
    // Resizing arena memory outside any scope breaks the contract; still, the heap stays whole.
    void *moved = active(a) ? take(a, size) : malloc(size);
    if (moved != NULL) memcpy(moved, pointer, old < size ? old : size);
    if (whole) POISON(start, old);
    return moved;
}

void clonescan_parse_arena_free(void *pointer) {
    if (!in_region(pointer)) {
        if (!arena.discarding) free(pointer);
        return;
    }
    size_t size = 0;
    if (block_size(pointer, &size)) POISON(pointer, size);
}

static void release_slot(void *value) {
    int slot = (int)(intptr_t)value - 1;
    char *base = (char *)atomic_load(&region_base) + (size_t)slot * slot_bytes;
    // Give the pages back and make them inaccessible again before another thread takes the slot.
    mmap(base, slot_bytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
    pthread_mutex_lock(&slots_lock);
    free_slots[free_slot_count++] = slot;
    pthread_mutex_unlock(&slots_lock);
}

static void setup(void) {
    // Ask for as much address space as the system allows, down to a few slots; nothing is committed yet.
    for (size_t count = 512; count >= 8; count /= 2) {
        void *reserved = mmap(NULL, count * slot_bytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (reserved == MAP_FAILED) continue;
        free_slots = malloc(count * sizeof *free_slots);
        if (free_slots == NULL || pthread_key_create(&slot_key, release_slot) != 0) {
            munmap(reserved, count * slot_bytes);
            return;
        }
        slot_count = count;
        atomic_store(&region_bytes, count * slot_bytes);
        atomic_store_explicit(&region_base, (uintptr_t)reserved, memory_order_release);
        ts_set_allocator(clonescan_parse_arena_malloc, clonescan_parse_arena_calloc, clonescan_parse_arena_realloc,
                         clonescan_parse_arena_free);
        return;
    }
}

// Gives this thread a slot; false when the reservation failed or every slot is taken.
static int claim_slot(Arena *a) {
    pthread_once(&setup_once, setup);
    if (slot_count == 0) return 0;
    int slot = -1;
    pthread_mutex_lock(&slots_lock);
    if (free_slot_count > 0) slot = free_slots[--free_slot_count];
    else if (next_fresh_slot < slot_count) slot = (int)next_fresh_slot++;
    pthread_mutex_unlock(&slots_lock);
    if (slot < 0) return 0;
    pthread_setspecific(slot_key, (void *)(intptr_t)(slot + 1));
    a->slot = slot;
    a->base = (char *)atomic_load(&region_base) + (size_t)slot * slot_bytes;
    a->top = a->base;
    a->committed_end = a->base;
    a->limit = a->base + slot_bytes;
    return 1;
}

bool clonescan_parse_arena_begin(void) {
    Arena *a = &arena;
    if (a->slot == -1 && !claim_slot(a)) a->slot = -2;
    if (a->slot < 0) return false;
    if (a->depth == 0) {
        size_t cap = atomic_load_explicit(&cap_bytes, memory_order_relaxed);
        a->limit = a->base + (cap < slot_bytes ? cap : slot_bytes);
        a->cancel = 0;
    }
    a->depth += 1;
    return true;
}

bool clonescan_parse_arena_overflowed(void) { return arena.depth > 0 && arena.cancel != 0; }

const size_t *clonescan_parse_arena_cancellation_flag(void) { return &arena.cancel; }

void clonescan_parse_arena_discard(bool on) { arena.discarding = on && arena.depth > 0; }

void clonescan_parse_arena_set_cap(size_t bytes) { atomic_store(&cap_bytes, bytes < slot_bytes ? bytes : slot_bytes); }

size_t clonescan_parse_arena_cap(void) { return atomic_load(&cap_bytes); }

void clonescan_parse_arena_end(void) {
    Arena *a = &arena;
    if (a->depth == 0) return;
    a->depth -= 1;
    if (a->depth > 0) return;
    size_t used = (size_t)(a->top - a->base);
    size_t peak = atomic_load_explicit(&peak_used, memory_order_relaxed);
    while (used > peak && !atomic_compare_exchange_weak(&peak_used, &peak, used)) {}
    POISON(a->base, used);
    a->top = a->base;
    if ((size_t)(a->committed_end - a->base) > keep_bytes) {
        madvise(a->base + keep_bytes, (size_t)(a->committed_end - a->base) - keep_bytes, MADV_DONTNEED);
    }
}

size_t clonescan_parse_arena_used(void) { return arena.base == NULL ? 0 : (size_t)(arena.top - arena.base); }

size_t clonescan_parse_arena_peak(void) { return atomic_load(&peak_used); }

size_t clonescan_parse_arena_heap_in_use(void) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    return mallinfo2().uordblks;
#else
    return 0;
#endif
}
