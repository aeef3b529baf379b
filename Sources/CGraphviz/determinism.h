/* Making Graphviz 2.42 lay out the same DOT text the same way in every process.
 *
 * 1. A complete id discipline (Agiddisc_t) with sequential ids: cgraph's default (AgIdDisc,
 *    lib/cgraph/id.c:24-44) makes a named object's id the address of its interned name, and
 *    cgraph orders by id (a) the subgraphs of a graph (g_dict, graph.c:77, agraphidcmpf
 *    graph.c:242) and (b) every node's in/out edge trees (e_id, agedgeidcmpf edge.c:405), in
 *    which agfindedge(g, t, h) — a wildcard search (edge.c:288-297, 118-141) — returns
 *    whichever of several parallel t->h edges the splay tree meets first. dot's class2
 *    (lib/dotgen/class2.c:280) builds the chain of the edge it gets first, so parallel
 *    labelled edges swapped places with the heap's state.
 * 2. Optionally (stakegraph_install_deterministic_defaults), the same ids and a memory
 *    discipline whose addresses grow in allocation order for every graph opened with the
 *    default discipline, including the helper graphs layout engines open themselves: fdp
 *    orders the ports of a cluster by comparing node addresses (lib/fdpgen/layout.c:703,
 *    `if (n < other)`), so fdp with clusters changed from run to run even in `dot -Kfdp`.
 * 2b. stakegraph_reset_random_state: engines draw from rand()/drand48() without seeding them,
 *    so the n-th layout in a process differed from the first.
 * 3. stakegraph_quantize_layout: rounds every coordinate after layout to 1/1024 pt, which
 *    removes last-bit differences (prism overlap removal sums in the order of a GTS hash table
 *    keyed by pointers) before cairo prints positions with six decimals in PDF.
 * 4. stakegraph_normalize_pdf_date: cairo 1.16 writes the time of rendering (in the local
 *    zone) as /CreationDate and ignores SOURCE_DATE_EPOCH; this rewrites it in place as
 *    D:<SOURCE_DATE_EPOCH or 1970>Z and corrects the cross-reference offsets.
 */
#ifndef STAKEGRAPH_DETERMINISM_H
#define STAKEGRAPH_DETERMINISM_H
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* ---------------------------------------------------------------------------------------
 * 1. Sequential ids.
 *
 * Every named object gets the id 2·k, k = 1, 2, 3, … in order of first mention of its name
 * (one namespace for all object kinds, as with the default: a node and a subgraph of the same
 * name share the id, which is harmless because cgraph keeps one dictionary per kind); every
 * anonymous object (cgraph passes str == NULL) gets the next odd id 1, 3, 5, … of a counter
 * of this graph. The table id -> name makes `print` (and so agnameof, in every engine) return
 * the name. Names are interned in the graph's string pool (agstrdup, as the default does) and
 * stay until the root graph closes (ids are never reused, and a pointer that agnameof returned
 * stays valid for the life of the graph); memory is bounded by the number of distinct names.
 * The table itself comes from the graph's memory discipline (agalloc); `close` frees all of it
 * (a memory discipline with a `close` would make agclose skip ours: graph.c:99-104).
 * ------------------------------------------------------------------------------------- */
typedef struct {
    Agraph_t *root;
    char **names;          /* names[k - 1] has the id 2·k */
    size_t count, capacity;
    size_t *slots;         /* open addressing: 0 empty, else k */
    size_t slot_count;     /* power of two, at least 2·count */
    IDTYPE next_anonymous; /* odd */
} stakegraph_ids_t;

static inline size_t stakegraph_ids_hash(const char *s) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a: decides where a name sits, never its id */
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ULL; }
    return (size_t)h;
}

static inline size_t *stakegraph_ids_slot(stakegraph_ids_t *ids, const char *name) {
    size_t mask = ids->slot_count - 1;
    for (size_t i = stakegraph_ids_hash(name) & mask;; i = (i + 1) & mask) {
        size_t k = ids->slots[i];
        if (k == 0 || strcmp(ids->names[k - 1], name) == 0) return &ids->slots[i];
    }
}

static inline int stakegraph_ids_grow_slots(stakegraph_ids_t *ids) {
    size_t count = ids->slot_count ? ids->slot_count * 2 : 64;
    size_t *slots = agalloc(ids->root, count * sizeof *slots); /* zeroed */
    if (slots == NULL) return 0;
    size_t *old = ids->slots;
    ids->slots = slots;
    ids->slot_count = count;
    for (size_t k = 1; k <= ids->count; k++) *stakegraph_ids_slot(ids, ids->names[k - 1]) = k;
    if (old) agfree(ids->root, old);
    return 1;
}

