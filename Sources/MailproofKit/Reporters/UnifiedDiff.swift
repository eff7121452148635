/// A unified diff between two texts, line by line (Myers' O((N+M)D) algorithm), as `diff -u` and
/// `git apply` read it.
public enum UnifiedDiff {
    public static func make(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> String {
        let a = lines(old)
        let b = lines(new)
        let script = editScript(a, b)
        guard script.contains(where: { $0 != .same }) else { return "" }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        // Walk the script, cutting it into hunks with `context` unchanged lines around each change.
        var i = 0, j = 0, k = 0
        var operations: [(Op, Int, Int)] = [] // op, index in a, index in b
        for op in script {
            operations.append((op, i, j))
            switch op {
            case .same: i += 1; j += 1
            case .delete: i += 1
            case .insert: j += 1
            }
        }
        while k < operations.count {
            guard let firstChange = operations[k...].firstIndex(where: { $0.0 != .same }) else { break }
            var start = max(k, firstChange - context)
            var end = firstChange
            var lastChange = firstChange
            while end < operations.count {
                if operations[end].0 != .same { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            end = min(operations.count, lastChange + context + 1)
            start = max(start, 0)
            let slice = operations[start..<end]
            let oldStart = slice.first!.1, newStart = slice.first!.2
            let oldCount = slice.filter { $0.0 != .insert }.count
            let newCount = slice.filter { $0.0 != .delete }.count
            out += "@@ -\(oldStart + (oldCount == 0 ? 0 : 1)),\(oldCount) +\(newStart + (newCount == 0 ? 0 : 1)),\(newCount) @@\n"
            for (op, ai, bj) in slice {
                switch op {
                case .same: out += " " + text(a[ai])
                case .delete: out += "-" + text(a[ai])
                case .insert: out += "+" + text(b[bj])
                }
            }
            k = end
        }
        return out
    }

    enum Op: Equatable { case same, delete, insert }

    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    private static func text(_ line: ArraySlice<UInt8>) -> String {
        let string = String(decoding: line, as: UTF8.self)
        return line.last == 0x0A ? string : string + "\n\\ No newline at end of file\n"
    }

    /// The shortest edit script from `a` to `b`.
    static func editScript(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Op] {
        let n = a.count, m = b.count
        let max = n + m
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        outer: for d in 0...max {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? v[max + k + 1] : v[max + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[max + k] = x
                if x >= n && y >= m { trace.append(v); break outer }
            }
        }
        // Backtrack through the saved frontiers.
        var ops: [Op] = []
        var x = n, y = m
        for d in stride(from: trace.count - 2, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? k + 1 : k - 1
            let previousX = v[max + previousK]
            let previousY = previousX - previousK
            while x > previousX && y > previousY { ops.append(.same); x -= 1; y -= 1 }
            if d > 0 { ops.append(x == previousX ? .insert : .delete) }
            x = previousX
            y = previousY
        }
        while x > 0 && y > 0 { ops.append(.same); x -= 1; y -= 1 }
        return ops.reversed()
    }
}
