import CHeapStats
import Foundation
import Graphviz
import StakeGraph

/// Measurements that need a process of their own (so that nothing else allocates meanwhile).
///
///   stakegraph-bench render-soak N [GRAPH]   render GRAPH's DOT (default: a small cyclic graph) 500
///                                            times to warm up, then N more; print how much the
///                                            heap in use and resident memory grew over the N, in bytes
///   stakegraph-bench soak N GRAPH            N times: read GRAPH, render it to SVG, and query it
///                                            (centrality, paths, positions, coalitions,
///                                            communities, a time slice); after 50 rounds to warm
///                                            up, print the heap and resident growth over the N
///   stakegraph-bench render-vs-dot N GRAPH   render GRAPH's DOT in process (first, then N warm)
///                                            and as N `dot -Tsvg` processes; print the medians
///                                            and their ratio (Benchmarks/render.sh)
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
    return try Diagram.dot(for: GraphSlice(result.graph), options: DiagramOptions(), engine: .auto).text
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
    case ("soak", let count?):
        guard let path = arguments.dropFirst(2).first else { fail("soak needs a graph file") }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for _ in 0..<50 { try SoakRound.run(text: text, path: path) }
        let (heapBefore, residentBefore) = (heapBytesInUse(), residentBytes())
        for _ in 0..<count { try SoakRound.run(text: text, path: path) }
        print("rounds \(count) heap-growth \(heapBytesInUse() - heapBefore) resident-growth \(residentBytes() - residentBefore)")
    case ("render-vs-dot", let count?):
        // The design's choice: render in-process through libgvc rather than run a `dot` process.
        guard let path = arguments.dropFirst(2).first else { fail("render-vs-dot needs a graph file") }
        let graph = try GraphReader.read(contentsOf: path).graph
        let dot = try Diagram.dot(for: GraphSlice(graph), options: DiagramOptions(), engine: .auto).text
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stakegraph-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let dotFile = directory.appendingPathComponent("graph.dot")
        try dot.write(to: dotFile, atomically: true, encoding: .utf8)
        func seconds(_ body: () throws -> Void) rethrows -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        let cold = try seconds { _ = try Renderer.render(dot: dot, engine: .dot, format: .svg) }
        let warm = try (0..<count).map { _ in try seconds { _ = try Renderer.render(dot: dot, engine: .dot, format: .svg) } }.sorted()
        let process = try (0..<count).map { _ in
            try seconds {
                let dotProcess = Process()
                dotProcess.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
                dotProcess.arguments = ["-Tsvg", dotFile.path, "-o", directory.appendingPathComponent("out.svg").path]
                try dotProcess.run()
                dotProcess.waitUntilExit()
                guard dotProcess.terminationStatus == 0 else { fail("dot failed") }
            }
        }.sorted()
        let (warmMedian, processMedian) = (warm[count / 2], process[count / 2])
        print(String(format: "in-process, first render (with gvContext): %7.1f ms", cold * 1000))
        print(String(format: "in-process, warm, median of %d:            %7.1f ms", count, warmMedian * 1000))
        print(String(format: "dot -Tsvg process, median of %d:           %7.1f ms", count, processMedian * 1000))
        print(String(format: "ratio in-process (warm) / dot process:     %7.2f", warmMedian / processMedian))
        print(String(format: "ratio in-process (first) / dot process:    %7.2f", cold / processMedian))
    default:
        fail("usage: stakegraph-bench render-soak N [GRAPH] | soak N GRAPH | render-vs-dot N GRAPH")
    }
} catch {
    fail("\(error)")
}