static inline void *stakegraph_ids_open(Agraph_t *graph, Agdisc_t *discipline) {
    (void)discipline;
    /* agopen has set up graph->clos (and the memory discipline) before calling open. */
    stakegraph_ids_t *ids = agalloc(graph, sizeof *ids);
    if (ids == NULL) return NULL;
    ids->root = graph;
    ids->next_anonymous = 1;
    if (!stakegraph_ids_grow_slots(ids)) { agfree(graph, ids); return NULL; }
    return ids;
}

/* A name never seen maps to 0 (no object has it) with TRUE on lookups, as the default's
 * agstrbind does: agrename (obj.c:46) needs TRUE. FALSE only when out of memory; cgraph then
 * falls back to its internal map (id.c:108-122). */
static inline long stakegraph_ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    stakegraph_ids_t *ids = state;
    if (ids == NULL) return 0;
    if (str == NULL) {
        *id = ids->next_anonymous;
        ids->next_anonymous += 2;
        return 1;
    }
    size_t *slot = stakegraph_ids_slot(ids, str);
    if (*slot) { *id = (IDTYPE)*slot * 2; return 1; }
    if (!createflag) { *id = 0; return 1; }
    if (ids->count == ids->capacity) {
        size_t capacity = ids->capacity ? ids->capacity * 2 : 64;
        char **names = ids->names
            ? agrealloc(ids->root, ids->names, ids->capacity * sizeof *names, capacity * sizeof *names)
            : agalloc(ids->root, capacity * sizeof *names);
        if (names == NULL) return 0;
        ids->names = names;
        ids->capacity = capacity;
    }
    if (2 * (ids->count + 1) > ids->slot_count) {
        if (!stakegraph_ids_grow_slots(ids)) return 0;
        slot = stakegraph_ids_slot(ids, str);
    }
    /* Interned, not copied: code such as agcanonStr (plain and dot output, output.c:105/135)
     * calls aghtmlstr on agnameof's result, which reads the refstr header in front of the
     * string (refstr.c:178-186); a plain copy would be read out of bounds. */
    char *copy = agstrdup(ids->root, str);
    if (copy == NULL) return 0;
    ids->names[ids->count++] = copy;
    *slot = ids->count;
    *id = (IDTYPE)ids->count * 2;
    return 1;
}

/* Explicit ids (agidnode, agidsubg) are refused, as by the default. */
static inline long stakegraph_ids_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;
}

/* Names live until close (see above). */
static inline void stakegraph_ids_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
}

/* NULL for anonymous ids: agnameof then prints "%<id>" for graphs and nodes and returns NULL
 * for edges (id.c:154-165), exactly as with the default. */
static inline char *stakegraph_ids_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    stakegraph_ids_t *ids = state;
    if (ids == NULL || id == 0 || id % 2 != 0 || id / 2 > ids->count) return NULL;
    return ids->names[id / 2 - 1];
}

static inline void stakegraph_ids_close(void *state) {
    stakegraph_ids_t *ids = state;
    if (ids == NULL) return;
    Agraph_t *root = ids->root;
    for (size_t k = 0; k < ids->count; k++) agstrfree(root, ids->names[k]); /* before agstrclose, graph.c:146-147 */
    if (ids->names) agfree(root, ids->names);
    if (ids->slots) agfree(root, ids->slots);
    agfree(root, ids);
}

static inline void stakegraph_ids_register(void *state, int objtype, void *object) {
    (void)state; (void)objtype; (void)object;
}

/* The discipline for agread: sequential ids, cgraph's memory and I/O disciplines. Static
 * storage, constant-initialised: cgraph keeps the pointers for the graph's whole life. */
static inline Agdisc_t *stakegraph_deterministic_discipline(void) {
    static Agiddisc_t ids = {
        stakegraph_ids_open, stakegraph_ids_map, stakegraph_ids_alloc, stakegraph_ids_free,
        stakegraph_ids_print, stakegraph_ids_close, stakegraph_ids_register
    };
    static Agdisc_t discipline = { &AgMemDisc, &ids, &AgIoDisc };
    return &discipline;
}

