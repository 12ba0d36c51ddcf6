import Foundation
import Testing
@testable import Graph

@Suite struct BinarySnapshotTests {
    func sampleGraph() throws -> PropertyGraph {
        var graph = PropertyGraph()
        let source = Provenance(document: "2025-05-05-work-plan", offset: 120, length: 9, quote: "牵头单位:市发改委\n\"引号\"")
        let agency = try graph.mergeNode(
            key: "agency:市发展改革委", labels: ["Agency", "Organization"],
            properties: ["name": "市发展改革委", "aliases": ["市发改委"], "rank": -2, "big": .int(Int.min), "score": 0.5,
                         "flag": true, "no": false, "meta": .map(["a": [1, 2.0, "三", .list([])]])],
            source: source)
        let task = try graph.addNode(labels: ["Task"], properties: ["code": "(一)1", "ratio": 3.0, "nan": .float(.infinity)])
        _ = try graph.addNode(labels: [])
        // Lists, maps and a date on a relationship: the relationships are checked on a thread of
        // their own before the strings are decoded, so a date's text is read from the file's table.
        try graph.addRelationship(
            type: "LEADS", from: agency, to: task,
            properties: ["order": 1, "since": .calendarDate("2024-03-01"), "units": ["市发改委", "市科技局"],
                         "meta": .map(["k": "v", "n": [true, .null]])],
            sources: [source])
        try graph.addRelationship(type: "SELF", from: task, to: task)
        return graph
    }

    @Test func roundTripKeepsEverythingAndTheBytes() throws {
        let graph = try sampleGraph()
        let bytes = graph.binarySnapshotBytes()
        let loaded = try PropertyGraph(binarySnapshot: bytes)
        #expect(loaded.nodes == graph.nodes)
        #expect(loaded.relationships == graph.relationships)
        #expect(loaded.node(forKey: "agency:市发展改革委") == NodeID(0))
        #expect(loaded.nodes(named: "市发改委") == [NodeID(0)])
        // Same graph, same bytes; and the JSON form agrees.
        #expect(loaded.binarySnapshotBytes() == bytes)
        #expect(try sampleGraph().binarySnapshotBytes() == bytes)
        #expect(loaded.snapshotText() == graph.snapshotText())
    }

    @Test func writtenFilesLoadAndJSONSnapshotsStillLoad() throws {
        try withScratchDirectory("binary") { dir in
            let binary = dir.appendingPathComponent("graph.snapshot")
            try sampleGraph().writeSnapshot(to: binary)
            #expect(try PropertyGraph(snapshotAt: binary).nodes == sampleGraph().nodes)
            let json = dir.appendingPathComponent("graph.json")
            try Data(sampleGraph().snapshotBytes()).write(to: json)
            #expect(try PropertyGraph(snapshotAt: json).relationships == sampleGraph().relationships)
        }
    }

    /// The mapped file's pages are given back after the open check; reading every record
    /// afterwards maps them in again, and a second graph of the same file reads the same.
    @Test func anOpenedFileReadsTheSameAfterItsPagesAreGivenBack() throws {
        try withScratchDirectory("binary") { dir in
            let file = dir.appendingPathComponent("graph.snapshot")
            try sampleGraph().writeSnapshot(to: file)
            let first = try PropertyGraph(snapshotAt: file), second = try PropertyGraph(snapshotAt: file)
            let sample = try sampleGraph()
            #expect(first.nodes == sample.nodes)
            #expect(second.relationships == sample.relationships)
            #expect(first.binarySnapshotBytes() == second.binarySnapshotBytes())
        }
    }

