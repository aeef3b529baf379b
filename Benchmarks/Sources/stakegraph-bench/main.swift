import CHeapStats
import Foundation
import Graphviz
import StakeGraph

/// Measurements that need a process of their own (so that nothing else allocates meanwhile).
///
///   stakegraph-bench render-soak N [GRAPH]   render GRAPH's DOT (default: a small cyclic graph) 500
///                                            times to warm up, then N more; print how much the
///                                            heap in use and resident memory grew over the N, in bytes
///   stakegraph-bench render-time N GRAPH     render GRAPH to SVG N times in process; print the
///                                            median seconds per render
let arguments = CommandLine.arguments.dropFirst()

/// Bytes the C heap has handed out and not had back (glibc's `mallinfo2`): unlike resident
/// memory, this does not move with arena growth or page touching, so it shows leaks exactly.
func heapBytesInUse() -> Int { Int(stakegraph_heap_bytes_in_use()) }

func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = text.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

func dotText(_ path: String?) throws -> String {
    guard let path else { return "digraph g { a -> b -> c -> a; b -> d; d [label=\"\\N\"] }" }
    let result = try GraphReader.read(contentsOf: path)
    return try Diagram.dot(for: result.graph, options: DiagramOptions(), engine: .auto).text
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("stakegraph-bench: \(message)\n".utf8))
    exit(64)
}

do {
    switch (arguments.first, arguments.dropFirst().first.flatMap { Int($0) }) {
    case ("render-soak", let count?):
        let dot = try dotText(arguments.dropFirst(2).first)
        for _ in 0..<500 { _ = try Renderer.render(dot: dot, engine: .dot, format: .svg) }
        let (heapBefore, residentBefore) = (heapBytesInUse(), residentBytes())
        for _ in 0..<count { _ = try Renderer.render(dot: dot, engine: .dot, format: .svg) }
        print("renders \(count) heap-growth \(heapBytesInUse() - heapBefore) resident-growth \(residentBytes() - residentBefore)")
    case ("render-time", let count?):
        guard let path = arguments.dropFirst(2).first else { fail("render-time needs a graph file") }
        let dot = try dotText(path)
        var times: [Double] = []
        for _ in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try Renderer.render(dot: dot, engine: .dot, format: .svg)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(String(format: "median %.4f s over %d renders", times.sorted()[times.count / 2], count))
    default:
        fail("usage: stakegraph-bench render-soak N [GRAPH] | render-time N GRAPH")
    }
} catch {
    fail("\(error)")
}
