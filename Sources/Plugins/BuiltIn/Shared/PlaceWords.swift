/// Words that are never a place's name, read from `Resources/lexicons/person-words.yaml`:
/// the verbs that may follow a name (希望, 要求, 号召) and those that appoint (增选, 补选). A county-level
/// city or county read before a bare body (`。希望市侨联…`, `要求县妇联…`, `;增选市侨联…委员`) must not be one of them: there the
/// sentence opens with the verb and the body is the document's own.
enum PlaceWords {
    /// The verbs of `person-words.yaml` (`verbs`, `reporting`, `appointments`), as written (read once per process).
    static let verbs: Set<String> = {
        guard let map = try? BundledWordList.mapping("person-words").get() else { return [] }
        return Set(BundledWordList.strings(map, "verbs") + BundledWordList.strings(map, "reporting") + BundledWordList.strings(map, "appointments"))
    }()
}
