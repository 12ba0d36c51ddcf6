import Foundation

/// The CPPCC sectors a members' list may note after each name without their 界 (`甲(科技)、乙(宗教)`):
/// the names and aliases ending in 界 of the loaded lexicons' sectors (`kind: 界别`) that are neither a
/// federation (`local`) nor a party's own sector (`party`), without the 界. Worked out once per lexicon index.
enum SectorNotes {
    static func stems(in index: LexiconIndex) -> Set<[UInt32]> {
        lock.lock()
        defer { lock.unlock() }
        if let cached, cached.serial == index.serial { return cached.stems }
        var stems: Set<[UInt32]> = []
        for entry in index.entries where isNoted(entry.properties) {
            for name in [entry.name] + entry.aliases where name.hasSuffix("界") && name.count >= 3 {
                stems.insert(name.dropLast().unicodeScalars.map(\.value))
            }
        }
        cached = (index.serial, stems)
        return stems
    }

    /// Whether an entry of the party lexicon with these properties is a sector such a note may name: a
    /// CPPCC sector (`kind: 界别`) that is no federation (`local`) and no party's own (`party`).
    static func isNoted(_ properties: [String: String]) -> Bool {
        properties["kind"] == "界别" && properties["local"] == nil && properties["party"] == nil
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cached: (serial: Int, stems: Set<[UInt32]>)?
}
