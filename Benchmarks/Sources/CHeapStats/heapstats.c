#include "heapstats.h"
#include <malloc.h>

size_t stakegraph_heap_bytes_in_use(void) { return mallinfo2().uordblks; }
