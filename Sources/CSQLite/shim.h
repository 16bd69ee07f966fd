#include <sqlite3.h>

/// Turns off SQLite's memory-usage statistics, which take a global mutex on every allocation; must run
/// before SQLite initialises (later calls return SQLITE_MISUSE and change nothing). `sqlite3_config` is
/// variadic, so Swift cannot call it directly.
static inline int clonescan_sqlite3_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
