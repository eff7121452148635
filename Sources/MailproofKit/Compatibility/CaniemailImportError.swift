/// The input is not caniemail's API data at all (as opposed to data quirks, which are tolerated).
enum CaniemailImportError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformedJSON(JSONReadError)
    case notCaniemailData(String)

    public var description: String {
        switch self {
        case .malformedJSON(let error): "\(error)"
        case .notCaniemailData(let reason): "not a caniemail API file: \(reason)"
        }
    }
}
