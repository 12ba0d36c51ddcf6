/// The name index of a graph opened from a snapshot: built on the first lookup, from the
/// names and aliases in the mapped records.
///
/// It is a `HashedNodeIndex` (eight bytes a name) rather than the dictionary a graph built in
/// memory keeps (`nodesByName`, ~100 bytes a name at a million nodes): a lookup hashes the
/// name's bytes, and reads the name and aliases of the few nodes entered under that hash.
/// The first change to a name builds the dictionary (`builtNameIndex`), which takes changes.
extension PropertyGraph {
    /// The compact name index: each node under the hash of its name and of each alias.
    func builtCompactNameIndex() -> HashedNodeIndex {
        let expected = Swift.min(nodeCount, propertyKeyUses["name"] ?? 0) + (propertyKeyUses["aliases"] ?? 0)
        return HashedNodeIndex(expected: expected) { add in
            nodes.scan { i in forEachName(of: i) { name in add(HashedNodeIndex.byteHash(name), i) } }
        }
    }

    /// True when node `id`'s name or one of its aliases has `name`'s bytes (as `ByteKey` compares).
    func isNamed(_ id: NodeID, _ name: String) -> Bool {
        var found = false
        forEachName(of: id.rawValue) { candidate in
            if !found, ByteString.equal(candidate, name) { found = true }
        }
        return found
    }

    /// Every distinct name and alias of the nodes (what the name index holds).
    func namesOfNodes() -> Set<ByteKey> {
        var names = Set<ByteKey>()
        for i in nodes.indices { forEachName(of: i) { names.insert(ByteKey($0)) } }
        return names
    }

    /// The name index of the nodes as a dictionary, each name and alias once per node, built in one pass.
    func builtNameIndex() -> [ByteKey: NodeIDSet] {
        var index: [ByteKey: NodeIDSet] = [:]
        index.reserveCapacity(nodes.count)
        // Ids arrive in increasing order, so appending keeps each list sorted.
        for i in nodes.indices {
            let id = NodeID(i)
            forEachName(of: i) { name in
                let key = ByteKey(name)
                switch index[key] {
                case nil: index[key] = .one(id)
                case .one(let first)?: index[key] = .many([first, id])
                case .many(var ids)?:
                    index[key] = nil
                    ids.append(id)
                    index[key] = .many(ids)
                }
            }
        }
        return index
    }

    /// Calls `body` with node `i`'s name, then each of its string aliases, each distinct string
    /// once (as `indexNames` indexes them).
    private func forEachName(of i: Int, _ body: (String) -> Void) {
        let name = nodes.property("name", i)?.stringValue
        if let name { body(name) }
        guard case .list(let aliases)? = nodes.property("aliases", i) else { return }
        for (at, alias) in aliases.enumerated() {
            guard case .string(let s) = alias else { continue }
            if let name, ByteString.equal(name, s) { continue }
            if aliases[..<at].contains(where: { $0.stringValue.map { ByteString.equal($0, s) } ?? false }) { continue }
            body(s)
        }
    }
}
