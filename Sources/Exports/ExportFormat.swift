/// The interchange formats `explorer export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// One JSON document: nodes and relationships with their sources.
    case json
    /// GraphML, for NetworkX, Gephi and yEd.
    case graphml
    /// A folder for `neo4j-admin database import full`: one CSV per label and per type, and `import.sh`.
    case neo4jCSV = "neo4j-csv"
    /// A script of batched `UNWIND … CREATE` statements for Neo4j, Memgraph and FalkorDB.
    case cypher
    /// A folder for Kùzu: CSV files, `schema.cypher` (CREATE NODE/REL TABLE) and `load.cypher` (COPY FROM).
    case kuzu

    /// True when the format is a folder of files rather than one file.
    public var writesFolder: Bool { self == .neo4jCSV || self == .kuzu }

    /// The format a name given on the command line means; `csv` is the older name of `neo4j-csv`.
    public init?(name: String) {
        if name.lowercased() == "csv" { self = .neo4jCSV; return }
        guard let format = ExportFormat(rawValue: name.lowercased()) else { return nil }
        self = format
    }
}
