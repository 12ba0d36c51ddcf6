/// Places spoken for in turn whose body is written once, after a count of them
/// (`甲、乙、丙分别代表A、B、C三市民进`): each speaks for its place's body (`A市民进`).
extension PartyContext {
    static let placeCounts: [String: Int] = ["两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]
    static let countedLevels: Set<Character> = ["市", "县", "区", "省", "州"]
    static let writtenLevels: Set<Character> = ["市", "县", "区", "省"]

    /// The bodies `bodies` name when the last closes with a count of the places, a level and a
    /// body (`池州四市民进`) and the count is theirs: each place with that level and body; nil otherwise.
    func sharedBodies(_ bodies: [Range<Int>]) -> [String]? {
        guard bodies.count > 1, let last = bodies.last else { return nil }
        let text = Array(String(decoding: bytes[last], as: UTF8.self))
        for i in 1..<max(1, text.count - 2) {
            guard let count = Self.placeCounts[String(text[i])], count == bodies.count,
                  Self.countedLevels.contains(text[i + 1]) else { continue }
            let tail = String(text[(i + 1)...])
            let places = bodies.dropLast().map { String(decoding: bytes[$0], as: UTF8.self) } + [String(text[..<i])]
            // A place is a name, no level of its own (马鞍山, not 马鞍山市 written twice; 滁州's 州 is its name's).
            guard places.allSatisfy({ !$0.isEmpty && !Self.writtenLevels.contains($0.last!) }) else { return nil }
            return places.map { $0 + tail }
        }
        return nil
    }
}
