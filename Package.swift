// swift-tools-version:6.0
import PackageDescription

// The layers, lowest first: Graph (model, snapshot, openCypher engine; no C library),
// Plugins (plugin API, text toolkit, built-in domains), Diagrams (Graphviz),
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
    ],
    targets: [
        .target(name: "Graph"),
        .target(
            name: "Plugins",
            dependencies: ["Graph", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "Diagrams", dependencies: ["Graph", "Plugins", "CGraphviz"]),
        .executableTarget(
            name: "explorer",
            dependencies: [
                "Graph", "Plugins", "Diagrams",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "GraphTests", dependencies: ["Graph"]),
        .testTarget(name: "PluginsTests", dependencies: ["Plugins"]),
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams"]),
    ]
)
