import Graph

/// The version `explorer --version` prints: the release, and the snapshot
/// format it reads and writes (a snapshot of another format is rebuilt).
enum ExplorerVersion {
    /// Bumped on every release.
    static let release = "0.4.0"
    static var text: String { "explorer \(release) (snapshot format \(PropertyGraph.snapshotVersion))" }
}
