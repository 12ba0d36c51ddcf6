import Foundation

/// Reads a binary snapshot (see `BinarySnapshotLayout`) back into a graph.
///
/// Checks before it trusts: the header, every section's bounds and checksum,
/// then every string id, node id, count and tag while decoding. Any failure is a
/// `GraphError(.snapshotFormat)` saying what is wrong, which callers treat as
/// "extract the documents again", never as a graph to load. O(size of the file).
///
/// The strings and nodes are read on one thread and the relationships on another, each
/// section's checksum taken as its records are read (while they are in the cache); when
/// anything is wrong, the failure reported is the one a reading in file order would meet
/// first after the checksums: a damaged section's checksum, then the strings, the nodes, the
/// relationships.
struct BinarySnapshotReader {
    private let bytes: UnsafeRawBufferPointer
    /// The file `bytes` point into, kept by the graph's `StoredRecords` (the records are read in place).
    private var file = Data()
    /// Told of each part of the file that has been checked and is not needed again at open
    /// (see `MappedFile.dropResidentPages`); absolute positions.
    private var checked: @Sendable (Range<Int>) -> Void = { _ in }
    /// Where the records not yet handed to `checked` start.
    private var uncheckedFrom = 0
    private var position: Int
    private var end: Int
    private var strings: [String] = []
    /// How many strings the file holds: every string id below it is valid. Known from the
    /// header before the strings are read, so the relationships can be checked meanwhile.
    private var stringCount = 0
    /// Where the string table (end offsets, then the bytes) lies, for naming a string in a
    /// message without the decoded `strings`.
    private var stringsRange = 0..<0
    /// How many elements hold each property key, by the key's string id.
    private var keyUses: [Int32] = []
    private var section = ""
    /// The checksum of the section being read, fed as its records are handed to `checked`.
    private var running: SnapshotChecksum.Running?
    /// Where the bytes not yet fed to `running` start (absolute; a whole number of words into the section).
    private var hashedFrom = 0
    private var sectionStart = 0

