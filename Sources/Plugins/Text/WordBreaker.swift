import CWordBreak
import Foundation

/// ICU's dictionary-based word break iterator for Chinese (`标准|化|工作`,
/// `培养|老年人`), through the `CWordBreak` wrapper.
///
/// An ICU iterator is not safe to share between threads, and opening one
/// loads its rules: iterators are kept in a pool and lent out one at a time.
public enum WordBreaker {
    /// Whether ICU could make an iterator on this machine (its data is
    /// installed with the library; without it every lexicon hit stands).
    public static var isAvailable: Bool {
        guard let breaker = pool.take() else { return false }
        pool.give(breaker)
        return true
    }

    /// The word boundaries of `bytes[range]` as offsets into `bytes`,
    /// ascending, both ends included; nil when ICU is not available.
    public static func boundaries(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Int]? {
        guard let breaker = pool.take(), let base = bytes.baseAddress else { return nil }
        defer { pool.give(breaker) }
        var capacity = range.count / 3 + 2
        while true {
            var found = [Int32](repeating: 0, count: capacity)
            let count = found.withUnsafeMutableBufferPointer { out in
                (base + range.lowerBound).withMemoryRebound(to: CChar.self, capacity: range.count) { text in
                    word_break_boundaries(breaker, text, Int32(range.count), out.baseAddress, Int32(capacity))
                }
            }
            if count < 0 { return nil }
            if Int(count) <= capacity { return found[..<Int(count)].map { range.lowerBound + Int($0) } }
            capacity = Int(count)
        }
    }

    /// The words of `text` (for tests and for people reading a segmentation).
    public static func words(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        guard let cuts = bytes.withUnsafeBufferPointer({ boundaries($0, 0..<bytes.count) }) else { return nil }
        return zip(cuts, cuts.dropFirst()).map { String(decoding: bytes[$0.0..<$0.1], as: UTF8.self) }
    }

    private static let pool = Pool()

    private final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var idle: [UnsafeMutableRawPointer] = []
        private var failed = false

        func take() -> UnsafeMutableRawPointer? {
            lock.lock()
            if let breaker = idle.popLast() { lock.unlock(); return breaker }
            let failed = self.failed
            lock.unlock()
            if failed { return nil }
            guard let made = word_break_open() else {
                lock.lock(); self.failed = true; lock.unlock()
                return nil
            }
            return made
        }

        func give(_ breaker: UnsafeMutableRawPointer) {
            lock.lock()
            idle.append(breaker)
            lock.unlock()
        }
    }
}
