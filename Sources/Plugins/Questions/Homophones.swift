import Foundation

/// Chinese typed by pinyin goes wrong by picking a character that sounds the
/// same (任物 for 任务, 党排 for 党派): such a word is read as the word meant.
/// Each character is spelled once per process (Foundation's transliteration
/// is slow) and kept.
enum Homophones {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var spelled: [Character: String] = [:]

    /// True when `typed` differs from `word` in some but not all characters, and
    /// each differing one sounds the same (toneless pinyin). Words of two characters or more.
    static func isTypo(_ typed: [Character], of word: [Character]) -> Bool {
        guard word.count >= 2, typed.count == word.count else { return false }
        var differing = 0
        for (a, b) in zip(typed, word) where a != b {
            guard let x = syllable(a), let y = syllable(b), x == y else { return false }
            differing += 1
        }
        return differing > 0 && differing < word.count
    }

    /// The toneless pinyin of a Han character, nil for any other.
    static func syllable(_ character: Character) -> String? {
        guard character.unicodeScalars.contains(where: PinyinIndex.isHan) else { return nil }
        return lock.withLock {
            if let known = spelled[character] { return known }
            let syllable = PinyinIndex.syllables(of: String(character)).first ?? ""
            spelled[character] = syllable
            return syllable
        }
    }
}
