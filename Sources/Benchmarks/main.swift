// Extraction benchmark; see BENCHMARKS.md.
//
//     swift run -c release Benchmarks [DOCUMENTS] [--write-corpus DIR]
//     swift run -c release Benchmarks queries [NODES] [--repeat N]   (QueryBenchmark.swift)
//     swift run -c release Benchmarks build DIR   (BuildBenchmark.swift)
//
// Builds a corpus of DOCUMENTS (default 10,000) by recombining the five seed
// documents of graphs/wuhan-cppcc: every person name, agency and district is
// replaced, document by document, with another name (generated persons, other
// aliases of agencies, other districts), so the extractors see new entities in
// the seed formats. Then runs every built-in extractor over the corpus on one
// thread, as `explorer build` does, and reports throughput and peak memory.
import Foundation
import Graph
import Plugins
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small deterministic generator (SplitMix64), so every run sees the same corpus.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

/// A seed document cut into literal text and slots that are refilled per copy.
struct Template {
    enum Piece {
        case text(String)
        case person(Int)
        case entity(label: String, entry: Int)
    }
    var seed: SourceDocument
    var pieces: [Piece]
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    #if os(Linux)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    #else
    return Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
    #endif
}

// `queries`: the openCypher benchmark over a synthetic graph instead of extraction.
if CommandLine.arguments.dropFirst().first == "queries" {
    try QueryBenchmark.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
}

