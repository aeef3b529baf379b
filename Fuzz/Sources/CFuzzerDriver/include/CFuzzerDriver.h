// libFuzzer's driver, for a program that keeps its own `main` (SwiftPM renames an executable's
// entry point, so libFuzzer's `main` cannot be used). Declared in LLVM's FuzzerInterface.h.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