/* ---------------------------------------------------------------------------------------
 * 2. Ordered addresses. A memory discipline that returns, for each root graph, blocks at
 * increasing addresses in allocation order, so that layout code comparing object addresses
 * sees the order of creation. The blocks are ordinary malloc blocks: cgraph 2.42 frees some
 * memory it got through the discipline with plain free() and vice versa (agdictobjmem,
 * utils.c:19-38, picks agalloc/agfree or malloc/free by a static that agdtdelete leaves set),
 * so a private arena crashes ("double free or corruption") or, with a `close`, leaks. A block
 * that malloc returns below the last one (a hole in the free lists) is kept aside until the
 * graph closes and malloc is asked again; after STAKEGRAPH_ORDER_TRIES refusals, or for large
 * blocks (which malloc maps elsewhere), the block is taken as it comes.
 * ------------------------------------------------------------------------------------- */
#define STAKEGRAPH_ORDER_TRIES 4096
#define STAKEGRAPH_ORDER_LARGE ((size_t)64 * 1024)
typedef struct {
    uintptr_t last;   /* highest small block handed out */
    void *first;      /* the graph's Agclos_t: freed last by agclose (graph.c:152) */
    void **held;      /* blocks kept aside */
    size_t held_count, held_capacity;
} stakegraph_ordered_heap_t;

static inline void *stakegraph_ordered_open(Agdisc_t *discipline) {
    (void)discipline;
    return calloc(1, sizeof(stakegraph_ordered_heap_t));
}

static inline int stakegraph_ordered_hold(stakegraph_ordered_heap_t *heap, void *block) {
    if (heap->held_count == heap->held_capacity) {
        size_t capacity = heap->held_capacity ? heap->held_capacity * 2 : 64;
        void **held = realloc(heap->held, capacity * sizeof *held);
        if (held == NULL) return 0;
        heap->held = held;
        heap->held_capacity = capacity;
    }
    heap->held[heap->held_count++] = block;
    return 1;
}

static inline void *stakegraph_ordered_alloc(void *state, size_t request) {
    stakegraph_ordered_heap_t *heap = state;
    void *block = malloc(request ? request : 1);
    if (heap != NULL && block != NULL && request < STAKEGRAPH_ORDER_LARGE) {
        for (int tries = 0; (uintptr_t)block <= heap->last && tries < STAKEGRAPH_ORDER_TRIES; tries++) {
            if (!stakegraph_ordered_hold(heap, block)) break;
            block = malloc(request ? request : 1);
            if (block == NULL) return NULL;
        }
        if ((uintptr_t)block > heap->last) heap->last = (uintptr_t)block;
    }
    if (block == NULL) return NULL;
    if (heap != NULL && heap->first == NULL) heap->first = block;
    memset(block, 0, request);
    return block;
}

static inline void *stakegraph_ordered_resize(void *state, void *block, size_t old_size, size_t request) {
    (void)state;
    void *moved = realloc(block, request);
    if (moved != NULL && request > old_size) memset((char *)moved + old_size, 0, request - old_size);
    return moved; /* as cgraph's own (mem.c:32-41); arrays, never compared by address */
}

static inline void stakegraph_ordered_free(void *state, void *block) {
    stakegraph_ordered_heap_t *heap = state;
    int closing = heap != NULL && block != NULL && block == heap->first; /* the end of agclose */
    free(block);
    if (closing) {
        for (size_t i = 0; i < heap->held_count; i++) free(heap->held[i]);
        free(heap->held);
        free(heap);
    }
}

/* Makes sequential ids and ordered addresses cgraph's defaults, for every graph opened from
 * now on with a NULL discipline (agmemread, agread(f, NULL), and the graphs engines open
 * internally: fdp "derived" layout.c:441, circo circularinit.c:115 / blockpath.c:47, pack
 * ccomps.c:432, neato constraint.c:227/312/371, dot newrank rank.c:1204, HTML tables
 * htmltable.c:1560) and for stakegraph_deterministic_discipline, which points at the same
 * AgMemDisc. Call once, before the first graph is opened (before gvContext, under the
 * process's Graphviz lock): a graph opened before would be closed by the wrong functions. */
static inline void stakegraph_install_deterministic_defaults(void) {
    /* No `close`: with one, agclose takes its "free entire heap" shortcut (graph.c:99-104),
     * which skips the id discipline's close and leaks the graph's cdt dictionaries. */
    static Agmemdisc_t ordered = {
        stakegraph_ordered_open, stakegraph_ordered_alloc, stakegraph_ordered_resize,
        stakegraph_ordered_free, NULL
    };
    AgIdDisc = *stakegraph_deterministic_discipline()->id;
    AgMemDisc = ordered;
}

