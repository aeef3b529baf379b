#ifndef STAKEGRAPH_CGRAPHVIZ_SHIM_H
#define STAKEGRAPH_CGRAPHVIZ_SHIM_H
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// `Agdirected` is a C global, which Swift 6 treats as not concurrency-safe; this returns a copy.
static inline Agdesc_t stakegraph_directed_desc(void) { return Agdirected; }
/// `Agundirected`, for the same reason.
static inline Agdesc_t stakegraph_undirected_desc(void) { return Agundirected; }
/// Flushes cgraph's lexer buffer. Exported by libcgraph 2.42 but missing from its header; needed
/// because a failed read leaves input in the buffer that the next read would otherwise see.
extern void aglexbad(void);
#include "determinism.h"

/// Reads DOT text held in memory through `stakegraph_deterministic_discipline` (sequential ids).
static inline Agraph_t *stakegraph_read_dot(const char *text, size_t length) {
    FILE *stream = fmemopen((void *)text, length, "r");
    if (stream == NULL) return NULL;
    Agraph_t *graph = agread(stream, stakegraph_deterministic_discipline());
    fclose(stream);
    return graph;
}

/// Closes a root graph read by `stakegraph_read_dot`. The id discipline's `close` frees its
/// table; nothing is left in cgraph's internal map, so a plain agclose leaks nothing.
static inline void stakegraph_close(Agraph_t *graph) { agclose(graph); }

/// Opens DOT text held in memory as a stream, for reading its graphs one by one.
static inline FILE *stakegraph_open_text(const char *text, size_t length) {
    return fmemopen((void *)text, length, "r");
}

/// Reads the next graph from `stream` with cgraph's default discipline, which
/// `stakegraph_install_deterministic_defaults` has made the sequential one; NULL at the end of
/// the stream or on a syntax error.
static inline Agraph_t *stakegraph_read_next(FILE *stream) {
    return agread(stream, NULL);
}

/// The order in which cgraph created `object` (`AGSEQ`, a bit field Swift cannot reach).
static inline unsigned long stakegraph_sequence(void *object) { return AGSEQ(object); }

/// The tail and head of an edge (`agtail`/`aghead` are macros in 2.42).
static inline Agnode_t *stakegraph_tail(Agedge_t *edge) { return agtail(edge); }
static inline Agnode_t *stakegraph_head(Agedge_t *edge) { return aghead(edge); }
#endif