    private init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        position = 0
        end = bytes.count
    }

    /// A reader of the record at `offset` in `records` (see `StoredRecords`), already checked when the file was opened.
    init(records: UnsafeRawBufferPointer, strings: [String], at offset: Int) {
        self.init(records)
        self.strings = strings
        stringCount = strings.count
        position = offset
    }

    /// True when `bytes` start with the binary snapshot's magic.
    static func isBinary(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= BinarySnapshotLayout.magic.count
            && bytes.prefix(BinarySnapshotLayout.magic.count).elementsEqual(BinarySnapshotLayout.magic)
    }

    /// The graph in `file`, which the graph keeps: its records are read in place (mapped, when
    /// the file was opened mapped), not copied.
    static func decode(_ file: Data, checked: @escaping @Sendable (Range<Int>) -> Void = { _ in }) throws -> PropertyGraph {
        try file.withUnsafeBytes { bytes in
            var reader = BinarySnapshotReader(bytes)
            reader.file = file
            reader.checked = checked
            return try reader.decodeAll()
        }
    }

    /// What the strings and nodes sections gave, read on one thread.
    private struct NodesPart {
        var strings: [String] = []
        var stringsMatch = true
        var nodesMatch = true
        /// The first failure reading the strings, then the nodes.
        var failure: Error?
        var offsets: [UInt32] = []
        var labelSetOfNode: [Int32] = []
        var labelSets: [[String]] = []
        var keys: [(NodeID, String)] = []
        var keyUses: [Int32] = []
    }

    /// What the relationships section gave, read on the other thread.
    private struct RelationshipsPart {
        var match = true
        var failure: Error?
        var starts: [Int32] = []
        var ends: [Int32] = []
        var typeIDs: [Int32] = []
        /// The string id of each type id's name, in order of first use.
        var typeStrings: [Int] = []
        /// How many relationships have each type id.
        var countByType: [Int] = []
        var offsets: [UInt32] = []
        var keyUses: [Int32] = []
    }

    /// The two parts, each written by its own thread.
    private final class Parts: @unchecked Sendable {
        var nodes = NodesPart()
        var relationships = RelationshipsPart()
    }

    private mutating func decodeAll() throws -> PropertyGraph {
        let header = BinarySnapshotLayout.headerSize
        guard bytes.count >= header else {
            throw failure("the file is cut short (\(bytes.count) bytes; the header alone has \(header))")
        }
        guard Self.isBinary(bytes) else { throw failure("not a binary snapshot (the first bytes are not PGXSNAP)") }
        let version = UInt32(fixedAt: 8, in: bytes)
        guard version == BinarySnapshotLayout.version else {
            throw failure(
                "written in snapshot format version \(version); this build reads version \(BinarySnapshotLayout.version)")
        }
        guard UInt64(fixedAt: 112, in: bytes) == SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[0..<112])) else {
            throw failure("the header's checksum does not match: the file is damaged")
        }
        guard UInt32(fixedAt: 12, in: bytes) == UInt32(BinarySnapshotLayout.sectionCount) else {
            throw failure("the header lists \(UInt32(fixedAt: 12, in: bytes)) sections, not \(BinarySnapshotLayout.sectionCount)")
        }
        var ranges: [Range<Int>] = []
        var sums: [UInt64] = []
        var expected = UInt64(header)
        for (i, name) in BinarySnapshotLayout.sectionNames.enumerated() {
            let offset = UInt64(fixedAt: 16 + 24 * i, in: bytes)
            let length = UInt64(fixedAt: 24 + 24 * i, in: bytes)
            guard offset == expected, length <= UInt64(bytes.count), offset + length <= UInt64(bytes.count) else {
                throw failure("the \(name) section lies outside the file (\(bytes.count) bytes): the file is cut short or damaged")
            }
            ranges.append(Int(offset)..<Int(offset + length))
            sums.append(UInt64(fixedAt: 32 + 24 * i, in: bytes))
            expected = offset + length
        }
        guard expected == UInt64(bytes.count) else {
            throw failure("\(UInt64(bytes.count) - expected) bytes follow the last section: the file is damaged")
        }
        let nodeCount = UInt64(fixedAt: 88, in: bytes)
        let relationshipCount = UInt64(fixedAt: 96, in: bytes)
        // The counts against the sections' sizes (the header's checksum holds, so these are as written).
        section = "strings"
        // The count is read from the file: as large as UInt64 allows, so every step is checked.
        let entries = UInt64(fixedAt: 104, in: bytes).addingReportingOverflow(1)
        let tableSize = entries.partialValue.multipliedReportingOverflow(by: 8)
        guard !entries.overflow, !tableSize.overflow, tableSize.partialValue <= UInt64(ranges[0].count) else {
            throw failure("the header counts more strings than the section holds")
        }
        stringCount = Int(entries.partialValue) - 1
        stringsRange = ranges[0]
        section = "nodes"
        guard nodeCount <= UInt64(ranges[1].count) else { throw failure("the header counts more nodes than the section holds") }
        guard relationshipCount <= UInt64(ranges[2].count) else {
            throw failure("the header counts more relationships than the section holds")
        }
        guard relationshipCount < UInt64(Int32.max), nodeCount < UInt64(Int32.max) else {
            throw failure("the header counts more elements than this build can hold (2^31 of each)")
        }
        section = ""

        let parts = Parts()
        let reader = self
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            var own = reader
            if task == 0 {
                parts.nodes = own.readStringsAndNodes(ranges, sums, nodeCount: Int(nodeCount))
            } else {
                parts.relationships = own.readRelationships(
                    ranges[2], sum: sums[2], count: Int(relationshipCount), nodeCount: nodeCount)
            }
        }
        let nodes = parts.nodes, relationships = parts.relationships
        for (match, name) in zip([nodes.stringsMatch, nodes.nodesMatch, relationships.match], BinarySnapshotLayout.sectionNames)
        where !match {
            section = ""
            throw failure("the \(name) section's checksum does not match: the file is damaged")
        }
        if let error = nodes.failure ?? relationships.failure { throw error }

        // Elements are gathered into columns and the graph's indexes built once at the end
        // (`PropertyGraph.init(bulk:)`), rather than element by element.
        var elements = PropertyGraph.BulkElements()
        let strings = nodes.strings
        elements.keys = nodes.keys
        elements.labelSetOfNode = nodes.labelSetOfNode
        elements.labelSets = nodes.labelSets
        elements.nodes.stored = StoredRecords(
            file: file, base: ranges[1].lowerBound, end: ranges[1].upperBound, strings: strings,
            keyIDs: Self.keysInUse(nodes.keyUses, strings), offsets: nodes.offsets, dropPages: checked)
        elements.nodes.storedLabelSetOfNode = nodes.labelSetOfNode
        elements.nodes.storedLabelSets = nodes.labelSets
        var table = RelationshipTable()
        table.starts = relationships.starts
        table.ends = relationships.ends
        table.typeIDs = relationships.typeIDs
        table.typeNames = relationships.typeStrings.map { strings[$0] }
        table.stored = StoredRecords(
            file: file, base: ranges[2].lowerBound, end: ranges[2].upperBound, strings: strings,
            keyIDs: Self.keysInUse(relationships.keyUses, strings), offsets: relationships.offsets, dropPages: checked)
        elements.relationships = table
        elements.relationshipCountByType = relationships.countByType
        for uses in [nodes.keyUses, relationships.keyUses] {
            for (id, n) in uses.enumerated() where n > 0 { elements.propertyKeyUses[strings[id], default: 0] += Int(n) }
        }
        return PropertyGraph(bulk: elements)
    }

    /// The strings (checked by their checksum first, then decoded), then the nodes with their
    /// checksum taken as they are read. Failures are kept in the part, not thrown: the caller
    /// weighs them against the other thread's.
    private mutating func readStringsAndNodes(_ ranges: [Range<Int>], _ sums: [UInt64], nodeCount: Int) -> NodesPart {
        var part = NodesPart()
        part.stringsMatch = sums[0] == SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[ranges[0]]))
        do {
            try readStrings(ranges[0])
            // The strings are copied out; the records are given back as they are checked (`checked`).
            checked(0..<ranges[0].upperBound)
        } catch {
            part.failure = error
            part.nodesMatch = sums[1] == SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[ranges[1]]))
            return part
        }
        enter("nodes", ranges[1])
        do {
            try readNodes(nodeCount, into: &part)
            try finish()
        } catch {
            part.failure = error
        }
        part.nodesMatch = sums[1] == finishChecksum()
        part.strings = strings
        part.keyUses = keyUses
        return part
    }

    /// Reads the nodes' labels and merge keys; their properties and sources are checked and
    /// stay encoded (`StoredRecords`), decoded only when a query reads them.
    private mutating func readNodes(_ nodeCount: Int, into part: inout NodesPart) throws {
        let sectionStart = position
        guard end - sectionStart <= Int(UInt32.max) else {
            throw failure("the section is larger than this build can hold (4 GiB)")
        }
        var uses = [Int32](repeating: 0, count: max(stringCount, 1))
        defer { keyUses = uses }
        // Label sets by the string ids that spell them: most nodes have one label, looked up without an array.
        var singleLabelSets: [UInt64: Int32] = [:]
        var labelSets: [[UInt64]: Int32] = [:]
        func labelSet(_ labels: [String]) -> Int32 {
            part.labelSets.append(labels.count == 1 ? labels : Array(Set(labels)).sorted())
            return Int32(part.labelSets.count - 1)
        }
        try uses.withUnsafeMutableBufferPointer { uses in
          try Self.fill(nodeCount, &part.offsets) { offsets in
            try Self.fill(nodeCount, &part.labelSetOfNode) { setOfNode in
                for position in 0..<nodeCount {
                    let labelCount = try count()
                    let set: Int32
                    if labelCount == 1 {
                        let id = try number()
                        if let known = singleLabelSets[id] {
                            set = known
                        } else {
                            set = labelSet([try string(id)])
                            singleLabelSets[id] = set
                        }
                    } else {
                        var ids: [UInt64] = []
                        for _ in 0..<labelCount { ids.append(try number()) }
                        if let known = labelSets[ids] {
                            set = known
                        } else {
                            set = labelSet(try ids.map { try string($0) })
                            labelSets[ids] = set
                        }
                    }
                    let key = try number()
                    if key > 0 { part.keys.append((NodeID(position), try string(key - 1))) }
                    offsets[position] = UInt32(self.position - sectionStart)
                    try skipRecordTail(counting: uses.baseAddress!)
                    setOfNode[position] = set
                    if position & 0xFFFF == 0xFFFF { handChecked() }
                }
            }
          }
        }
        handChecked()
    }

    /// Reads the relationships' type, start and end into columns, with the section's checksum;
    /// their properties and sources are checked and stay encoded (`StoredRecords`), decoded
    /// only when a query reads them. Names no string but in a message (the strings are being
    /// read on the other thread).
    private mutating func readRelationships(
        _ range: Range<Int>, sum: UInt64, count relationshipCount: Int, nodeCount: UInt64
    ) -> RelationshipsPart {
        var part = RelationshipsPart()
        enter("relationships", range)
        do {
            guard end - range.lowerBound <= Int(UInt32.max) else {
                throw failure("the section is larger than this build can hold (4 GiB)")
            }
            var uses = [Int32](repeating: 0, count: max(stringCount, 1))
            defer { part.keyUses = uses }
            // Type ids by string id, numbered in order of first use as `addRelationship` numbers them.
            var typeOfString = [Int32](repeating: -1, count: stringCount)
            // Four columns filled in place: no append (and its uniqueness check) per relationship.
            try uses.withUnsafeMutableBufferPointer { uses in
              try Self.fill(relationshipCount, &part.starts) { starts in
                try Self.fill(relationshipCount, &part.ends) { ends in
                    try Self.fill(relationshipCount, &part.typeIDs) { typeIDs in
                        try Self.fill(relationshipCount, &part.offsets) { offsets in
                            for position in 0..<relationshipCount {
                                let typeString = try number()
                                try checkString(typeString)
                                let start = try number(), end = try number()
                                guard start < nodeCount, end < nodeCount else {
                                    throw failure(
                                        "relationship \(position) (\(tableString(typeString))) joins node \(max(start, end)), which does not exist")
                                }
                                var typeID = typeOfString[Int(typeString)]
                                if typeID < 0 {
                                    typeID = Int32(part.typeStrings.count)
                                    part.typeStrings.append(Int(typeString))
                                    part.countByType.append(0)
                                    typeOfString[Int(typeString)] = typeID
                                }
                                part.countByType[Int(typeID)] += 1
                                offsets[position] = UInt32(self.position - range.lowerBound)
                                try skipRecordTail(counting: uses.baseAddress!)
                                starts[position] = Int32(truncatingIfNeeded: start)
                                ends[position] = Int32(truncatingIfNeeded: end)
                                typeIDs[position] = typeID
                                if position & 0xFFFF == 0xFFFF { handChecked() }
                            }
                        }
                    }
                }
              }
            }
            handChecked()
            try finish()
        } catch {
            part.failure = error
        }
        part.match = sum == finishChecksum()
        return part
    }

    /// `array` made of `count` elements that `body` writes through a pointer, each exactly once
    /// (no append per element). Left empty when `body` throws.
    @inline(__always)
    private static func fill<T: FixedWidthInteger>(
        _ count: Int, _ array: inout [T], _ body: (UnsafeMutablePointer<T>) throws -> Void
    ) rethrows {
        array = try [T](unsafeUninitializedCapacity: max(count, 1)) { buffer, initialized in
            initialized = 0
            try body(buffer.baseAddress!)
            initialized = count
        }
    }

    /// The string id of every property key in `uses`, by key.
    private static func keysInUse(_ uses: [Int32], _ strings: [String]) -> [String: UInt64] {
        var keys: [String: UInt64] = [:]
        for (id, n) in uses.enumerated() where n > 0 { keys[strings[id]] = UInt64(id) }
        return keys
    }

    // MARK: Sections

    private mutating func readStrings(_ range: Range<Int>) throws {
        enter("strings", range)
        let heap = range.lowerBound + 8 * (stringCount + 1)
        let heapSize = UInt64(range.upperBound - heap)
        strings.reserveCapacity(stringCount)
        var previous = UInt64(fixedAt: range.lowerBound, in: bytes)
        guard previous == 0 else { throw failure("the string table does not start at 0") }
        for i in 0..<stringCount {
            let stringEnd = UInt64(fixedAt: range.lowerBound + 8 * (i + 1), in: bytes)
            guard stringEnd >= previous, stringEnd <= heapSize else { throw failure("string \(i) lies outside the string heap") }
            let slice = UnsafeRawBufferPointer(rebasing: bytes[(heap + Int(previous))..<(heap + Int(stringEnd))])
            strings.append(String(decoding: slice, as: UTF8.self))
            previous = stringEnd
        }
        guard previous == heapSize else { throw failure("the string heap has bytes no string uses") }
    }

    /// String `id` read from the table in the file, for a message; "?" when the table does not hold it.
    private func tableString(_ id: UInt64) -> String {
        let table = stringsRange
        let heap = table.lowerBound + 8 * (stringCount + 1)
        guard id < UInt64(stringCount), heap <= table.upperBound else { return "?" }
        let from = UInt64(fixedAt: table.lowerBound + 8 * Int(id), in: bytes)
        let to = UInt64(fixedAt: table.lowerBound + 8 * Int(id) + 8, in: bytes)
        guard from <= to, to <= UInt64(table.upperBound - heap) else { return "?" }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(heap + Int(from))..<(heap + Int(to))]), as: UTF8.self)
    }

    /// Starts reading section `name` at its first byte, taking its checksum as it goes.
    private mutating func enter(_ name: String, _ range: Range<Int>) {
        section = name
        position = range.lowerBound
        end = range.upperBound
        uncheckedFrom = position
        sectionStart = position
        hashedFrom = position
        running = SnapshotChecksum.Running(length: range.count)
    }

    /// Feeds the checksum and hands to `checked` the records read since the last call (up to
    /// the last whole word: the checksum reads eight bytes at a time).
    private mutating func handChecked() {
        let upTo = sectionStart + (position - sectionStart) / 8 * 8
        guard upTo > uncheckedFrom else { return }
        if running != nil, upTo > hashedFrom {
            running!.add(UnsafeRawBufferPointer(rebasing: bytes[hashedFrom..<upTo]))
            hashedFrom = upTo
        }
        checked(uncheckedFrom..<upTo)
        uncheckedFrom = upTo
    }

    /// The checksum of the section being read, feeding what is left of it (all of it after a failure).
    private mutating func finishChecksum() -> UInt64 {
        guard var sum = running else { return 0 }
        sum.add(UnsafeRawBufferPointer(rebasing: bytes[hashedFrom..<end]))
        hashedFrom = end
        return sum.value
    }

    private func finish() throws {
        guard position == end else { throw failure("\(end - position) bytes are left over") }
    }

    // MARK: Records

    /// A property map; `dropsNulls` for an element's own properties (a null property is an absent one).
    mutating func readProperties(depth: Int = 0, dropsNulls: Bool = false) throws -> [String: Value] {
        let n = try count()
        guard n > 0 else { return [:] }
        var properties: [String: Value] = Dictionary(minimumCapacity: n)
        for _ in 0..<n {
            let key = try string()
            let value = try value(depth: depth)
            if dropsNulls, case .null = value { continue }
            properties[key] = value
        }
        return properties
    }

    /// The value of the property whose key has string id `key` in the property map here,
    /// without decoding the others.
    mutating func readProperty(_ key: UInt64) throws -> Value? {
        var found: Value?
        for _ in 0..<(try count()) {
            if try number() == key {
                let value = try value(depth: 0)
                // As in `readProperties`: the last non-null of duplicate keys wins.
                if !value.isNull { found = value }
            } else {
                try skipValue(depth: 0)
            }
        }
        return found
    }

    /// The string id of the property whose key has string id `key` in the property map here,
    /// when its value is a string; nil when it is missing, null or another type. Reads no
    /// string and makes no `Value`: what `readProperty` would find, as a string id.
    mutating func readStringID(_ key: UInt64) throws -> Int? {
        var found: Int?
        for _ in 0..<(try count()) {
            guard try number() == key, position < end else {
                try skipValue(depth: 0)
                continue
            }
            switch BinarySnapshotLayout.ValueTag(rawValue: bytes[position]) {
            case .string?:
                position += 1
                found = Int(try number())
            case .null?:
                // As in `readProperty`: a null does not replace an earlier value.
                position += 1
            default:
                found = nil
                try skipValue(depth: 0)
            }
        }
        return found
    }

    /// True when the property map here is empty (or holds only nulls).
    mutating func readsNoProperties() throws -> Bool {
        for _ in 0..<(try count()) {
            _ = try number()
            if !(try value(depth: 0)).isNull { return false }
        }
        return true
    }

    /// Skips an element's properties and sources at open, checking them as `skipProperties` and
    /// `skipSources` do and counting each key with a value in `uses` (by string id): the loop the
    /// open spends its time in, with the common values (ints, strings, floats, nulls) inline.
    @inline(__always)
    private mutating func skipRecordTail(counting uses: UnsafeMutablePointer<Int32>) throws {
        let limit = UInt64(stringCount)
        typealias Tag = BinarySnapshotLayout.ValueTag
        for _ in 0..<(try count()) {
            let keyID = try number()
            guard keyID < limit else { throw pastStrings(keyID) }
            guard position < end else { throw failure("a value is cut short") }
            switch bytes[position] {
            case Tag.null.rawValue:
                position += 1
                continue
            case Tag.int.rawValue:
                position += 1
                _ = try number()
            case Tag.string.rawValue:
                position += 1
                let id = try number()
                guard id < limit else { throw pastStrings(id) }
            case Tag.float.rawValue:
                guard end - position >= 9 else { throw failure("a float is cut short") }
                position += 9
            default:
                try skipValue(depth: 0)
            }
            uses[Int(keyID)] &+= 1
        }
        for _ in 0..<(try count()) {
            let document = try number()
            guard document < limit else { throw pastStrings(document) }
            let offset = try number(), length = try number()
            guard offset <= UInt64(Int.max), length <= UInt64(Int.max) else { throw failure("a source's span is out of range") }
            let quote = try number()
            guard quote < limit else { throw pastStrings(quote) }
        }
    }

    @inline(never)
    private func pastStrings(_ id: UInt64) -> GraphError { failure("string id \(id) is past the \(stringCount) strings") }

    /// Checks an element's property map without building it.
    mutating func skipProperties() throws {
        for _ in 0..<(try count()) {
            try checkString()
            try skipValue(depth: 0)
        }
    }

    /// Reads a value's tag, for `value` and `skipValue` alike.
    private mutating func valueTag(depth: Int) throws -> BinarySnapshotLayout.ValueTag {
        guard depth < 1000 else { throw failure("values are nested more than 1000 deep") }
        guard position < end else { throw failure("a value is cut short") }
        let tagByte = bytes[position]
        position += 1
        guard let tag = BinarySnapshotLayout.ValueTag(rawValue: tagByte) else { throw failure("unknown value tag \(tagByte)") }
        return tag
    }

    /// Reads a temporal value's kind byte, for `value` and `skipValue` alike.
    private mutating func temporalKind() throws -> TemporalKind {
        guard position < end else { throw failure("a temporal value is cut short") }
        let kindByte = Int(bytes[position])
        position += 1
        guard kindByte < TemporalKind.allCases.count else { throw failure("unknown temporal kind \(kindByte)") }
        return TemporalKind.allCases[kindByte]
    }

    /// Checks a value without building it (a temporal value is parsed, to check its text). Reads
    /// no string but a temporal value's text, from the table in the file when the strings are not
    /// decoded yet (the relationships are read while the other thread decodes them).
    private mutating func skipValue(depth: Int) throws {
        switch try valueTag(depth: depth) {
        case .null, .falseValue, .trueValue: return
        case .int: _ = try number()
        case .float:
            guard end - position >= 8 else { throw failure("a float is cut short") }
            position += 8
        case .string: try checkString()
        case .list:
            for _ in 0..<(try count()) { try skipValue(depth: depth + 1) }
        case .map:
            for _ in 0..<(try count()) {
                try checkString()
                try skipValue(depth: depth + 1)
            }
        case .temporal:
            let kind = try temporalKind()
            let id = try number()
            try checkString(id)
            let text = id < UInt64(strings.count) ? strings[Int(id)] : tableString(id)
            do {
                _ = try Temporal(kind: kind, isoText: text)
            } catch {
                throw failure("the temporal value '\(text)' does not read back: \(error)")
            }
        }
    }

    mutating func readSources() throws -> [Provenance] {
        let n = try count()
        guard n > 0 else { return [] }
        var sources: [Provenance] = []
        sources.reserveCapacity(n)
        for _ in 0..<n {
            let document = try string()
            let offset = try number(), length = try number()
            guard offset <= UInt64(Int.max), length <= UInt64(Int.max) else { throw failure("a source's span is out of range") }
            sources.append(Provenance(document: document, offset: Int(offset), length: Int(length), quote: try string()))
        }
        return sources
    }

    private mutating func value(depth: Int) throws -> Value {
        switch try valueTag(depth: depth) {
        case .null: return .null
        case .falseValue: return .bool(false)
        case .trueValue: return .bool(true)
        case .int:
            let z = try number()
            return .int(Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))))
        case .float:
            guard end - position >= 8 else { throw failure("a float is cut short") }
            let bits = UInt64(fixedAt: position, in: bytes)
            position += 8
            return .float(Double(bitPattern: bits))
        case .string: return .string(try string())
        case .list:
            var items: [Value] = []
            for _ in 0..<(try count()) { items.append(try value(depth: depth + 1)) }
            return .list(items)
        case .map: return .map(try readProperties(depth: depth + 1))
        case .temporal:
            let kind = try temporalKind()
            let text = try string()
            do {
                return .temporal(try Temporal(kind: kind, isoText: text))
            } catch {
                throw failure("the temporal value '\(text)' does not read back: \(error)")
            }
        }
    }

    /// A count of following items: each takes at least one byte, so a count past the
    /// bytes left is damage, not a reason to reserve memory.
    @inline(__always)
    private mutating func count() throws -> Int {
        let n = try number()
        guard n <= UInt64(end - position) else { throw failure("a count of \(n) is larger than the bytes left") }
        return Int(n)
    }

    private mutating func string(_ id: UInt64? = nil) throws -> String {
        let id = try id ?? number()
        guard id < UInt64(strings.count) else { throw failure("string id \(id) is past the \(strings.count) strings") }
        return strings[Int(id)]
    }

    /// Checks that the string id here (or `id`) names a string, without reading it.
    @inline(__always)
    private mutating func checkString(_ id: UInt64? = nil) throws {
        let id = try id ?? number()
        guard id < UInt64(stringCount) else { throw failure("string id \(id) is past the \(stringCount) strings") }
    }

    /// Unsigned LEB128, at most ten bytes.
    @inline(__always)
    private mutating func number() throws -> UInt64 {
        // Most numbers are one byte.
        if position < end, bytes[position] < 0x80 {
            position += 1
            return UInt64(bytes[position - 1])
        }
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < end {
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
            guard shift < 64 else { break }
        }
        throw failure("a number is cut short or too long")
    }

    @inline(never)
    private func failure(_ message: String) -> GraphError {
        GraphError(.snapshotFormat, section.isEmpty ? message : "\(section) section: \(message)")
    }
}

extension FixedWidthInteger {
    /// The little-endian number at byte `offset` of `bytes` (the caller checks the bounds).
    init(fixedAt offset: Int, in bytes: UnsafeRawBufferPointer) {
        self.init(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Self.self))
    }
}
