// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "stakegraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stakegraph", targets: ["stakegraph"]),
        .library(name: "StakeGraph", targets: ["StakeGraph"]),
        .library(name: "NetworkAnalysis", targets: ["NetworkAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // A compact directed graph and its algorithms; knows nothing about actors. (Not called
        // "Network": that is Apple's framework on macOS, which the package also declares.)
        .target(name: "NetworkAnalysis"),
        // The C library: libgvc and libcgraph from Debian's libgraphviz-dev.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The only module that touches CGraphviz.
        .target(name: "Graphviz", dependencies: ["CGraphviz"]),
        // The domain: actors, relations, evidence, positions; reading and validating graph files.
        .target(
            name: "StakeGraph",
            dependencies: ["NetworkAnalysis", "Graphviz", .product(name: "Yams", package: "Yams"),
                           // Reads .xlsx workbooks (zip archives of XML).
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // The explorer page's own script, style and template, compiled in (PackageResources).
            resources: ["core.js", "view.js", "controls.js", "panels.js", "search.js", "path.js", "main.js",
                        "explorer.css", "explorer.html"].map { .embedInCode("Explorer/Assets/\($0)") }
                // The trigger lexicon of `suggest`.
                + [.embedInCode("Authoring/triggers.yaml")]
                // The CAMEO event codes, their Goldstein scores and relation types (`import --from gdelt|icews`).
                + [.embedInCode("Events/cameo.yaml")]
        ),
        .executableTarget(
            name: "stakegraph",
            dependencies: ["StakeGraph", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            plugins: ["ModuleBoundary"]
        ),
        // Fails the build when the executable imports a module below StakeGraph.
        .plugin(name: "ModuleBoundary", capability: .buildTool()),
        // Measurements that need a process of their own (memory soak, in-process render time).
        .executableTarget(
            name: "stakegraph-bench",
            dependencies: ["StakeGraph", "Graphviz", "CHeapStats"],
            path: "Benchmarks/Sources/stakegraph-bench"
        ),
        .target(name: "CHeapStats", path: "Benchmarks/Sources/CHeapStats"),
        .testTarget(name: "NetworkAnalysisTests", dependencies: ["NetworkAnalysis"]),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz", "stakegraph-bench"]),
        .testTarget(name: "StakeGraphTests", dependencies: ["StakeGraph"]),
        // End-to-end: runs the built `stakegraph` binary and checks its output and exit codes.
        .testTarget(name: "StakegraphCLITests", dependencies: ["stakegraph"]),
    ]
)
