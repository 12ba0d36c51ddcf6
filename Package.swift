// swift-tools-version:6.2
import PackageDescription

// The layers, lowest first: Graph (model, snapshot, openCypher engine; no C library),
// Plugins (plugin API, text toolkit, built-in domains), Exports (interchange formats),
// RedisClient and FalkorDB (a FalkorDB server as the engine), Diagrams (Graphviz),
// Shell (libedit), and the thin `explorer` executable on top.
let package = Package(
    name: "PolicyGraphExplorer",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Graph", targets: ["Graph"]),
        .library(name: "Plugins", targets: ["Plugins"]),
        .executable(name: "explorer", targets: ["explorer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // The web explorer (Sources/Web); Hummingbird 2 needs swift-tools-version 6.2.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .target(name: "Graph"),
        .target(
            name: "Plugins",
            dependencies: ["Graph", "CWordBreak", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        // ICU's dictionary word break iterator, so lexicon terms count only as whole words.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        .target(name: "CWordBreak", dependencies: ["CICU"]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "Diagrams", dependencies: ["Graph", "Plugins", "CGraphviz"]),
        // Interchange: JSON, GraphML, neo4j-admin CSV, Cypher script and Kùzu folders.
        .target(name: "Exports", dependencies: ["Graph"]),
        // A small Redis-protocol (RESP2) client over a blocking socket; no graph types.
        .target(name: "RedisClient"),
        // A FalkorDB server as a query engine: push, GRAPH.QUERY and its compact replies.
        .target(name: "FalkorDB", dependencies: ["Graph", "Exports", "RedisClient"]),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(name: "Shell", dependencies: ["Graph", "Plugins", "Diagrams", "CEditLine"]),
        // The web explorer: pages and the JSON API over the same graph, on Hummingbird.
        .target(
            name: "Web",
            dependencies: [
                "Graph", "Plugins", "Diagrams", "Shell",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "explorer",
            dependencies: [
                "Graph", "Plugins", "Diagrams", "Shell", "Web", "Exports", "FalkorDB",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GraphTests", dependencies: ["Graph"],
            exclude: ["Cypher/Golden", "Cypher/Specs", "Results/Golden"]
        ),
        .testTarget(name: "PluginsTests", dependencies: ["Plugins"], exclude: ["Fixtures", "Questions/everyday-questions.tsv", "Questions/held-out-questions.tsv"]),
        .executableTarget(name: "Benchmarks", dependencies: ["Graph", "Plugins"]),
        // Starts the peer engines scripts/setup-peers.sh installs (FalkorDB's server), for the tests.
        .target(name: "PeerEngines", dependencies: ["RedisClient"], path: "Tests/Support/PeerEngines"),
        .testTarget(name: "ExportsTests", dependencies: ["Exports", "RedisClient", "FalkorDB", "Plugins", "PeerEngines"]),
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams"], exclude: ["Golden", "Documents"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell"], exclude: ["Commands/Golden"]),
        // Reads the openCypher TCK from ../shared/tck; skips with a message where it is absent.
        .testTarget(name: "TCKTests", dependencies: ["Graph"], exclude: ["passing-scenarios.txt"]),
        // Runs the built `explorer` binary end to end.
        .testTarget(name: "ExplorerTests", dependencies: ["explorer", "PeerEngines"]),
        // Over HTTP (HummingbirdTesting) and in headless Chromium (WebDriver).
        .testTarget(
            name: "WebTests",
            dependencies: ["Web", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
    ],
    // Swift 5 mode: the C bindings (Graphviz, libedit) are not annotated for strict concurrency.
    swiftLanguageModes: [.v5]
)
