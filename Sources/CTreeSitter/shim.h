#include <tree_sitter/api.h>

/// What a tree walk reads of the node under a cursor, gathered in one call.
typedef struct {
    uint32_t start_byte;
    uint32_t start_row;
    /// Only when the node has no children or `end_wanted[symbol]`; 0 otherwise.
    uint32_t end_byte;
    uint32_t child_count;
    TSSymbol symbol;
} ClonescanNodeFacts;

/// The facts of the node under `cursor`, in one call. Swift passes a TSNode (32 bytes, so in memory) by storing its
/// fields to a temporary one by one and reading them back with a single 32-byte load, which the CPU cannot forward
/// from the narrower stores just made: a store-forwarding stall on each of the two or three calls a node took. Here
/// the node stays in C. Measured: the walk alone took 0.13 CPU-s less over the benchmark corpus (docs/index.md).
static inline void clonescan_cursor_facts(const TSTreeCursor *cursor, const bool *end_wanted, uint32_t symbol_count,
                                          ClonescanNodeFacts *facts) {
    TSNode node = ts_tree_cursor_current_node(cursor);
    TSSymbol symbol = ts_node_symbol(node);
    uint32_t child_count = ts_node_child_count(node);
    facts->symbol = symbol;
    facts->child_count = child_count;
    facts->start_byte = node.context[0];  // ts_node_start_byte: tree-sitter 0.20-0.25 keep the start here
    facts->start_row = node.context[1];   // ts_node_start_point(node).row
    facts->end_byte = child_count == 0 || (symbol < symbol_count && end_wanted[symbol]) ? ts_node_end_byte(node) : 0;
}

/// One step of a preorder walk: from the node under `cursor`, into its first child when `descend` (the walk wants
/// its children and it has some), else to the next sibling of it or of the nearest ancestor that has one. Fills
/// `facts` for the node reached and returns how many nodes the step left (the current one when it did not descend,
/// and each ancestor climbed out of), or -(that count) - 1 when the walk is over (the root was left). One call per
/// node, where the walk otherwise took two to four: each cost a call from Swift, and with it a reload of the state.
static inline int32_t clonescan_cursor_step(TSTreeCursor *cursor, bool descend, const bool *end_wanted,
                                            uint32_t symbol_count, ClonescanNodeFacts *facts) {
    if (descend && ts_tree_cursor_goto_first_child(cursor)) {
        clonescan_cursor_facts(cursor, end_wanted, symbol_count, facts);
        return 0;
    }
    int32_t left = 1;
    while (!ts_tree_cursor_goto_next_sibling(cursor)) {
        if (!ts_tree_cursor_goto_parent(cursor)) return -left - 1;
        left += 1;
    }
    clonescan_cursor_facts(cursor, end_wanted, symbol_count, facts);
    return left;
}
