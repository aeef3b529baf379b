// swift-tools-version:6.0
// The libFuzzer harness for stakegraph's readers; a package of its own so that the main build
// never sees `-sanitize=fuzzer`. Built and run by `make fuzz` (see Fuzz/README.md).
import PackageDescription

let package = Package(
    name: "stakegraph-fuzz",
    dependencies: [
        .package(name: "stakegraph", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "fuzz-readers",
            dependencies: ["CFuzzerDriver", .product(name: "StakeGraph", package: "stakegraph")],
            // GNU gold crashes ("internal error in format_file_lineno") linking the sanitized
            // objects; LLVM's lld, shipped with Swift, links them.
            linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
        ),
        .target(name: "CFuzzerDriver"),
    ]
)
