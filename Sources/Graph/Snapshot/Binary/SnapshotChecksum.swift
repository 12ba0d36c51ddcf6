/// A 64-bit checksum of a snapshot section, eight bytes per step.
///
/// Each step `h = rotl((h ^ word) · K, 31)` is a bijection of `h` for a given word
/// and of the word for a given `h`, so changing any one word (any single-bit
/// flip) always changes the result. Not cryptographic: it detects damage, not
/// tampering.
enum SnapshotChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var running = Running(length: bytes.count)
        running.add(bytes)
        return running.value
    }

    static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { of($0) } }

    /// The checksum of a section fed in parts, in order, so that it can be taken while the
    /// section is read (its bytes still in the cache) rather than in a pass of its own. Every
    /// part but the last must be a whole number of eight-byte words.
    struct Running {
        private var h: UInt64
        /// Bytes fed so far.
        private(set) var fed = 0

        /// A checksum of a section of `length` bytes (the length is part of the checksum).
        init(length: Int) { h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length) }

        @inline(__always) private mutating func step(_ word: UInt64) {
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h = (h << 31) | (h >> 33)
        }

        /// Feeds `bytes`, the next part of the section.
        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            precondition(fed % 8 == 0, "only the last part may end inside a word")
            fed += bytes.count
            let n = bytes.count
            var i = 0
            guard let base = bytes.baseAddress else { return }
            while i + 8 <= n {
                step(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            if shift > 0 { step(tail) }
        }

        /// The checksum of what was fed.
        var value: UInt64 {
            var h = self.h
            h ^= h >> 33
            h = h &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 33
            return h
        }
    }
}
