extension Value {
    /// A date written as text by an extractor or a manifest: a date value when the text is a
    /// whole calendar date (`2025-06-30`), else the text as it stands (`2025-06`, `2025年`),
    /// which no date value could hold without inventing a day.
    public static func calendarDate(_ text: String) -> Value {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let date = try? TemporalParser.parseDate(Substring(text))
        else { return .string(text) }
        return .temporal(.date(date))
    }

    /// The value with every temporal value, at any depth, as its ISO text: what export
    /// formats and example tables hold where they have no dates of their own.
    public var withDatesAsText: Value {
        switch self {
        case .temporal(let t): return .string(t.isoText)
        case .list(let items): return .list(items.map(\.withDatesAsText))
        case .map(let entries): return .map(entries.mapValues(\.withDatesAsText))
        default: return self
        }
    }

    /// Text for a string, ISO text for a temporal value, nil for anything else: how dated
    /// facts are read whether a date was stored as text or as a date.
    public var textOrISOText: String? {
        switch self {
        case .string(let s): return s
        case .temporal(let t): return t.isoText
        default: return nil
        }
    }
}
