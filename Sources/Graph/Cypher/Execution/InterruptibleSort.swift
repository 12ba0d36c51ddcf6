/// A stable merge sort whose comparison may throw, so that the time limit and
/// Ctrl-C reach a sort: the standard library's `sorted(by:)` takes a closure
/// that cannot throw and, once started, runs to the end however long that takes.
enum InterruptibleSort {
    /// `items` in the order `less` gives, equal items in their incoming order.
    /// `less` is called O(n log n) times; whatever it throws ends the sort.
    static func sorted<Item>(_ items: [Item], by less: (Item, Item) throws -> Bool) throws -> [Item] {
        guard items.count > 1 else { return items }
        var source = items
        var target = items
        var width = 1
        // Bottom-up: merge runs of `width` from `source` into `target`, then swap.
        while width < source.count {
            var start = 0
            while start < source.count {
                let middle = min(start + width, source.count)
                let end = min(start + 2 * width, source.count)
                var left = start, right = middle, out = start
                while left < middle && right < end {
                    // Taking the right one only when strictly less keeps the sort stable.
                    if try less(source[right], source[left]) {
                        target[out] = source[right]
                        right += 1
                    } else {
                        target[out] = source[left]
                        left += 1
                    }
                    out += 1
                }
                while left < middle {
                    target[out] = source[left]
                    left += 1
                    out += 1
                }
                while right < end {
                    target[out] = source[right]
                    right += 1
                    out += 1
                }
                start = end
            }
            swap(&source, &target)
            width *= 2
        }
        return source
    }
}
