import Foundation
import Graph
import Plugins
import Testing

@Suite struct GraphImporterTests {
    private func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test func plainHeadersAreReadAsKuzuCopyFromReadsThem() throws {
        let dir = try folder([
            "Person.csv": "id,name,born,code\n1,王明,1980,007\n2,\"Smith, \"\"Jo\"\"\",,12\n",
            "Party.csv": "id,name\n1,进步党\n",
            "m.csv": "from,to,weight\n1,1,0.5\n2,1,1.0\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = try GraphImporter.graph(
            nodes: [.init(label: "Person", url: dir.appendingPathComponent("Person.csv")),
                    .init(label: "Party", url: dir.appendingPathComponent("Party.csv"))],
            relationships: [.init(type: "MEMBER_OF", from: "Person", to: "Party", url: dir.appendingPathComponent("m.csv"))])
        #expect(graph.nodeCount == 3 && graph.relationshipCount == 2)
        let smith = graph.node(NodeID(1))
        #expect(smith.properties == ["id": 2, "name": "Smith, \"Jo\"", "code": "12"])
        // A column with a leading-zero number stays text; integers and numbers are typed.
        #expect(graph.node(NodeID(0)).properties == ["id": 1, "name": "王明", "born": 1980, "code": "007"])
        let r = graph.relationship(RelationshipID(0))
        #expect(r.type == "MEMBER_OF" && r.start == NodeID(0) && r.end == NodeID(2) && r.properties == ["weight": 0.5])
        // Person 1 and Party 1 share an id: without FROM:TO the id is ambiguous, and said so.
        #expect(throws: ImportError.self) {
            try GraphImporter.graph(
                nodes: [.init(label: "Person", url: dir.appendingPathComponent("Person.csv")),
                        .init(label: "Party", url: dir.appendingPathComponent("Party.csv"))],
                relationships: [.init(type: "MEMBER_OF", from: nil, to: nil, url: dir.appendingPathComponent("m.csv"))])
        }
    }

    @Test func neo4jAdminHeadersNameRolesAndTypes() throws {
        let dir = try folder([
            "people.csv": "pid:ID(P),name,score:float,ok:boolean,tags:string[],:LABEL\na,甲,1,true,x;y,Member;VIP\nb,乙,2.5,false,,\n",
            "rels.csv": ":START_ID(P),:END_ID(P),:TYPE,since:int\na,b,KNOWS,2020\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = try GraphImporter.graph(
            nodes: [.init(label: "Person", url: dir.appendingPathComponent("people.csv"))],
            relationships: [.init(type: nil, from: nil, to: nil, url: dir.appendingPathComponent("rels.csv"))])
        let a = graph.node(NodeID(0))
        #expect(a.labels == ["Member", "Person", "VIP"])
        #expect(a.properties == ["pid": "a", "name": "甲", "score": 1.0, "ok": true, "tags": ["x", "y"]])
        #expect(graph.relationship(RelationshipID(0)).type == "KNOWS")
        #expect(graph.relationship(RelationshipID(0)).properties == ["since": 2020])
    }

    @Test(arguments: [
        (["n.csv": "id,name\n1,a\n1,b\n"], [String](), "n.csv:3: the id '1' is already used in the id space N"),
        (["n.csv": "id,name\n1,a,extra\n"], [], "n.csv:2: 3 fields, but the header has 2"),
        (["n.csv": "id,name\n1,\"open\n"], [], "n.csv:2: a quoted field is never closed"),
        (["n.csv": "id:ID,born:int\n1,abc\n"], [], "n.csv:2: born holds 'abc', not an integer"),
        (["n.csv": "id:ID,born:date\n1,x\n"], [], "n.csv:1: column 2 'born:date': unknown type 'date'"),
        (["n.csv": "id,name\n1,a\n", "r.csv": "from,to\n1,9\n"], ["r.csv"], "r.csv:2: no node has the id '9' in the id space N"),
    ])
    func problemsNameTheFileAndLine(files: [String: String], relationships: [String], message: String) throws {
        let dir = try folder(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try GraphImporter.graph(
                nodes: [.init(label: "N", url: dir.appendingPathComponent("n.csv"))],
                relationships: relationships.map { .init(type: "R", from: "N", to: "N", url: dir.appendingPathComponent($0)) })
            Issue.record("imported")
        } catch let error as ImportError {
            #expect(error.message.hasPrefix(message), "\(error.message)")
        }
    }

    @Test func anImportedDatasetReadsItsSnapshotAndRefusesToExtract() throws {
        let dir = try folder(["manifest.yaml": "name: imported\nimported: \"CSV files a.csv\"\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let dataset = try Dataset.open(dir.path)
        #expect(dataset.imported == "CSV files a.csv" && dataset.entries.isEmpty)
        let registry = try BuiltInPlugins.registry()
        // No snapshot yet: said, not an empty graph.
        #expect(throws: DatasetError.self) { try dataset.loadGraph(registry: registry) }
        var graph = PropertyGraph()
        try graph.addNode(labels: ["N"], properties: ["id": 1])
        try FileManager.default.createDirectory(at: dataset.snapshotURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try graph.writeSnapshot(to: dataset.snapshotURL)
        #expect(!dataset.snapshotIsStale)
        #expect(try dataset.loadGraph(registry: registry).nodes == graph.nodes)
        let error = #expect(throws: DatasetError.self) { try dataset.buildGraph(registry: registry) }
        #expect(error?.message.contains("run `explorer import` again") == true)
        // A damaged snapshot cannot be rebuilt from documents: the message says what to do.
        var bytes = [UInt8](try Data(contentsOf: dataset.snapshotURL))
        bytes[bytes.count - 1] ^= 1
        try Data(bytes).write(to: dataset.snapshotURL)
        let damaged = #expect(throws: DatasetError.self) { try dataset.loadGraph(registry: registry) }
        #expect(damaged?.message.contains("checksum does not match") == true)
    }
}
