/// Finds many terms in text at once: a byte trie over the terms' UTF-8, with a
/// 256-entry table at the root and sorted edge lists below it.
///
/// Continuation bytes (0x80–0xBF), two of every three bytes of Chinese text,
/// go through a dense 64-entry table per node; other bytes through the
/// node's sorted edge list.
///
/// `matches(in:range:)` is leftmost-longest and non-overlapping: at each
/// character boundary it takes the longest term starting there, so
/// `市发展改革委` wins over `发展`. Cost is O(n · d) for n bytes, d the depth
/// reached before a mismatch (one or two bytes at most positions).
public struct Gazetteer: Sendable {
    /// One occurrence: a byte range of the scanned text and the payload of its term.
    public struct Match: Sendable, Hashable {
        public var range: Range<Int>
        public var payload: Int
    }

    private var rootTable: [Int32]
    /// Per node: first edge index and edge count, and the payload (-1 when no term ends there).
    private var edgeStart: [Int32]
    private var edgeCount: [Int32]
    private var payloads: [Int32]
    /// Per node: whether the term ending there must not touch ASCII letters or digits.
    private var asciiBounded: [Bool]
    private var edgeBytes: [UInt8]
    private var edgeTargets: [Int32]
    /// `continuation[node * 64 + (byte - 0x80)]`: the child for a continuation byte, or -1.
    private var continuation: [Int32]
    /// A Bloom-style bit set of the first two characters of every term whose
    /// first two characters are three-byte (Chinese) characters: a position
    /// whose two characters are not in it cannot start such a term.
    private var bigrams: [UInt64]
    /// Three-byte first characters of terms the bigram test does not cover
    /// (one-character terms, or a second character that is not three bytes).
    private var unfiltered: [UInt64]
    static let bigramBits = 1 << 18

    public private(set) var termCount = 0

    /// Builds the trie. When two terms are equal the first one's payload is kept.
    /// O(total bytes of the terms): continuation bytes go straight into the
    /// dense table and other bytes into short per-node lists, sorted once at
    /// the end (a dictionary per node cost 40M instructions at start-up).
    public init(terms: [(term: String, payload: Int)]) {
        var payload: [Int32] = [-1]
        var bounded: [Bool] = [false]
        var continuation = [Int32](repeating: -1, count: 64)
        // Other children as linked lists: the first edge per node, then byte, child and next edge per edge.
        var sparseHead: [Int32] = [-1]
        var sparseByte: [UInt8] = [], sparseTarget: [Int32] = [], sparseNext: [Int32] = []
        func newNode() -> Int32 {
            payload.append(-1)
            bounded.append(false)
            sparseHead.append(-1)
            continuation.append(contentsOf: repeatElement(-1, count: 64))
            return Int32(payload.count - 1)
        }
        for (term, value) in terms where !term.isEmpty {
            var node = 0
            for b in term.utf8 {
                var next: Int32
                if b & 0xC0 == 0x80 {
                    let slot = node &* 64 &+ Int(b & 0x3F)
                    next = continuation[slot]
                    if next < 0 { next = newNode(); continuation[slot] = next }
                } else {
                    var e = sparseHead[node]
                    while e >= 0, sparseByte[Int(e)] != b { e = sparseNext[Int(e)] }
                    if e >= 0 {
                        next = sparseTarget[Int(e)]
                    } else {
                        next = newNode()
                        sparseByte.append(b); sparseTarget.append(next); sparseNext.append(sparseHead[node])
                        sparseHead[node] = Int32(sparseByte.count - 1)
                    }
                }
                node = Int(next)
            }
            if payload[node] < 0 {
                payload[node] = Int32(value)
                bounded[node] = Self.isASCIIWordByte(term.utf8.first!) || Self.isASCIIWordByte(term.utf8.last!)
                termCount += 1
            }
        }
        let nodes = payload.count
        rootTable = [Int32](repeating: -1, count: 256)
        for c in 0..<64 where continuation[c] >= 0 { rootTable[0x80 | c] = continuation[c] }
        var e = sparseHead[0]
        while e >= 0 { rootTable[Int(sparseByte[Int(e)])] = sparseTarget[Int(e)]; e = sparseNext[Int(e)] }
        edgeStart = []; edgeCount = []; edgeBytes = []; edgeTargets = []
        edgeStart.reserveCapacity(nodes); edgeCount.reserveCapacity(nodes)
        edgeBytes.reserveCapacity(sparseByte.count); edgeTargets.reserveCapacity(sparseByte.count)
        for n in 0..<nodes {
            let from = edgeBytes.count
            edgeStart.append(Int32(from))
            var e = sparseHead[n]
            while e >= 0 {
                // Insertion into the node's sorted run: lists are a few edges long.
                let b = sparseByte[Int(e)], target = sparseTarget[Int(e)]
                var k = edgeBytes.count
                edgeBytes.append(b); edgeTargets.append(target)
                while k > from, edgeBytes[k - 1] > b {
                    edgeBytes[k] = edgeBytes[k - 1]; edgeTargets[k] = edgeTargets[k - 1]
                    k -= 1
                }
                edgeBytes[k] = b; edgeTargets[k] = target
                e = sparseNext[Int(e)]
            }
            edgeCount.append(Int32(edgeBytes.count - from))
        }
        self.continuation = continuation
        payloads = payload
        asciiBounded = bounded
        bigrams = [UInt64](repeating: 0, count: Self.bigramBits / 64)
        unfiltered = [UInt64](repeating: 0, count: 65536 / 64)
        for (term, _) in terms {
            // The first two characters, when the first is three bytes (read without an array per term).
            var utf8 = term.utf8.makeIterator()
            guard let b0 = utf8.next(), b0 & 0xF0 == 0xE0, let b1 = utf8.next(), let b2 = utf8.next() else { continue }
            let c1 = Self.scalar3(b0, b1, b2)
            if let b3 = utf8.next(), b3 & 0xF0 == 0xE0, let b4 = utf8.next(), let b5 = utf8.next() {
                let h = Self.bigramHash(c1, Self.scalar3(b3, b4, b5))
                bigrams[h >> 6] |= 1 << UInt64(h & 63)
            } else {
                unfiltered[Int(c1) >> 6] |= 1 << UInt64(c1 & 63)
            }
        }
    }

