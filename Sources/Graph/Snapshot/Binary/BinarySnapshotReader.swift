import Foundation

/// Reads a binary snapshot (see `BinarySnapshotLayout`) back into a graph.
///
/// Checks before it trusts: the header, every section's bounds and checksum,
/// then every string id, node id, count and tag while decoding. Any failure is a
/// `GraphError(.snapshotFormat)` saying what is wrong, which callers treat as
/// "extract the documents again", never as a graph to load. O(size of the file).
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
    /// How many elements hold each property key, by the key's string id.
    private var keyUses: [Int] = []
    private var section = ""

    private init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        position = 0
        end = bytes.count
    }

    /// A reader of the record at `offset` in `records` (see `StoredRecords`), already checked when the file was opened.
    init(records: UnsafeRawBufferPointer, strings: [String], at offset: Int) {
        self.init(records)
        self.strings = strings
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
        var expected = UInt64(header)
        for (i, name) in BinarySnapshotLayout.sectionNames.enumerated() {
            let offset = UInt64(fixedAt: 16 + 24 * i, in: bytes)
            let length = UInt64(fixedAt: 24 + 24 * i, in: bytes)
            guard offset == expected, length <= UInt64(bytes.count), offset + length <= UInt64(bytes.count) else {
                throw failure("the \(name) section lies outside the file (\(bytes.count) bytes): the file is cut short or damaged")
            }
            let range = Int(offset)..<Int(offset + length)
            guard UInt64(fixedAt: 32 + 24 * i, in: bytes) == SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[range])) else {
                throw failure("the \(name) section's checksum does not match: the file is damaged")
            }
            ranges.append(range)
            expected = offset + length
        }
        guard expected == UInt64(bytes.count) else {
            throw failure("\(UInt64(bytes.count) - expected) bytes follow the last section: the file is damaged")
        }
        let nodeCount = UInt64(fixedAt: 88, in: bytes)
        let relationshipCount = UInt64(fixedAt: 96, in: bytes)
        let stringCount = UInt64(fixedAt: 104, in: bytes)

        try readStrings(ranges[0], count: stringCount)
        // The strings are copied out; the records are given back as they are checked (`checked`).
        checked(0..<ranges[0].upperBound)
        enter("nodes", ranges[1])
        guard nodeCount <= UInt64(ranges[1].count) else { throw failure("the header counts more nodes than the section holds") }
        guard relationshipCount <= UInt64(ranges[2].count) else {
            throw failure("the header counts more relationships than the section holds")
        }
        guard relationshipCount < UInt64(Int32.max), nodeCount < UInt64(Int32.max) else {
            throw failure("the header counts more elements than this build can hold (2^31 of each)")
        }
        // Elements are gathered into columns and the graph's indexes built once at the end
        // (`PropertyGraph.init(bulk:)`), rather than element by element.
        var elements = PropertyGraph.BulkElements()
        keyUses = [Int](repeating: 0, count: strings.count)
        try readNodes(Int(nodeCount), into: &elements)
        try finish()
        enter("relationships", ranges[2])
        try readRelationships(Int(relationshipCount), nodeCount: nodeCount, into: &elements)
        try finish()
        for (id, uses) in keyUses.enumerated() where uses > 0 { elements.propertyKeyUses[strings[id], default: 0] += uses }
        return PropertyGraph(bulk: elements)
    }

    /// Reads the nodes' labels and merge keys; their properties and sources are checked and
    /// stay encoded (`StoredRecords`), decoded only when a query reads them.
    private mutating func readNodes(_ nodeCount: Int, into elements: inout PropertyGraph.BulkElements) throws {
        let sectionStart = position
        guard end - sectionStart <= Int(UInt32.max) else {
            throw failure("the section is larger than this build can hold (4 GiB)")
        }
        var offsets: [UInt32] = []
        offsets.reserveCapacity(nodeCount)
        elements.labelSetOfNode.reserveCapacity(nodeCount)
        // Label sets by the string ids that spell them: most nodes have one label, looked up without an array.
        var singleLabelSets: [UInt64: Int32] = [:]
        var labelSets: [[UInt64]: Int32] = [:]
        func labelSet(_ labels: [String]) -> Int32 {
            elements.labelSets.append(labels.count == 1 ? labels : Array(Set(labels)).sorted())
            return Int32(elements.labelSets.count - 1)
        }
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
            if key > 0 { elements.keys.append((NodeID(position), try string(key - 1))) }
            offsets.append(UInt32(self.position - sectionStart))
            try skipProperties(counting: true)
            try skipSources()
            elements.labelSetOfNode.append(set)
            if position & 0xFFFF == 0xFFFF { handChecked() }
        }
        handChecked()
        elements.nodes.stored = StoredRecords(
            file: file, base: sectionStart, end: end, strings: strings, keyIDs: keysInUse(), offsets: offsets,
            dropPages: checked)
        elements.nodes.storedLabelSetOfNode = elements.labelSetOfNode
        elements.nodes.storedLabelSets = elements.labelSets
    }

    /// Reads the relationships' type, start and end into columns; their properties and sources
    /// are checked and stay encoded (`StoredRecords`), decoded only when a query reads them.
    private mutating func readRelationships(
        _ relationshipCount: Int, nodeCount: UInt64, into elements: inout PropertyGraph.BulkElements
    ) throws {
        let sectionStart = position
        guard end - sectionStart <= Int(UInt32.max) else {
            throw failure("the section is larger than this build can hold (4 GiB)")
        }
        var table = RelationshipTable()
        table.reserveCapacity(relationshipCount)
        var offsets: [UInt32] = []
        offsets.reserveCapacity(relationshipCount)
        // Type ids by string id, numbered in order of first use as `addRelationship` numbers them.
        var typeOfString = [Int32](repeating: -1, count: strings.count)
        for position in 0..<relationshipCount {
            let typeString = try number()
            try checkString(typeString)
            let start = try number(), end = try number()
            guard start < nodeCount, end < nodeCount else {
                throw failure(
                    "relationship \(position) (\(try string(typeString))) joins node \(max(start, end)), which does not exist")
            }
            var typeID = typeOfString[Int(typeString)]
            if typeID < 0 {
                typeID = Int32(table.typeNames.count)
                table.typeNames.append(try string(typeString))
                typeOfString[Int(typeString)] = typeID
            }
            offsets.append(UInt32(self.position - sectionStart))
            try skipProperties(counting: true)
            try skipSources()
            table.appendStored(type: typeID, from: Int32(start), to: Int32(end))
            if position & 0xFFFF == 0xFFFF { handChecked() }
        }
        handChecked()
        table.stored = StoredRecords(
            file: file, base: sectionStart, end: end, strings: strings, keyIDs: keysInUse(), offsets: offsets,
            dropPages: checked)
        elements.relationships = table
    }

    /// The string id of every property key counted so far, by key.
    private func keysInUse() -> [String: UInt64] {
        var keys: [String: UInt64] = [:]
        for (id, uses) in keyUses.enumerated() where uses > 0 { keys[strings[id]] = UInt64(id) }
        return keys
    }

    // MARK: Sections

    private mutating func readStrings(_ range: Range<Int>, count: UInt64) throws {
        enter("strings", range)
        // The count is read from the file: as large as UInt64 allows, so every step is checked.
        let entries = count.addingReportingOverflow(1)
        let tableSize = entries.partialValue.multipliedReportingOverflow(by: 8)
        guard !entries.overflow, !tableSize.overflow, tableSize.partialValue <= UInt64(range.count) else {
            throw failure("the header counts more strings than the section holds")
        }
        let heap = range.lowerBound + Int(tableSize.partialValue)
        let heapSize = UInt64(range.upperBound - heap)
        strings.reserveCapacity(Int(count))
        var previous = UInt64(fixedAt: range.lowerBound, in: bytes)
        guard previous == 0 else { throw failure("the string table does not start at 0") }
        for i in 0..<Int(count) {
            let stringEnd = UInt64(fixedAt: range.lowerBound + 8 * (i + 1), in: bytes)
            guard stringEnd >= previous, stringEnd <= heapSize else { throw failure("string \(i) lies outside the string heap") }
            let slice = UnsafeRawBufferPointer(rebasing: bytes[(heap + Int(previous))..<(heap + Int(stringEnd))])
            strings.append(String(decoding: slice, as: UTF8.self))
            previous = stringEnd
        }
        guard previous == heapSize else { throw failure("the string heap has bytes no string uses") }
    }

    private mutating func enter(_ name: String, _ range: Range<Int>) {
        section = name
        position = range.lowerBound
        end = range.upperBound
        uncheckedFrom = position
    }

    /// Hands the records read since the last call to `checked`.
    private mutating func handChecked() {
        guard position > uncheckedFrom else { return }
        checked(uncheckedFrom..<position)
        uncheckedFrom = position
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

    /// Checks an element's property map without building it, counting its keys in `keyUses`.
    mutating func skipProperties(counting: Bool) throws {
        for _ in 0..<(try count()) {
            let keyID = try number()
            try checkString(keyID)
            let isNull = position < end && bytes[position] == BinarySnapshotLayout.ValueTag.null.rawValue
            try skipValue(depth: 0)
            if counting, !isNull { keyUses[Int(keyID)] += 1 }
        }
    }

    /// Checks a value without building it (a temporal value is parsed, to check its text).
    private mutating func skipValue(depth: Int) throws {
        guard position < end else { throw failure("a value is cut short") }
        switch BinarySnapshotLayout.ValueTag(rawValue: bytes[position]) {
        case .int?:
            position += 1
            _ = try number()
        case .string?:
            position += 1
            try checkString()
        case .float?:
            guard end - position >= 9 else { throw failure("a float is cut short") }
            position += 9
        default: _ = try value(depth: depth)
        }
    }

    private mutating func skipSources() throws {
        for _ in 0..<(try count()) {
            try checkString()
            let offset = try number(), length = try number()
            guard offset <= UInt64(Int.max), length <= UInt64(Int.max) else { throw failure("a source's span is out of range") }
            try checkString()
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
        guard depth < 1000 else { throw failure("values are nested more than 1000 deep") }
        guard position < end else { throw failure("a value is cut short") }
        let tagByte = bytes[position]
        position += 1
        guard let tag = BinarySnapshotLayout.ValueTag(rawValue: tagByte) else { throw failure("unknown value tag \(tagByte)") }
        switch tag {
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
            guard position < end else { throw failure("a temporal value is cut short") }
            let kindByte = Int(bytes[position])
            position += 1
            guard kindByte < TemporalKind.allCases.count else { throw failure("unknown temporal kind \(kindByte)") }
            let text = try string()
            do {
                return .temporal(try Temporal(kind: TemporalKind.allCases[kindByte], isoText: text))
            } catch {
                throw failure("the temporal value '\(text)' does not read back: \(error)")
            }
        }
    }

    /// A count of following items: each takes at least one byte, so a count past the
    /// bytes left is damage, not a reason to reserve memory.
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
        guard id < UInt64(strings.count) else { throw failure("string id \(id) is past the \(strings.count) strings") }
    }

    /// Unsigned LEB128, at most ten bytes.
    @inline(__always)
    private mutating func number() throws -> UInt64 {
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
