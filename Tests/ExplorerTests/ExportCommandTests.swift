import Foundation
import Graph
import Testing

@Suite struct ExportCommandTests {
    @Test func jsonHasNodesAndRelationshipsWithProvenance() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ExplorerRunner.run(["export", folder.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSON.parse(result.stdout)
        guard case .array(let nodes)? = json["nodes"], case .array(let relationships)? = json["relationships"] else {
            Issue.record("no nodes or relationships array"); return
        }
        #expect(nodes.count > 200)
        #expect(relationships.count > 500)
        let task = try #require(nodes.first { $0["labels"] == .array([.string("Task")]) })
        #expect(task["id"] != nil)
        #expect(task["properties"]?["code"] == .string("(一)1"))
        guard case .array(let sources)? = task["sources"], let first = sources.first else {
            Issue.record("a task without sources"); return
        }
        #expect(first["document"] == .string("2025-05-05-work-plan-proposal-2"))
        #expect(first["quote"] != nil && first["offset"] != nil && first["length"] != nil)
        let leads = relationships.first { $0["type"] == .string("LEADS") }
        #expect(leads?["start"] != nil && leads?["end"] != nil && leads?["properties"] != nil)
    }

    @Test func outputPathsThatCannotBeWrittenSayWhyAndWhatToDo() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("no-such-folder/graph.json").path
        let intoMissing = try ExplorerRunner.run(["export", folder.path, "-o", missing])
        #expect(intoMissing.status != 0)
        #expect(intoMissing.stderr.contains("the folder \(folder.path)/no-such-folder does not exist; create it first"))
        let ontoFolder = try ExplorerRunner.run(["export", folder.path, "-o", folder.appendingPathComponent("documents").path])
        #expect(ontoFolder.stderr.contains("it is a folder; give a file name inside it"))
        let csvOntoFile = try ExplorerRunner.run(
            ["export", folder.path, "--format", "csv", "-o", folder.appendingPathComponent("manifest.yaml").path])
        #expect(csvOntoFile.stderr.contains("it is a file, and neo4j-csv needs a folder"))
    }

    @Test func helpListsTheFormatsOnUnbrokenLines() throws {
        let help = try ExplorerRunner.run(["export", "--help"]).stdout
        #expect(help.contains("\n  graphml    one <key> per property; sources as JSON text\n"))
        #expect(help.contains("\n  neo4j-csv  a folder: one CSV per label and per relationship type\n"))
        #expect(help.contains("\n  kuzu       a folder: CSV files, schema.cypher (CREATE NODE/REL\n"))
        #expect(help.contains("explorer export --format neo4j-csv -o neo4j-import"))
    }

    @Test func graphMLAndCSVFiles() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graphml = folder.appendingPathComponent("graph.graphml")
        let result = try ExplorerRunner.run(["export", folder.path, "--format", "graphml", "-o", graphml.path])
        #expect(result.status == 0, "\(result.stderr)")
        let xml = try String(contentsOf: graphml, encoding: .utf8)
        #expect(xml.contains("<graphml"))
        #expect(xml.contains("<data key=\"type\">LEADS</data>"))
        let csv = folder.appendingPathComponent("csv")
        let csvResult = try ExplorerRunner.run(["export", folder.path, "--format", "csv", "-o", csv.path])
        #expect(csvResult.status == 0, "\(csvResult.stderr)")
        let nodes = try String(contentsOf: csv.appendingPathComponent("nodes-Task.csv"), encoding: .utf8)
        #expect(nodes.hasPrefix("explorer_id:ID,:LABEL,"))
        let rels = try String(contentsOf: csv.appendingPathComponent("relationships-LEADS-Agency-Task.csv"), encoding: .utf8)
        #expect(rels.hasPrefix(":START_ID,:END_ID,:TYPE,"))
        let script = try String(contentsOf: csv.appendingPathComponent("import.sh"), encoding: .utf8)
        #expect(script.contains("--nodes=nodes-Task.csv"))
        // Every file is named on standard error with what it holds.
        #expect(csvResult.stderr.contains("nodes-Task.csv: "))
        #expect(csvResult.stderr.contains("import.sh: the neo4j-admin command that loads them"))
        let noFolder = try ExplorerRunner.run(["export", folder.path, "--format", "csv"])
        #expect(noFolder.status != 0)
        #expect(noFolder.stderr.contains("-o FOLDER"))
    }

    @Test func cypherAndKuzuFormats() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let kuzu = folder.appendingPathComponent("kuzu")
        let result = try ExplorerRunner.run(["export", folder.path, "--format", "kuzu", "-o", kuzu.path])
        #expect(result.status == 0, "\(result.stderr)")
        let schema = try String(contentsOf: kuzu.appendingPathComponent("schema.cypher"), encoding: .utf8)
        #expect(schema.contains("CREATE NODE TABLE Task(`explorer_id` INT64, "))
        #expect(schema.contains("CREATE REL TABLE LEADS(FROM Agency TO Task"))
        let load = try String(contentsOf: kuzu.appendingPathComponent("load.cypher"), encoding: .utf8)
        #expect(load.contains("COPY Task FROM 'nodes-Task.csv' (HEADER=true, PARALLEL=false);"))
        #expect(result.stderr.contains("schema.cypher: "))
        let noFolder = try ExplorerRunner.run(["export", folder.path, "--format", "kuzu"])
        #expect(noFolder.status != 0 && noFolder.stderr.contains("-o FOLDER"))
        let cypher = try ExplorerRunner.run(["export", folder.path, "--format", "cypher"])
        #expect(cypher.status == 0, "\(cypher.stderr)")
        #expect(cypher.stdout.contains("UNWIND [{"))
        #expect(cypher.stdout.contains("CREATE INDEX FOR (n:Task) ON (n.explorer_id);"))
        let unknown = try ExplorerRunner.run(["export", folder.path, "--format", "parquet"])
        #expect(unknown.status != 0 && unknown.stderr.contains("json, graphml, neo4j-csv, cypher, kuzu"))
    }

    @Test func everyFormatSaysWhatItWroteAndTheExtensionChoosesTheFormat() throws {
        let folder = try BuildCommandTests.copyOfWuhan()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["graph.json", "graph.graphml", "graph.cypher"] {
            let file = folder.appendingPathComponent(name)
            let result = try ExplorerRunner.run(["export", folder.path, "-o", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("wrote \(file.path) ("), "\(name): \(result.stderr)")
            let text = try String(contentsOf: file, encoding: .utf8)
            let expectedStart = name.hasSuffix(".graphml") ? "<?xml" : name.hasSuffix(".cypher") ? "// " : "{"
            #expect(text.hasPrefix(expectedStart), "\(name)")
        }
        // -o x.csv names a file, but csv is a folder of two: refused, with the folder to give instead.
        let csvFile = folder.appendingPathComponent("x.csv")
        let refused = try ExplorerRunner.run(["export", folder.path, "--format", "csv", "-o", csvFile.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("names a file"))
        #expect(!FileManager.default.fileExists(atPath: csvFile.path))
    }
}
