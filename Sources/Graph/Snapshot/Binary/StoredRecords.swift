import Foundation

/// Element records kept as the binary snapshot encodes them (see `BinarySnapshotLayout`):
/// the properties and sources of each element, decoded only when they are read.
///
/// Opening a snapshot checks every record once and keeps the file (mapped, not copied) and
/// where each record starts, rather than a dictionary and an array per element (a million
/// relationships with one property each would cost ~100 bytes apiece as dictionaries).
struct StoredRecords: Sendable {
    /// The whole snapshot file (mapped when it was opened from disk), read in place.
    let file: Data
    /// Where the section starts in `file`.
    let base: Int
    /// The snapshot's strings, by id.
    let strings: [String]
    /// The string id of each property key these records use: a lookup compares integers, not strings.
    let keyIDs: [String: UInt64]
    /// Where element i's properties start, from `base` (its sources follow them).
    let offsets: [UInt32]
    /// Where the section ends in `file`.
    let end: Int
    /// Gives the pages of a part of `file` back (`MappedFile.dropResidentPages`; nothing for
    /// bytes that are not a file mapping, which would lose their contents).
    let dropPages: @Sendable (Range<Int>) -> Void

    init(
        file: Data, base: Int, end: Int, strings: [String], keyIDs: [String: UInt64], offsets: [UInt32],
        dropPages: @escaping @Sendable (Range<Int>) -> Void
    ) {
        self.file = file
        self.base = base
        self.end = end
        self.strings = strings
        self.keyIDs = keyIDs
        self.offsets = offsets
        self.dropPages = dropPages
    }

    var count: Int { offsets.count }

    /// The properties of element `i`, without nulls.
    func properties(_ i: Int) -> [String: Value] {
        read(i) { try $0.readProperties(dropsNulls: true) } ?? [:]
    }

    /// Property `key` of element `i`, decoding only that value.
    func property(_ key: String, _ i: Int) -> Value? {
        guard let keyID = keyIDs[key] else { return nil }
        return read(i) { try $0.readProperty(keyID) } ?? nil
    }

    /// The id in `strings` of element `i`'s property `key` when it is a string; nil when the
    /// element lacks it or holds another type. No `Value` and no `String` is made.
    func stringID(_ key: String, _ i: Int) -> Int? {
        guard let keyID = keyIDs[key] else { return nil }
        return read(i) { try $0.readStringID(keyID) } ?? nil
    }

    /// `stringID(key, i)` of every element, -1 for nil, in one pass over the mapped records.
    /// (-2 for an id past `Int32`, which the caller reads as a value instead.)
    func stringIDs(_ key: String) -> [Int32] {
        guard let keyID = keyIDs[key] else { return [Int32](repeating: -1, count: count) }
        return file.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            offsets.enumerated().map { i, offset in
                if i > 0, i % Self.pagesGivenBackEvery == 0 { dropResidentPages(i - Self.pagesGivenBackEvery ..< i) }
                var reader = BinarySnapshotReader(records: raw, strings: strings, at: base + Int(offset))
                guard let found = try? reader.readStringID(keyID) else { return -1 }
                // Past Int32 (a file this build does not write): -2 sends the reader to the value.
                return Int32(exactly: found) ?? -2
            }
        }
    }

    /// Gives back the resident pages of these records: after a pass over every record that builds
    /// an index or a column, which reads them once, they would otherwise stay in the process's
    /// memory (50 MB for a million nodes). They stay in the page cache; a later read maps its page back.
    func dropResidentPages() { dropPages(base..<end) }

    /// Gives back the resident pages of the records of `elements` (whole pages only).
    func dropResidentPages(_ elements: Range<Int>) {
        guard !elements.isEmpty else { return }
        let upper = elements.upperBound < count ? base + Int(offsets[elements.upperBound]) : end
        dropPages((base + Int(offsets[elements.lowerBound]))..<upper)
    }

    /// How many records a pass reads before it gives their pages back (see `NodeTable.scan`).
    static let pagesGivenBackEvery = 65_536

    /// True when element `i` has no properties.
    func hasNoProperties(_ i: Int) -> Bool {
        // Most records start with a property count of zero: one byte, no decoding.
        let first = file.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in raw[base + Int(offsets[i])] }
        if first == 0 { return true }
        return read(i) { try $0.readsNoProperties() } ?? true
    }

    /// The sources of element `i`, sorted and free of duplicates.
    func sources(_ i: Int) -> [Provenance] {
        read(i) { reader in
            try reader.skipProperties()
            return PropertyGraph.sortedUnique(try reader.readSources())
        } ?? []
    }

    /// Runs `body` on a reader at element `i`'s record. The records were checked when the
    /// snapshot was opened, so `body` does not fail; nil if it somehow does.
    private func read<T>(_ i: Int, _ body: (inout BinarySnapshotReader) throws -> T) -> T? {
        file.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var reader = BinarySnapshotReader(records: raw, strings: strings, at: base + Int(offsets[i]))
            return try? body(&reader)
        }
    }
}
