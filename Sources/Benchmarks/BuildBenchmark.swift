// Whole-build benchmark over a dataset folder; see BENCHMARKS.md.
//
//     swift run -c release Benchmarks build DIR
//
// Runs `Dataset.buildGraph` on DIR exactly as `explorer build` does (documents
// read and extracted on every core, each into its own graph, folded in
// document order, then the cross-document step, curation and conflicts), but
// writes no snapshot, and prints the process's CPU time per MB beside wall
// time. DIR is usually the corpus `Benchmarks 2000 --write-corpus DIR` wrote.
import Foundation
import Graph
import Plugins
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `Benchmarks build DIR`: the pipeline of `explorer build` without its snapshot.
enum BuildBenchmark {
    static func run(arguments: [String]) throws {
        guard let folder = arguments.first else {
            print("usage: Benchmarks build DIR (a dataset folder, e.g. one written by --write-corpus)")
            exit(2)
        }
        let registry = try BuiltInPlugins.registry()
        let dataset = try Dataset.open(folder)
        // Counted before the clock starts: the bytes the build reads, as written on disk.
        let bytes = try dataset.readDocuments().reduce(0) { $0 + $1.text.utf8.count }
        let cpuStart = processSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        let graph = try dataset.buildGraph(registry: registry)
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = processSeconds() - cpuStart
        let mb = Double(bytes) / 1_000_000
        print("dataset:     \(dataset.entries.count) documents, \(String(format: "%.1f", mb)) MB")
        print("graph:       \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships")
        print("build, CPU:  \(String(format: "%.2f s, %.2f MB/s", cpu, mb / cpu))")
        print("build, wall: \(String(format: "%.2f s, %.2f MB/s", wall, mb / wall))")
    }

    /// CPU seconds of the whole process (every thread), user and system.
    static func processSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
