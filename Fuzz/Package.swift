// swift-tools-version:6.0
import Foundation
import PackageDescription

// libFuzzer targets for the explorer, kept out of the main package so that a normal
// `swift build` / `swift test` never sees them. Build and run them with `make fuzz`
// (scripts/fuzz.sh), which passes `-sanitize=fuzzer,address`; each target's top-level
// code hands its test function to libFuzzer's driver (FuzzSupport).
//
// The main package is a path dependency; its identity is its folder's name, which
// differs between clones, so it is read from this file's place.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "PolicyGraphFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzQuery", dependencies: ["FuzzSupport", .product(name: "Graph", package: root)]),
        .executableTarget(name: "FuzzSnapshot", dependencies: ["FuzzSupport", .product(name: "Graph", package: root)]),
        .executableTarget(name: "FuzzBinarySnapshot", dependencies: ["FuzzSupport", .product(name: "Graph", package: root)]),
        .executableTarget(
            name: "FuzzDocument",
            dependencies: ["FuzzSupport", .product(name: "Graph", package: root), .product(name: "Plugins", package: root)]),
        .executableTarget(
            name: "FuzzPack",
            dependencies: ["FuzzSupport", .product(name: "Graph", package: root), .product(name: "Plugins", package: root)]),
    ],
    swiftLanguageModes: [.v5]
)