    @inline(__always)
    static func scalar3(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Int {
        (Int(b0 & 0x0F) << 12) | (Int(b1 & 0x3F) << 6) | Int(b2 & 0x3F)
    }

    @inline(__always)
    static func bigramHash(_ c1: Int, _ c2: Int) -> Int {
        ((c1 &* 0x9E37) ^ (c2 &* 0x85EB)) & (bigramBits - 1)
    }

    @inline(__always)
    static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// The longest term starting at `start` and ending at or before `end`, if any.
    public func longestMatch(in bytes: [UInt8], at start: Int, end: Int) -> Match? {
        // A caller may ask at the very end (a role that is only "市"): nothing starts there.
        guard start >= 0, start < min(end, bytes.count) else { return nil }
        return withTables { tables in bytes.withUnsafeBufferPointer { longestMatch($0, at: start, end: end, tables) } }
    }

    /// The trie's arrays as raw buffers, so the scanning loop does no reference
    /// counting or bounds checks.
    struct Tables {
        var root: UnsafeBufferPointer<Int32>
        var edgeStart: UnsafeBufferPointer<Int32>
        var edgeCount: UnsafeBufferPointer<Int32>
        var payloads: UnsafeBufferPointer<Int32>
        var bounded: UnsafeBufferPointer<Bool>
        var edgeBytes: UnsafeBufferPointer<UInt8>
        var edgeTargets: UnsafeBufferPointer<Int32>
        var continuation: UnsafeBufferPointer<Int32>
        var bigrams: UnsafeBufferPointer<UInt64>
        var unfiltered: UnsafeBufferPointer<UInt64>
    }

    func withTables<R>(_ body: (Tables) -> R) -> R {
        rootTable.withUnsafeBufferPointer { root in
            edgeStart.withUnsafeBufferPointer { es in
                edgeCount.withUnsafeBufferPointer { ec in
                    payloads.withUnsafeBufferPointer { p in
                        asciiBounded.withUnsafeBufferPointer { ab in
                            edgeBytes.withUnsafeBufferPointer { eb in
                                edgeTargets.withUnsafeBufferPointer { et in
                                    continuation.withUnsafeBufferPointer { c in
                                        bigrams.withUnsafeBufferPointer { bg in
                                            unfiltered.withUnsafeBufferPointer { uf in
                                                body(Tables(root: root, edgeStart: es, edgeCount: ec, payloads: p, bounded: ab,
                                                            edgeBytes: eb, edgeTargets: et, continuation: c, bigrams: bg, unfiltered: uf))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Walks the trie from `start`, calling `found` for every term that ends
    /// at or before `end` (shortest first) and passes the ASCII-boundary test.
    @inline(__always)
    private func walk(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, _ t: Tables, _ found: (Match) -> Void) {
        var node = t.root[Int(bytes[start])]
        if node < 0 { return }
        var i = start + 1
        while true {
            let p = t.payloads[Int(node)]
            if p >= 0 {
                let ok = !t.bounded[Int(node)]
                    || ((start == 0 || !Self.isASCIIWordByte(bytes[start - 1]))
                        && (i >= bytes.count || !Self.isASCIIWordByte(bytes[i])))
                if ok { found(Match(range: start..<i, payload: Int(p))) }
            }
            if i >= end { break }
            let b = bytes[i]
            var next: Int32 = -1
            if b & 0xC0 == 0x80 {
                next = t.continuation[Int(node) &* 64 &+ Int(b & 0x3F)]
            } else {
                let from = Int(t.edgeStart[Int(node)])
                let stop = from + Int(t.edgeCount[Int(node)])
                var k = from
                while k < stop {
                    let e = t.edgeBytes[k]
                    if e == b { next = t.edgeTargets[k]; break }
                    if e > b { break }
                    k += 1
                }
            }
            if next < 0 { break }
            node = next
            i += 1
        }
    }

    @inline(__always)
    private func longestMatch(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, _ t: Tables) -> Match? {
        var best: Match?
        walk(bytes, at: start, end: end, t) { best = $0 }
        return best
    }

    /// Calls `match` at every position of `range` that may start a term (most
    /// positions of Chinese text are rejected by one bit test on their first
    /// two characters); `match` returns where to go on, or nil for the next byte.
    @inline(__always)
    private func scan(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ t: Tables, _ match: (Int) -> Int?) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = buffer[i]
            if b & 0xC0 == 0x80 || t.root[Int(b)] < 0 { i += 1; continue }
            if b & 0xF0 == 0xE0, i + 5 < end, buffer[i + 3] & 0xF0 == 0xE0 {
                let c1 = Self.scalar3(b, buffer[i + 1], buffer[i + 2])
                if t.unfiltered[c1 >> 6] & (1 << UInt64(c1 & 63)) == 0 {
                    let h = Self.bigramHash(c1, Self.scalar3(buffer[i + 3], buffer[i + 4], buffer[i + 5]))
                    if t.bigrams[h >> 6] & (1 << UInt64(h & 63)) == 0 { i += 3; continue }
                }
            }
            i = match(i) ?? i + 1
        }
    }

    /// Every leftmost-longest, non-overlapping occurrence in `range` that
    /// `accept` admits (a term that does not stand as a word): at each
    /// position the longest admitted term wins, and a refused term does not
    /// hide a term that starts inside it (`优化工业互联网`: not 化工, but 工业互联网).
    public func matches(in bytes: [UInt8], range: Range<Int>? = nil, accept: (Match) -> Bool) -> [Match] {
        var found: [Match] = []
        var candidates: [Match] = []
        withTables { t in bytes.withUnsafeBufferPointer { buffer in
            let end = range?.upperBound ?? bytes.count
            scan(buffer, range ?? 0..<bytes.count, t) { i in
                // Most longest terms stand as words: the shorter ones are walked only when it is refused.
                guard let longest = longestMatch(buffer, at: i, end: end, t) else { return nil }
                if accept(longest) {
                    found.append(longest)
                    return longest.range.upperBound
                }
                candidates.removeAll(keepingCapacity: true)
                walk(buffer, at: i, end: longest.range.upperBound - 1, t) { candidates.append($0) }
                guard let m = candidates.last(where: accept) else { return nil }
                found.append(m)
                return m.range.upperBound
            }
        } }
        return found
    }

    /// Every leftmost-longest, non-overlapping occurrence in `range`, in order.
    public func matches(in bytes: [UInt8], range: Range<Int>? = nil) -> [Match] {
        var found: [Match] = []
        withTables { t in bytes.withUnsafeBufferPointer { buffer in
            scan(buffer, range ?? 0..<bytes.count, t) { i in
                guard let m = longestMatch(buffer, at: i, end: range?.upperBound ?? bytes.count, t) else { return nil }
                found.append(m)
                return m.range.upperBound
            }
        } }
        return found
    }
}
