#ifndef CLONESCAN_PARSE_ARENA_H
#define CLONESCAN_PARSE_ARENA_H

#include <stdbool.h>
#include <stddef.h>

/// A per-thread bump allocator for tree-sitter, so that parsing one file and walking its tree costs no malloc/free
/// churn and freeing the tree costs nothing: tree-sitter's allocations made between `clonescan_parse_arena_begin`
/// and `clonescan_parse_arena_end` on a thread come from that thread's arena, frees of them are no-ops, and `end`
/// takes all of them back at once. Everything tree-sitter allocates inside a scope must be dead when it ends: the
/// parser, its trees and cursors are created and destroyed inside it.
///
/// Outside a scope, and for memory from before one, the hooks pass straight through to malloc/realloc/free, so
/// installing them is safe at any time and costs other tree-sitter users one branch per call.

/// Installs the hooks with `ts_set_allocator` (once per process) and opens a scope on this thread; scopes nest.
/// Returns false when no arena could be set up (address space refused): tree-sitter then simply uses malloc.
bool clonescan_parse_arena_begin(void);

/// Closes the scope opened by the matching `begin`; the outermost one resets the arena and returns to the kernel
/// the pages beyond what a typical file needs.
void clonescan_parse_arena_end(void);

/// Whether the open scope on this thread has had to take memory from malloc: its file passed the cap.
bool clonescan_parse_arena_overflowed(void);

/// This thread's flag for `ts_parser_set_cancellation_flag`: the arena sets it when the scope overflows, so a
/// parse past the cap stops within 100 parse operations instead of going on in malloc. Reset by each outermost
/// `begin`.
const size_t *clonescan_parse_arena_cancellation_flag(void);

/// While on (inside a scope), tree-sitter's frees of malloc'd memory are dropped too: a parser cancelled at the
/// cap is deleted this way, so its external scanner (which frees with plain `free`) releases its state while the
/// blocks tree-sitter took from malloc after the cap are left, never passed to glibc (where a slice of one would
/// abort, tree-sitter issue #2231). They are a few kilobytes per such file.
void clonescan_parse_arena_discard(bool on);

/// Sets the most one scope takes from its arena (default and maximum 128 MiB); past it allocations come from
/// malloc and the scope's parse is cancelled. Applies from the next outermost scope on each thread. For tests
/// and for hosts short of memory.
void clonescan_parse_arena_set_cap(size_t bytes);

/// The cap `clonescan_parse_arena_set_cap` set.
size_t clonescan_parse_arena_cap(void);

/// Bytes handed out by this thread's arena since its outermost scope began (for tests and measurements).
size_t clonescan_parse_arena_used(void);

/// The most bytes one scope on any thread has used (for measurements).
size_t clonescan_parse_arena_peak(void);

/// Bytes the process has in use from glibc's malloc (`mallinfo2`), 0 where that is not available: for tests that
/// check a scope past its cap leaks nothing.
size_t clonescan_parse_arena_heap_in_use(void);

/// Whether `pointer` lies in arena memory (of any thread).
bool clonescan_parse_arena_contains(const void *pointer);

/// The hooks `begin` installs with `ts_set_allocator`, exposed for tests. Inside a scope they allocate from the
/// thread's arena (falling back to malloc when it is full); outside one, and for memory not from an arena, they are
/// malloc, calloc, realloc and free. Beware tree-sitter calls that return memory for the caller to `free`
/// (`ts_node_string`, `ts_tree_get_changed_ranges`): inside a scope that memory is arena memory, so it must be
/// released with `clonescan_parse_arena_free`, never `free`.
void *clonescan_parse_arena_malloc(size_t size);
void *clonescan_parse_arena_calloc(size_t count, size_t size);
void *clonescan_parse_arena_realloc(void *pointer, size_t size);
void clonescan_parse_arena_free(void *pointer);

#endif
