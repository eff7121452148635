import Testing
@testable import MailproofKit

/// Paths are normalised on their bytes: `.` and empty parts dropped, `..` taking the part before it.
@Suite("Path names")
struct PathNameTests {
    @Test("Absolute paths are normalised", arguments: [
        ("/", "/"), ("//", "/"), ("/a", "/a"), ("/a/", "/a"), ("//a//b//", "/a/b"), ("/a/./b/../c", "/a/c"),
        ("/..", "/"), ("/a/../..", "/"), ("/a/.b/..c/...", "/a/.b/..c/..."), ("/café/./été/../x", "/café/x"),
        ("/a b/c\tb", "/a b/c\tb"),
    ])
    func normalised(_ path: String, _ expected: String) {
        #expect(PathName.absolute(path) == expected)
    }

    @Test("A relative path is taken from the working directory")
    func relativeToWorkingDirectory() {
        let here = PathName.absolute(".")
        #expect(here.hasPrefix("/"))
        #expect(PathName.absolute("x/./y/../z") == (here == "/" ? "/x/z" : here + "/x/z"))
    }
}
