import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A snapshot file mapped read-only into memory, so a graph reads its records in place.
///
/// Mapped here rather than through `Data(contentsOf:options:.alwaysMapped)` so that we know
/// the bytes are a file mapping: only then may `dropResidentPages` give the pages back.
struct MappedFile {
    /// The file's bytes; the mapping lives as long as this `Data` (and its copies).
    let data: Data

    init(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw GraphError(.snapshotIO, "cannot read snapshot \(url.path): \(Self.lastError())") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw GraphError(.snapshotIO, "cannot read snapshot \(url.path): \(Self.lastError())")
        }
        let size = Int(status.st_size)
        guard size > 0 else {
            data = Data()
            return
        }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            throw GraphError(.snapshotIO, "cannot map snapshot \(url.path): \(Self.lastError())")
        }
        data = Data(bytesNoCopy: base, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
    }

    /// Tells the kernel that the pages of `range` (positions in the file) are not needed now:
    /// they leave this process's resident memory but stay in the page cache, and a query that
    /// reads a record there maps its page back in. Opening checks every byte of the file; given
    /// back as the check goes, a 200 MB store never has the whole file resident at once, and
    /// a session keeps only the pages its queries read. Only whole pages inside `range` are given back.
    func dropResidentPages(_ range: Range<Int>) {
        #if os(Linux)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, page > 0 else { return }
            let clamped = range.clamped(to: 0..<raw.count)
            let address = Int(bitPattern: base)
            let start = (address + clamped.lowerBound + page - 1) / page * page
            let end = (address + clamped.upperBound) / page * page
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(pointer, end - start, MADV_DONTNEED)
        }
        #endif
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
