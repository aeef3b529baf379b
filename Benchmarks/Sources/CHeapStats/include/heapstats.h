#ifndef STAKEGRAPH_HEAPSTATS_H
#define STAKEGRAPH_HEAPSTATS_H
#include <stddef.h>
/// Bytes the C heap has handed out and not had back (glibc's mallinfo2().uordblks).
size_t stakegraph_heap_bytes_in_use(void);
#endif
