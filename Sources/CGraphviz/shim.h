#ifndef STAKEGRAPH_CGRAPHVIZ_SHIM_H
#define STAKEGRAPH_CGRAPHVIZ_SHIM_H
#include <stdio.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// `Agdirected` is a C global, which Swift 6 treats as not concurrency-safe; this returns a copy.
static inline Agdesc_t stakegraph_directed_desc(void) { return Agdirected; }
/// `Agundirected`, for the same reason.
static inline Agdesc_t stakegraph_undirected_desc(void) { return Agundirected; }
/// Flushes cgraph's lexer buffer. Exported by libcgraph 2.42 but missing from its header; needed
/// because a failed read leaves input in the buffer that the next read would otherwise see.
extern void aglexbad(void);
/// Subgraph names are not mapped to ids by the discipline: cgraph then numbers them
/// in order of first mention and keeps the name in its internal map. The default discipline uses
/// the address of the interned name as the id, and subgraphs (clusters) are laid out in id order,
/// so cluster layouts depended on the heap's state and the same DOT text gave different pictures.
/// The root graph keeps the default mapping (its name is printed as the SVG title); `open` runs
/// once per root graph, just before the root's name is mapped.
static inline int *stakegraph_root_name_pending(void) {
    static int pending;
    return &pending;
}

static inline void *stakegraph_open_ids(Agraph_t *graph, Agdisc_t *discipline) {
    *stakegraph_root_name_pending() = 1;
    return AgIdDisc.open(graph, discipline);
}

static inline long stakegraph_map_id(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    if (objtype == AGRAPH && str != NULL) {
        if (!*stakegraph_root_name_pending()) return 0;
        *stakegraph_root_name_pending() = 0;
    }
    return AgIdDisc.map(state, objtype, str, id, createflag);
}

/// The default discipline with `stakegraph_map_id`.
static inline Agdisc_t *stakegraph_deterministic_discipline(void) {
    static Agiddisc_t ids;
    static Agdisc_t discipline;
    ids = AgIdDisc;
    ids.open = stakegraph_open_ids;
    ids.map = stakegraph_map_id;
    discipline.mem = &AgMemDisc;
    discipline.id = &ids;
    discipline.io = &AgIoDisc;
    return &discipline;
}

/// Reads DOT text held in memory through `stakegraph_deterministic_discipline`.
static inline Agraph_t *stakegraph_read_dot(const char *text, size_t length) {
    FILE *stream = fmemopen((void *)text, length, "r");
    if (stream == NULL) return NULL;
    Agraph_t *graph = agread(stream, stakegraph_deterministic_discipline());
    fclose(stream);
    return graph;
}

/// Declared in cgraph's private header; exported by libcgraph 2.42.
extern int aginternalmapdelete(Agraph_t *graph, int objtype, IDTYPE id);

/// Forgets the names `stakegraph_map_id` left to cgraph's internal map: agclose never frees
/// that map's entries (48 bytes per named subgraph, found by LeakSanitizer while fuzzing).
static inline void stakegraph_forget_subgraph_names(Agraph_t *root, Agraph_t *graph) {
    for (Agraph_t *sub = agfstsubg(graph); sub != NULL; sub = agnxtsubg(sub)) {
        stakegraph_forget_subgraph_names(root, sub);
        aginternalmapdelete(root, AGRAPH, AGID(sub));
    }
}

/// Closes a root graph read through `stakegraph_deterministic_discipline` (by `Renderer`),
/// leaking nothing; graphs read with the default discipline need only `agclose`.
static inline void stakegraph_close(Agraph_t *graph) {
    stakegraph_forget_subgraph_names(graph, graph);
    agclose(graph);
}

/// Opens DOT text held in memory as a stream, for reading its graphs one by one.
static inline FILE *stakegraph_open_text(const char *text, size_t length) {
    return fmemopen((void *)text, length, "r");
}

/// Reads the next graph from `stream` with cgraph's default discipline; NULL at the end of the
/// stream or on a syntax error. Importing needs no stable subgraph numbering, and the default
/// discipline frees everything even when a syntax error ends the read half way (the
/// deterministic one leaves subgraph names in cgraph's internal map, which is then lost).
static inline Agraph_t *stakegraph_read_next(FILE *stream) {
    return agread(stream, NULL);
}

/// The order in which cgraph created `object` (`AGSEQ`, a bit field Swift cannot reach).
static inline unsigned long stakegraph_sequence(void *object) { return AGSEQ(object); }

/// The tail and head of an edge (`agtail`/`aghead` are macros in 2.42).
static inline Agnode_t *stakegraph_tail(Agedge_t *edge) { return agtail(edge); }
static inline Agnode_t *stakegraph_head(Agedge_t *edge) { return aghead(edge); }
#endif
