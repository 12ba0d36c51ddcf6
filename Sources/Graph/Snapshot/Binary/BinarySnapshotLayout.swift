/// The layout of the binary snapshot (`build/graph.snapshot`), version 2.
///
/// ```
/// offset  size  field
///      0     8  magic "PGXSNAP\n"
///      8     4  format version (UInt32, little-endian, like every number here)
///     12     4  section count (3)
///     16    72  per section (strings, nodes, relationships): offset, length, checksum (UInt64 each)
///     88    24  node count, relationship count, string count (UInt64 each)
///    112     8  checksum of bytes 0..<112
///    120        the sections, in order
/// ```
/// Strings: `count + 1` end offsets (UInt64) into the UTF-8 bytes that follow them.
/// Every label, type, key, string value, document name, quote and merge key is one
/// interned string, named by its index. Nodes and relationships are records of
/// unsigned LEB128 numbers (signed integers zigzag-encoded):
/// node = labels (count, string ids), merge key (string id + 1, 0 for none),
/// properties (count, key id and value, keys in byte order), sources (count, then
/// document id, offset, length, quote id); relationship = type id, start, end,
/// properties, sources. A value is a tag byte (`ValueTag`) and its payload.
enum BinarySnapshotLayout {
    static let magic: [UInt8] = Array("PGXSNAP\n".utf8)
    static let version: UInt32 = 2
    static let sectionCount = 3
    static let headerSize = 120
    static let sectionNames = ["strings", "nodes", "relationships"]

    enum ValueTag: UInt8 {
        case null = 0, falseValue, trueValue, int, float, string, list, map
        /// A kind byte (`TemporalKind`'s order), then the value's ISO text as a string number.
        case temporal
    }
}
