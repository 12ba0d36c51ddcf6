import Foundation

/// A document normalized once and scanned once with the lexicons, shared by
/// every extractor that runs on it (they run one after another on the same
/// document, so a one-slot cache turns three normalizations and scans into one).
public final class PreparedDocument: @unchecked Sendable {
    public let id: String
    public let text: NormalizedText
    /// Every lexicon hit in the whole text that stands as whole words, in order
    /// (leftmost-longest); topic hits only where they are topics (`TopicHits`).
    public let hits: [LexiconIndex.Hit]
    /// The text's lines (`Segmenter.lines`), shared by the extractors that read lines.
    public let lines: [Range<Int>]
    /// The document's city (`DocumentCity`); hits of another city's entries are left out.
    public let city: String?
    /// The province of a provincial document that names no city (`福建省`), for
    /// extractors that spell out 省政协; lexicon entries do not bind by it.
    public let province: String?
    let source: String
    let indexSerial: Int

    init(document: SourceDocument, index: LexiconIndex) {
        id = document.id
        source = document.text
        givenCity = document.city
        indexSerial = index.serial
        text = NormalizedText(source)
        var city = DocumentCity.of(document, bytes: text.bytes)
        // A manifest that gives a province as the place (甘肃省, 广西壮族自治区): a provincial document.
        var given: String?
        if let named = city, named.hasSuffix("省") || named.hasSuffix("自治区") { given = named; city = nil }
        // 湖北, 广西 as the manifest's city: a province-level place written without its level (湖北省, 广西壮族自治区).
        else if let named = document.city, named == city, let full = DocumentCity.provinceLevel(named, bytes: text.bytes) {
            given = full
            city = nil
        }
        self.city = city
        // A city's document knows its province (省政协 in a 苏州 document is 江苏's).
        province = given ?? city.map { DocumentCity.province(ofCity: $0) ?? DocumentCity.province(ofDirectCounty: $0) } ?? DocumentCity.provinceOf(document, bytes: text.bytes)
        let bytes = text.bytes
        var words = WordBoundaries(bytes)
        let found = index.admitted(index.wholeWordHits(in: bytes, words: &words), in: bytes, city: city)
        // A topic word inside a name, or negated, is not what the text is about.
        hits = found.filter { index.entries[$0.entry].label != "Industry" || TopicHits.isTopic($0.range, in: bytes) }
        lines = Segmenter.lines(text.bytes)
    }

    /// The hits that lie inside `range`. O(log n + k).
    public func hits(in range: Range<Int>) -> ArraySlice<LexiconIndex.Hit> {
        let start = hits.partitioningIndex { $0.range.lowerBound >= range.lowerBound }
        var end = start
        while end < hits.count, hits[end].range.upperBound <= range.upperBound { end += 1 }
        return hits[start..<end]
    }

    /// The prepared form of `document` for `index`, reused while the same
    /// document is extracted (documents are extracted on several threads at
    /// once: a few recent ones are kept, not one, and those being extracted in
    /// `extracting` stay until their last extractor is done).
    public static func shared(for document: SourceDocument, index: LexiconIndex) -> PreparedDocument {
        if let found = cache.withLock({ $0.find(document, serial: index.serial) }) { return found }
        let prepared = PreparedDocument(document: document, index: index)
        cache.withLock { $0.add(prepared, capacity: capacity) }
        return prepared
    }

    /// Runs `work` (every extractor on `document`) with the document's prepared
    /// form kept however many other documents are prepared meanwhile, and drops
    /// it afterwards: a long document on one thread while another thread goes
    /// through many short ones is prepared once, not once per extractor.
    public static func extracting<T>(_ document: SourceDocument, _ work: () throws -> T) rethrows -> T {
        cache.withLock { $0.pin(document) }
        defer { cache.withLock { $0.unpin(document) } }
        return try work()
    }

    let givenCity: String?

    /// The recently prepared documents, and those pinned while they are extracted.
    private struct Recent {
        var documents: [PreparedDocument] = []
        var pinned: [(id: String, source: String)] = []

        func find(_ document: SourceDocument, serial: Int) -> PreparedDocument? {
            documents.last { $0.id == document.id && $0.indexSerial == serial && $0.givenCity == document.city && $0.source == document.text }
        }

        func isPinned(_ prepared: PreparedDocument) -> Bool {
            pinned.contains { $0.id == prepared.id && $0.source == prepared.source }
        }

        mutating func add(_ prepared: PreparedDocument, capacity: Int) {
            documents.append(prepared)
            // The oldest that no thread is still extracting goes first.
            while documents.count > capacity, let oldest = documents.firstIndex(where: { !isPinned($0) }) {
                documents.remove(at: oldest)
            }
        }

        mutating func pin(_ document: SourceDocument) { pinned.append((document.id, document.text)) }

        mutating func unpin(_ document: SourceDocument) {
            if let at = pinned.firstIndex(where: { $0.id == document.id && $0.source == document.text }) { pinned.remove(at: at) }
            if !pinned.contains(where: { $0.id == document.id && $0.source == document.text }) {
                documents.removeAll { $0.id == document.id && $0.source == document.text }
            }
        }
    }

    private static let cache = Locked(Recent())
    /// Room for every thread's current document, with spare.
    private static let capacity = Swift.max(4, ProcessInfo.processInfo.activeProcessorCount * 2)
}

/// A value behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, for an array
    /// partitioned by it. O(log n).
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
