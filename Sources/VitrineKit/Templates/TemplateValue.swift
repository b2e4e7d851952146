/// What a template tag finds in a view model: text, a number, a yes/no, a list, or a view with
/// fields of its own. Typed, so rendering a tag needs no dynamic cast.
enum TemplateValue {
    case text(String)
    case number(Int)
    /// Only the Mustache specification's data has decimals; view models carry finished text.
    case decimal(Double)
    case bool(Bool)
    case list(any TemplateList)
    case view(any TemplateData)
}

/// A name a tag reads, bound when the template is parsed: `id` is the field's number among every
/// view model's fields (`ViewFields.ids`, generated), so a view model finds it with a switch over
/// integers; `name` serves the values looked up by name (interface strings, the specification's data).
struct TemplateKey: Hashable, Sendable {
    let id: Int
    let name: String

    init(_ name: String) {
        self.name = name
        id = ViewFields.ids[name] ?? -1
    }
}

/// Something a template can show or look into. View models conform through the generated
/// `ViewLookup.swift`; the basic types below.
protocol TemplateData {
    /// The value as a tag sees it; nil when there is nothing (an absent optional).
    var templateValue: TemplateValue? { get }
    /// One of its fields; nil when it has no such field or the field is empty, and the lookup then
    /// goes on down the context stack (as it did with swift-mustache).
    func field(_ key: TemplateKey) -> TemplateValue?
}

extension TemplateData {
    func field(_ key: TemplateKey) -> TemplateValue? { nil }
}

/// A list a section repeats over; its items are looked into in place, never copied into a box.
protocol TemplateList {
    var count: Int { get }
    func item(_ index: Int) -> TemplateValue?
    func field(of index: Int, _ key: TemplateKey) -> TemplateValue?
}

extension String: TemplateData {
    var templateValue: TemplateValue? { .text(self) }
}

extension Int: TemplateData {
    var templateValue: TemplateValue? { .number(self) }
}

extension Double: TemplateData {
    var templateValue: TemplateValue? { .decimal(self) }
}

extension Bool: TemplateData {
    var templateValue: TemplateValue? { .bool(self) }
}

extension Optional: TemplateData where Wrapped: TemplateData {
    var templateValue: TemplateValue? { self?.templateValue }
    func field(_ key: TemplateKey) -> TemplateValue? { self?.field(key) }
}

extension Array: TemplateData where Element: TemplateData {
    var templateValue: TemplateValue? { .list(self) }
}

extension Array: TemplateList where Element: TemplateData {
    func item(_ index: Int) -> TemplateValue? { self[index].templateValue }
    func field(of index: Int, _ key: TemplateKey) -> TemplateValue? { self[index].field(key) }
}

/// The interface strings (`{{t.clé}}`) and the specification's objects: fields by name.
extension Dictionary: TemplateData where Key == String, Value: TemplateData {
    var templateValue: TemplateValue? { .view(self) }
    func field(_ key: TemplateKey) -> TemplateValue? { self[key.name]?.templateValue }
}

extension TemplateValue: TemplateData {
    var templateValue: TemplateValue? { self }
    func field(_ key: TemplateKey) -> TemplateValue? {
        if case .view(let view) = self { return view.field(key) }
        return nil
    }
}