    /// Past 65,536 records the open check gives pages back while it walks the records.
    @Test func aLargeOpenedFileReadsEveryRecordAfterItsPagesAreGivenBack() throws {
        var graph = PropertyGraph()
        var people: [NodeID] = []
        for i in 0..<70_000 {
            people.append(try graph.addNode(labels: ["Person"], properties: ["name": .string("委员\(i)"), "id": .int(i)]))
        }
        for i in 1..<70_000 { try graph.addRelationship(type: "KNOWS", from: people[i - 1], to: people[i], properties: ["n": .int(i)]) }
        try withScratchDirectory("binary") { dir in
            let file = dir.appendingPathComponent("graph.snapshot")
            try graph.writeSnapshot(to: file)
            let opened = try PropertyGraph(snapshotAt: file)
            for i in stride(from: 0, to: 70_000, by: 997) + [69_999] {
                #expect(opened.node(NodeID(i)).properties == ["name": .string("委员\(i)"), "id": .int(i)])
            }
            for i in stride(from: 0, to: 69_999, by: 1_009) + [69_998] {
                #expect(opened.relationship(RelationshipID(i)).properties == ["n": .int(i + 1)])
            }
            #expect(opened.binarySnapshotBytes() == graph.binarySnapshotBytes())
            // Building the name index, an equality index and a string column reads every node
            // record and gives the pages back after; the records read the same afterwards.
            #expect(opened.nodes(named: "委员69998") == [NodeID(69_998)])
            #expect(opened.nodes(withProperty: "id", equalTo: 12_345) == [NodeID(12_345)])
            let column = opened.stringColumn("name")
            #expect(column.strings[Int(column.ids[69_999])] == "委员69999")
            for i in stride(from: 3, to: 70_000, by: 1_201) {
                #expect(opened.node(NodeID(i)).properties == ["name": .string("委员\(i)"), "id": .int(i)])
                #expect(opened.nodes(named: "委员\(i)") == [NodeID(i)])
                #expect(opened.nodes(withProperty: "id", equalTo: .float(Double(i))) == [NodeID(i)])
            }
            #expect(opened.binarySnapshotBytes() == graph.binarySnapshotBytes())
            for i in stride(from: 0, to: 70_000, by: 4_999) + [69_999] {
                #expect(opened.outgoing(NodeID(i)) == graph.outgoing(NodeID(i)))
                #expect(opened.incoming(NodeID(i)) == graph.incoming(NodeID(i)))
            }
        }
        // The checksum taken while the records are read covers every part of a large section:
        // one flip at the start, in the middle or at the end of the relationships is refused.
        let bytes = graph.binarySnapshotBytes()
        let relationships = Int(Self.field(bytes, 64)), length = Int(Self.field(bytes, 72))
        for position in [relationships, relationships + length / 2 + 3, relationships + length - 1] {
            var damaged = bytes
            damaged[position] ^= 0x04
            #expect(Self.message(damaged).contains("relationships section's checksum does not match"), "at \(position)")
        }
    }

    /// The little-endian UInt64 of the header at `offset`.
    static func field(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
        bytes.withUnsafeBytes { UInt64(fixedAt: offset, in: $0) }
    }

    /// The error opening `bytes` gives, or "loaded".
    static func message(_ bytes: [UInt8]) -> String {
        do {
            _ = try PropertyGraph(binarySnapshot: bytes)
            return "loaded"
        } catch { return "\(error)" }
    }

    /// `bytes` with every section's checksum and the header's written again to match: damage
    /// that only a check of the records can find, as a file written wrongly would hold.
    static func restamped(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        func put(_ n: UInt64, at offset: Int) {
            for k in 0..<8 { bytes[offset + k] = UInt8(truncatingIfNeeded: n >> (8 * UInt64(k))) }
        }
        for i in 0..<3 {
            let offset = Int(Self.field(bytes, 16 + 24 * i)), length = Int(Self.field(bytes, 24 + 24 * i))
            put(SnapshotChecksum.of(Array(bytes[offset..<(offset + length)])), at: 32 + 24 * i)
        }
        put(SnapshotChecksum.of(Array(bytes[0..<112])), at: 112)
        return bytes
    }

    @Test func eachDamagedSectionIsNamedByItsChecksum() throws {
        let bytes = try sampleGraph().binarySnapshotBytes()
        for (i, name) in ["strings", "nodes", "relationships"].enumerated() {
            let offset = Int(Self.field(bytes, 16 + 24 * i)), length = Int(Self.field(bytes, 24 + 24 * i))
            var damaged = bytes
            damaged[offset + length / 2] ^= 0x40
            #expect(Self.message(damaged).contains("the \(name) section's checksum does not match: the file is damaged"))
        }
    }

    /// The strings and nodes are read on one thread and the relationships on another; with
    /// damage in both, the message is the one a reading in file order meets first.
    @Test func recordDamageBehindGoodChecksumsIsNamedInFileOrder() throws {
        let bytes = try sampleGraph().binarySnapshotBytes()
        let nodes = Int(Self.field(bytes, 40)), relationships = Int(Self.field(bytes, 64))
        #expect(Self.field(bytes, 104) < 0x7F && Self.field(bytes, 88) < 0x7F)
        // The first relationship (LEADS) starts at node 0x7F, which the graph lacks.
        var badRelationship = bytes
        #expect(bytes[relationships + 1] < 0x80)
        badRelationship[relationships + 1] = 0x7F
        let relationshipMessage = Self.message(Self.restamped(badRelationship))
        #expect(relationshipMessage.contains("relationships section: relationship 0 (LEADS) joins node 127, which does not exist"))
        // The first node's first label is string 0x7F, past the table.
        var badBoth = badRelationship
        #expect(bytes[nodes] == 2 && bytes[nodes + 1] < 0x80)
        badBoth[nodes + 1] = 0x7F
        #expect(Self.message(Self.restamped(badBoth)).contains("nodes section: string id 127 is past the"))
        // A damaged checksum comes before either.
        var flipped = Self.restamped(badBoth)
        flipped[bytes.count - 1] ^= 0x01
        #expect(Self.message(flipped).contains("relationships section's checksum does not match"))
    }