/* ---------------------------------------------------------------------------------------
 * 2b. The C library's random number generators as they are when a process starts. Several
 * engines draw from rand() or drand48() without seeding them for every layout (lib/sparse/
 * general.c:52 drand() = rand(), sfdpgen/spring_electrical.c, neatogen/stress.c:184,
 * fdpgen/xlayout.c:268), so the second layout in a process differed from the first; call
 * before every gvLayout. glibc starts rand()/random() as if seeded with 1 and drand48 with
 * X = 0 (its zero-initialised state), which seed48({0, 0, 0}) restores.
 * ------------------------------------------------------------------------------------- */
static inline void stakegraph_reset_random_state(void) {
    unsigned short zero[3] = { 0, 0, 0 };
    srand(1);
    srandom(1);
    seed48(zero);
}

/* ---------------------------------------------------------------------------------------
 * 3. Coordinates on a grid of 1/1024 pt after gvLayout (invisible; exact in binary).
 * ------------------------------------------------------------------------------------- */
static inline double stakegraph_grid(double value) { return nearbyint(value * 1024.0) / 1024.0; }
static inline void stakegraph_grid_point(pointf *point) {
    point->x = stakegraph_grid(point->x);
    point->y = stakegraph_grid(point->y);
}
static inline void stakegraph_grid_label(textlabel_t *label) {
    if (label) stakegraph_grid_point(&label->pos);
}
static inline void stakegraph_grid_box(boxf *box) {
    stakegraph_grid_point(&box->LL);
    stakegraph_grid_point(&box->UR);
}
static inline void stakegraph_quantize_clusters(Agraph_t *graph) {
    stakegraph_grid_box(&GD_bb(graph));
    stakegraph_grid_label(GD_label(graph));
    for (int c = 1; c <= GD_n_cluster(graph); c++) stakegraph_quantize_clusters(GD_clust(graph)[c]);
}
static inline void stakegraph_quantize_layout(Agraph_t *graph) {
    stakegraph_quantize_clusters(graph);
    for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        stakegraph_grid_point(&ND_coord(node));
        stakegraph_grid_label(ND_label(node));
        stakegraph_grid_label(ND_xlabel(node));
        for (Agedge_t *edge = agfstout(graph, node); edge; edge = agnxtout(graph, edge)) {
            stakegraph_grid_label(ED_label(edge));
            stakegraph_grid_label(ED_xlabel(edge));
            stakegraph_grid_label(ED_head_label(edge));
            stakegraph_grid_label(ED_tail_label(edge));
            splines *spl = ED_spl(edge);
            if (spl == NULL) continue;
            for (int i = 0; i < spl->size; i++) {
                bezier *bz = &spl->list[i];
                for (int j = 0; j < bz->size; j++) stakegraph_grid_point(&bz->list[j]);
                stakegraph_grid_point(&bz->sp);
                stakegraph_grid_point(&bz->ep);
            }
            stakegraph_grid_box(&spl->bb);
        }
    }
}

/* ---------------------------------------------------------------------------------------
 * 4. PDF: cairo 1.16 writes the time of rendering into the (uncompressed) Info dictionary as
 * "/CreationDate (D:YYYYMMDDHHMMSSZ)" in UTC or "(D:YYYYMMDDHHMMSS+HH'MM)" in a local zone,
 * and ignores SOURCE_DATE_EPOCH. stakegraph_normalize_pdf_date writes "D:<digits>Z" instead,
 * so the bytes are the same in every time zone; when that shortens the file, everything
 * after the date moves up and the cross-reference table (which cairo writes after all
 * objects, in the classic fixed 20-byte form) and startxref are corrected. Returns the new
 * length (<= length); the old length when there is no date or the layout is unexpected (then,
 * if nothing could be fixed safely, the date is kept as it is, blanked to its own length).
 * ------------------------------------------------------------------------------------- */
static inline size_t stakegraph_pdf_find(const char *pdf, size_t length, size_t from, const char *what) {
    size_t n = strlen(what);
    for (size_t i = from; i + n <= length; i++) if (memcmp(pdf + i, what, n) == 0) return i;
    return (size_t)-1;
}

