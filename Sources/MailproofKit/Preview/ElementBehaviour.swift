/// What a client does with an element it does not support, as caniemail's notes describe it. Only behaviours the
/// data states are here: an element whose fate is not known is left as written.
struct ElementBehaviour {
    enum Action {
        /// The element and everything in it are gone.
        case remove
        /// The tags are gone (or renamed to something inert); the content, such as a fallback, shows.
        case unwrap
    }

    /// For a plain "n" with no note.
    var plain: Action?
    /// For "n" with one of these notes.
    var byNote: [Int: Action] = [:]

    func action(notes: [Int]) -> Action? {
        if notes.isEmpty { return plain }
        return notes.lazy.compactMap { byNote[$0] }.first
    }

    static let table: [String: ElementBehaviour] = [
        // #2: "Element is removed along with any fallback content"; a plain n: the client shows no SVG.
        "html-svg": ElementBehaviour(plain: .remove, byNote: [2: .remove]),
        // #2 tags replaced by <u>, #4 tags stripped and the fallback shown, #9 removed with its content.
        "html-video": ElementBehaviour(plain: .unwrap, byNote: [2: .unwrap, 4: .unwrap, 9: .remove]),
        // #5 removed with its content.
        "html-audio": ElementBehaviour(plain: .unwrap, byNote: [5: .remove]),
        // #3 turned into <noobject>, #4 removed with its content.
        "html-object": ElementBehaviour(plain: .unwrap, byNote: [3: .unwrap, 4: .remove]),
        // #1 <picture> and <source> replaced by <u>: the <img> inside shows.
        "html-picture": ElementBehaviour(plain: .unwrap, byNote: [1: .unwrap]),
        // #5 "The <form> and its entire content is removed".
        "html-form": ElementBehaviour(plain: nil, byNote: [5: .remove]),
        // "<input> is transformed into <noinput>", an element that shows nothing.
        "html-input-text": ElementBehaviour(plain: nil, byNote: [4: .remove]),
        "html-input-checkbox": ElementBehaviour(plain: nil, byNote: [1: .remove]),
        "html-input-radio": ElementBehaviour(plain: nil, byNote: [1: .remove]),
        "html-input-submit": ElementBehaviour(plain: nil, byNote: [2: .remove]),
        "html-input-reset": ElementBehaviour(plain: nil, byNote: [2: .remove]),
        "html-input-hidden": ElementBehaviour(plain: nil, byNote: [1: .remove]),
        // <select> into <noselect>, <textarea> into <notextarea>: their text shows as text.
        "html-select": ElementBehaviour(plain: nil, byNote: [2: .unwrap]),
        "html-textarea": ElementBehaviour(plain: nil, byNote: [4: .unwrap]),
    ]

    /// Attributes that change what the reader sees: a client that does not support one renders as if it were absent.
    static let presentationalAttributes: Set<String> = [
        "html-align", "html-valign", "html-width", "html-height", "html-background", "html-cellpadding",
        "html-cellspacing", "html-dir", "html-srcset", "html-hidden",
    ]
}
