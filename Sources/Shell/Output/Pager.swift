import Foundation

/// Shows text taller than the terminal through `$PAGER` (`less -FRSX` when
/// unset), as git does; prints it directly when the output is not a
/// terminal, when paging is off, or when the pager cannot start.
public enum Pager {
    /// The pager command: `$PAGER`, else less with the options that quit on
    /// one screen, keep colours, and do not wrap long lines.
    static var command: String? {
        let environment = ProcessInfo.processInfo.environment
        if let pager = environment["PAGER"] { return pager.trimmingCharacters(in: .whitespaces).isEmpty ? nil : pager }
        return "less -FRSX"
    }

    /// True when `text` should go through the pager: paging on, standard
    /// output a terminal, and more lines than the terminal has rows.
    public static func wanted(for text: String, enabled: Bool) -> Bool {
        guard enabled, command != nil, let size = TerminalSize.of(STDOUT_FILENO) else { return false }
        var lines = 0
        for character in text.utf8 where character == 0x0A {
            lines += 1
            if lines >= size.rows - 1 { return true }
        }
        return false
    }

    /// Writes `text` to standard output, through the pager when `wanted`.
    public static func show(_ text: String, enabled: Bool) {
        guard wanted(for: text, enabled: enabled), let command else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardInput = pipe
        do {
            try process.run()
        } catch {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        // A pager quit early (q) closes its end; the rest is not wanted, and SIGPIPE must not kill us.
        signal(SIGPIPE, SIG_IGN)
        try? pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