static inline size_t stakegraph_normalize_pdf_date(char *pdf, size_t length, const char *digits) {
    static const char key[] = "/CreationDate (D:";
    size_t keylen = sizeof key - 1;
    if (strlen(digits) != 14 || length < keylen + 16) return length;
    size_t at = (size_t)-1; /* the last occurrence: the Info dictionary comes after the pages */
    for (size_t i = length - keylen - 16 + 1; i-- > 0;)
        if (memcmp(pdf + i, key, keylen) == 0) { at = i; break; }
    if (at == (size_t)-1) return length;
    char *date = pdf + at + keylen;
    size_t rest = length - (at + keylen), n = 0; /* date[n] is the closing parenthesis */
    while (n < rest && n < 32 && date[n] != ')') n++;
    if (n == rest || n == 32 || n < 15) return length;
    memcpy(date, digits, 14);
    date[14] = 'Z';
    size_t delta = n - 15; /* bytes to remove: the zone offset beyond "Z" */
    if (delta == 0) return length;
    /* Locate startxref and the xref table before moving anything. */
    size_t sx = (size_t)-1;
    for (size_t i = length - 9 + 1; i-- > 0;)
        if (memcmp(pdf + i, "startxref", 9) == 0) { sx = i; break; }
    size_t old_xref = 0, p = sx + 9;
    if (sx == (size_t)-1 || sx < at) goto blank;
    while (p < length && (pdf[p] == '\r' || pdf[p] == '\n' || pdf[p] == ' ')) p++;
    size_t digits_at = p;
    while (p < length && pdf[p] >= '0' && pdf[p] <= '9') old_xref = old_xref * 10 + (size_t)(pdf[p++] - '0');
    size_t digits_end = p;
    if (digits_end == digits_at || old_xref <= at || old_xref + 4 > length || memcmp(pdf + old_xref, "xref", 4) != 0) goto blank;
    /* Parse the table: "xref" EOL, then sections "first count" EOL and 20-byte entries. */
    size_t q = old_xref + 4;
    while (q < length && (pdf[q] == '\r' || pdf[q] == '\n')) q++;
    size_t trailer = stakegraph_pdf_find(pdf, length, q, "trailer");
    if (trailer == (size_t)-1) goto blank;
    while (q < trailer) {
        size_t first = 0, count = 0, r = q;
        while (r < trailer && pdf[r] >= '0' && pdf[r] <= '9') first = first * 10 + (size_t)(pdf[r++] - '0');
        if (r == q || r >= trailer || pdf[r] != ' ') goto blank;
        size_t c0 = ++r;
        while (r < trailer && pdf[r] >= '0' && pdf[r] <= '9') count = count * 10 + (size_t)(pdf[r++] - '0');
        if (r == c0) goto blank;
        while (r < trailer && (pdf[r] == '\r' || pdf[r] == '\n' || pdf[r] == ' ')) r++;
        if (r + 20 * count > trailer) goto blank;
        for (size_t k = 0; k < count; k++) {
            char *entry = pdf + r + 20 * k;
            if (entry[10] != ' ' || entry[16] != ' ' || (entry[17] != 'n' && entry[17] != 'f')) goto blank;
        }
        for (size_t k = 0; k < count; k++) {
            char *entry = pdf + r + 20 * k;
            if (entry[17] != 'n') continue;
            size_t offset = 0;
            for (int d = 0; d < 10; d++) offset = offset * 10 + (size_t)(entry[d] - '0');
            if (offset > at) {
                offset -= delta;
                for (int d = 9; d >= 0; d--) { entry[d] = (char)('0' + offset % 10); offset /= 10; }
            }
        }
        (void)first;
        q = r + 20 * count;
    }
    /* Rewrite startxref, then close the gap after the date. */
    {
        char number[32];
        int len = snprintf(number, sizeof number, "%zu", old_xref - delta);
        size_t old_len = digits_end - digits_at;
        if (len <= 0 || (size_t)len > old_len) goto blank; /* a shorter offset never has more digits */
        memmove(pdf + digits_at + len, pdf + digits_end, length - digits_end);
        memcpy(pdf + digits_at, number, (size_t)len);
        length -= old_len - (size_t)len;
    }
    memmove(date + 15, date + n, length - (size_t)(date + n - pdf));
    return length - delta;
blank:
    date[15] = ')';
    for (size_t j = 16; j <= n; j++) date[j] = ' ';
    return length;
}
/* The 14 digits for stakegraph_normalize_pdf_date: SOURCE_DATE_EPOCH (the reproducible-builds
 * convention) in UTC when set to a number, else 1970-01-01 00:00:00. */
static inline void stakegraph_pdf_date_digits(char digits[15]) {
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    char *end = NULL;
    long long seconds = epoch ? strtoll(epoch, &end, 10) : 0;
    if (epoch == NULL || end == epoch || *end != '\0' || seconds < 0) seconds = 0;
    time_t t = (time_t)seconds;
    struct tm tm;
    if (gmtime_r(&t, &tm) == NULL || strftime(digits, 15, "%Y%m%d%H%M%S", &tm) != 14)
        memcpy(digits, "19700101000000", 15);
}
#endif