// `build DIR`: the whole pipeline of `explorer build` over a dataset folder.
if CommandLine.arguments.dropFirst().first == "build" {
    try BuildBenchmark.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let documentCount = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000

let dataset = try Dataset.open(root.appendingPathComponent("graphs/wuhan-cppcc").path)
let seeds = try dataset.readDocuments()
let registry = try BuiltInPlugins.registry()
let context = registry.extractionContext
let seedGraph = try dataset.buildGraph(registry: registry)
let index = LexiconIndex.shared(for: context)

// Person names of the seeds, longest first so 欧阳云 is cut before any shorter name inside it.
let personNames = seedGraph.nodes(withLabel: "Person").compactMap { seedGraph.node($0).name }
let personSlots = Gazetteer(terms: personNames.enumerated().map { ($1, $0) })

var templates: [Template] = []
for seed in seeds {
    let bytes = Array(seed.text.utf8)
    var cuts: [(Range<Int>, Template.Piece)] = personSlots.matches(in: bytes).map { ($0.range, .person($0.payload)) }
    for hit in index.hits(in: bytes) where ["Agency", "District"].contains(index.entries[hit.entry].label) {
        if !cuts.contains(where: { $0.0.overlaps(hit.range) }) {
            cuts.append((hit.range, .entity(label: index.entries[hit.entry].label, entry: hit.entry)))
        }
    }
    cuts.sort { $0.0.lowerBound < $1.0.lowerBound }
    var pieces: [Template.Piece] = []
    var at = 0
    for (range, piece) in cuts {
        pieces.append(.text(String(decoding: bytes[at..<range.lowerBound], as: UTF8.self)))
        pieces.append(piece)
        at = range.upperBound
    }
    pieces.append(.text(String(decoding: bytes[at...], as: UTF8.self)))
    templates.append(Template(seed: seed, pieces: pieces))
}

let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").map(String.init)
let givenNames = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚英华建国志红玉兰文斌海波宁辉鹏飞俊峰晨阳雪梅松柏竹兵亮彬晶珊琳颖博宇航").map(String.init)
let agencyEntries = index.entries.indices.filter { index.entries[$0].label == "Agency" }
let districtEntries = index.entries.indices.filter { index.entries[$0].label == "District" }

var rng = SplitMix64(state: 2025)
var corpus: [SourceDocument] = []
corpus.reserveCapacity(documentCount)
var corpusBytes = 0
for n in 0..<documentCount {
    let template = templates[n % templates.count]
    var persons: [Int: String] = [:]
    var text = ""
    text.reserveCapacity(template.seed.text.utf8.count + 256)
    for piece in template.pieces {
        switch piece {
        case .text(let s): text += s
        case .person(let k):
            if persons[k] == nil {
                persons[k] = rng.pick(surnames) + rng.pick(givenNames) + (rng.next() % 3 == 0 ? "" : rng.pick(givenNames))
            }
            text += persons[k]!
        case .entity(let label, _):
            let entry = index.entries[rng.pick(label == "Agency" ? agencyEntries : districtEntries)]
            text += rng.pick([entry.name] + entry.aliases)
        }
    }
    corpusBytes += text.utf8.count
    let seed = template.seed
    corpus.append(SourceDocument(id: "\(seed.id)-\(n)", title: seed.title, date: seed.date, kind: seed.kind, text: text))
}

// `--write-corpus DIR`: also write the corpus as a dataset (manifest and
// documents), so `explorer build DIR` of two versions can be compared byte for
// byte on far more text than the bundled dataset.
if let flag = CommandLine.arguments.firstIndex(of: "--write-corpus"), flag + 1 < CommandLine.arguments.count {
    let out = URL(fileURLWithPath: CommandLine.arguments[flag + 1])
    try FileManager.default.createDirectory(at: out.appendingPathComponent("documents"), withIntermediateDirectories: true)
    var manifest = "name: benchmark-corpus\ndocuments:\n"
    for document in corpus {
        let file = "documents/\(document.id).txt"
        try Data(document.text.utf8).write(to: out.appendingPathComponent(file))
        manifest += "  - file: \(file)\n    title: \"\(document.title)\"\n"
        if let date = document.date { manifest += "    date: \(date)\n" }
        if let kind = document.kind { manifest += "    kind: \(kind)\n" }
    }
    try Data(manifest.utf8).write(to: out.appendingPathComponent("manifest.yaml"))
    print("wrote \(corpus.count) documents to \(out.path)")
}

/// CPU seconds this process has used: on a shared machine wall-clock time also
/// counts the time other processes hold the cores.
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

// Stage 1 alone: normalization and one lexicon scan per document, no graph.
let scanStart = cpuSeconds()
var hitCount = 0
for document in corpus {
    let text = NormalizedText(document.text)
    hitCount += index.hits(in: text.bytes).count
}
let scanSeconds = cpuSeconds() - scanStart

let memoryBefore = peakMemoryMB()
let cpuStart = cpuSeconds()
let start = DispatchTime.now().uptimeNanoseconds
var graph = PropertyGraph()
var perExtractor = [Double](repeating: 0, count: registry.extractors.count)
for document in corpus {
    try PreparedDocument.extracting(document) {
        for (k, extractor) in registry.extractors.enumerated() {
            let t = cpuSeconds()
            try extractor.item.extract(from: document, context: context, into: &graph)
            perExtractor[k] += cpuSeconds() - t
        }
    }
}
let extracted = DispatchTime.now().uptimeNanoseconds
let cpuExtracted = cpuSeconds()
for extractor in registry.extractors {
    if let finisher = extractor.item as? any GraphFinisher { try finisher.finish(&graph, context: context) }
}
let cpuLinked = cpuSeconds()
try ConflictDetector.mark(in: &graph)
let finished = DispatchTime.now().uptimeNanoseconds
let cpuFinished = cpuSeconds()

let seconds = Double(extracted - start) / 1e9
let total = Double(finished - start) / 1e9
let mb = Double(corpusBytes) / 1_000_000
print("corpus:      \(corpus.count) documents, \(String(format: "%.1f", mb)) MB (recombined from \(seeds.count) seeds)")
print("graph:       \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships")
let cpu = cpuExtracted - cpuStart
let cpuTotal = cpuFinished - cpuStart
func rate(_ s: Double) -> String { String(format: "%.2f s, %.1f MB/s, %.0f documents/s", s, mb / s, Double(corpus.count) / s) }
print("text scan only (normalize + lexicon hits, \(hitCount) hits), CPU: \(rate(scanSeconds))")
print("extraction, CPU time:  \(rate(cpu))")
print("extraction, wall time: \(rate(seconds))")
for (k, extractor) in registry.extractors.enumerated() {
    print("  \(extractor.item.id): \(String(format: "%.2f", perExtractor[k])) s CPU")
}
print("  cross-document links: \(String(format: "%.2f", cpuLinked - cpuExtracted)) s CPU; conflict marking: \(String(format: "%.2f", cpuSeconds() - cpuLinked)) s CPU")
print("whole build (plus cross-document links and conflict marking), CPU: \(rate(cpuTotal)); wall: \(rate(total))")
print("peak memory: \(String(format: "%.0f", peakMemoryMB())) MB (\(String(format: "%.0f", memoryBefore)) MB after generating the corpus)")
