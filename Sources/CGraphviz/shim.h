#ifndef STAKEGRAPH_CGRAPHVIZ_SHIM_H
#define STAKEGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// `Agdirected` is a C global, which Swift 6 treats as not concurrency-safe; this returns a copy.
static inline Agdesc_t stakegraph_directed_desc(void) { return Agdirected; }
/// `Agundirected`, for the same reason.
static inline Agdesc_t stakegraph_undirected_desc(void) { return Agundirected; }
/// Flushes cgraph's lexer buffer. Exported by libcgraph 2.42 but missing from its header; needed
/// because a failed read leaves input in the buffer that the next read would otherwise see.
extern void aglexbad(void);
#endif