    /// A checksum fed in parts while the records are read equals the checksum of the whole.
    @Test func aChecksumFedInPartsEqualsTheWholeOne() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 7, 8, 9, 63, 64, 1_000, 4_099] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var running = SnapshotChecksum.Running(length: length)
            bytes.withUnsafeBytes { raw in
                var from = 0
                while from < length {
                    let to = min(length, from + 8 * Int.random(in: 0...9, using: &generator))
                    running.add(UnsafeRawBufferPointer(rebasing: raw[from..<(to == from ? length : to)]))
                    from = to == from ? length : to
                }
            }
            #expect(running.value == SnapshotChecksum.of(bytes), "\(length) bytes")
        }
    }

    @Test func aMissingOrEmptyFileIsAClearError() throws {
        try withScratchDirectory("binary") { dir in
            let missing = dir.appendingPathComponent("none.snapshot")
            #expect { try PropertyGraph(snapshotAt: missing) } throws: { error in
                (error as? GraphError).map { $0.kind == .snapshotIO && $0.message.contains("none.snapshot") } ?? false
            }
            let empty = dir.appendingPathComponent("empty.snapshot")
            try Data().write(to: empty)
            #expect { try PropertyGraph(snapshotAt: empty) } throws: { error in
                (error as? GraphError).map { $0.message.contains("empty.snapshot") } ?? false
            }
        }
    }

    /// Every single-bit flip anywhere in the file is refused, never loaded as a different graph.
    @Test func everySingleBitFlipIsRefused() throws {
        let bytes = try sampleGraph().binarySnapshotBytes()
        for position in bytes.indices {
            for bit in [0, 3, 7] {
                var damaged = bytes
                damaged[position] ^= UInt8(1 << bit)
                do {
                    _ = try PropertyGraph(binarySnapshot: damaged)
                    Issue.record("a flip of bit \(bit) at byte \(position) loaded")
                } catch let error as GraphError {
                    #expect(error.kind == .snapshotFormat)
                }
            }
        }
    }

    @Test func damageIsNamed() throws {
        let bytes = try sampleGraph().binarySnapshotBytes()
        func message(_ damaged: [UInt8]) -> String {
            do {
                _ = try PropertyGraph(binarySnapshot: damaged)
                return "loaded"
            } catch { return "\(error)" }
        }
        #expect(message(Array(bytes.prefix(60))).contains("cut short"))
        #expect(message(Array(bytes.dropLast(3))).contains("cut short or damaged"))
        var older = bytes
        older[8] = 1
        #expect(message(older).contains("written in snapshot format version 1; this build reads version 2"))
        var flipped = bytes
        flipped[bytes.count - 2] ^= 0x10
        #expect(message(flipped).contains("relationships section's checksum does not match: the file is damaged"))
    }

    /// Found by FuzzBinarySnapshot: a header whose checksums hold but whose string count is the
    /// largest UInt64 overflowed the string table's size. It is damage, with a message.
    @Test func aStringCountAsLargeAsUInt64AllowsIsRefused() throws {
        var bytes = try sampleGraph().binarySnapshotBytes()
        for k in 0..<8 { bytes[104 + k] = 0xFF }
        let stamp = SnapshotChecksum.of(Array(bytes[0..<112]))
        for k in 0..<8 { bytes[112 + k] = UInt8(truncatingIfNeeded: stamp >> (8 * UInt64(k))) }
        #expect {
            _ = try PropertyGraph(binarySnapshot: bytes)
        } throws: { error in
            (error as? GraphError)?.kind == .snapshotFormat && "\(error)".contains("more strings than the section holds")
        }
    }

    @Test func aJSONRelationshipToAMissingNodeIsDamageNotAHardFailure() {
        let text = #"{"format":"policy-graph-snapshot","version":1,"nodes":[],"relationships":[{"id":0,"type":"X","start":0,"end":1}]}"#
        do {
            _ = try PropertyGraph(snapshotText: text)
            Issue.record("loaded")
        } catch let error as GraphError {
            #expect(error.kind == .snapshotFormat)
            #expect(error.message.contains("joins node 0, which does not exist"))
        } catch {
            Issue.record("\(error)")
        }
    }
}
