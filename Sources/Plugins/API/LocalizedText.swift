/// A text in Chinese and in English.
public struct LocalizedText: Sendable, Hashable {
    /// Simplified Chinese.
    public var zh: String
    /// English.
    public var en: String

    /// Both texts, Chinese first.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }
}
