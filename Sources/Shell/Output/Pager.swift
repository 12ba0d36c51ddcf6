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

    /// Shows `text` through the pager when `wanted`; otherwise, or when the
    /// pager cannot start, hands it to `write` (the caller's standard output,
    /// which reports a failed write).
    public static func show(_ text: String, enabled: Bool, otherwise write: (String) -> Void) {
        guard wanted(for: text, enabled: enabled), let command else {
            write(text)
            return
        }
        // posix_spawn rather than Foundation's Process, which starts the child in a
        // process group of its own: a pager outside the terminal's foreground group
        // is stopped (SIGTTIN) the moment it reads a key.
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else {
            write(text)
            return
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, descriptors[0], STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, descriptors[1])
        var child: pid_t = 0
        let arguments = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let spawned = posix_spawn(&child, "/bin/sh", &actions, nil, &argv, environ)
        close(descriptors[0])
        guard spawned == 0 else {
            close(descriptors[1])
            write(text)
            return
        }
        // A pager quit early (q) closes its end; the rest is not wanted, and SIGPIPE must not kill us.
        signal(SIGPIPE, SIG_IGN)
        let writer = FileHandle(fileDescriptor: descriptors[1], closeOnDealloc: true)
        try? writer.write(contentsOf: Data(text.utf8))
        try? writer.close()
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 && errno == EINTR {}
    }
}
