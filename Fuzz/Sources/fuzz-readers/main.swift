import CFuzzerDriver
import Foundation

// libFuzzer takes over from here: it parses its own flags (-max_total_time=, corpus folders …)
// and calls `fuzzOneInput` for every input it tries.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) })
