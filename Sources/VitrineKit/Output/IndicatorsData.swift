/// The experiments' indicators as open data: `data/indicators.csv`, one row per figure (the
/// value, the baseline, the target, each measure of a series), joined to the experiments files on
/// `id`, with its Table Schema beside it. The national schema's file is left as it is.
enum IndicatorsData {
    enum Row: String, CaseIterable {
        case value = "valeur", before = "avant", target = "objectif", measure = "mesure"
    }

    static let columns: [DataColumn] = [
        DataColumn(name: "id", kind: .uuid, required: true),
        DataColumn(name: "slug", kind: .text, required: true),
        DataColumn(name: "indicateur", kind: .text, required: true),
        DataColumn(name: "unite", kind: .text),
        DataColumn(name: "type", kind: .text, required: true, allowed: Row.allCases.map(\.rawValue)),
        DataColumn(name: "date", kind: .date),
        DataColumn(name: "valeur", kind: .number, required: true),
        DataColumn(name: "source", kind: .text),
    ]

    static func records(_ program: Program) -> [[String: JSONValue]] {
        program.experiments.sorted { $0.origin.slug < $1.origin.slug }.flatMap { e -> [[String: JSONValue]] in
            let id = StableID.uuid(for: program.config.absoluteURL(e.origin.path))
            return e.indicators.flatMap { i -> [[String: JSONValue]] in
                func row(_ type: Row, _ date: Day?, _ value: Double) -> [String: JSONValue] {
                    ["id": .string(id), "slug": .string(e.origin.slug), "indicateur": .string(i.label), "unite": i.unit.json,
                     "type": .string(type.rawValue), "date": (date?.iso).json, "valeur": .number(value), "source": i.source.json]
                }
                var rows: [[String: JSONValue]] = []
                if let before = i.before { rows.append(row(.before, nil, before)) }
                if i.series.count >= 2 {
                    rows += i.series.map { row(.measure, $0.date, $0.value) }
                } else {
                    rows.append(row(.value, i.date, i.value))
                }
                if let target = i.target { rows.append(row(.target, nil, target)) }
                return rows
            }
        }
    }

    static func csv(_ program: Program) -> String {
        var out = columns.map { ExperimentsData.csvField($0.name) }.joined(separator: ",") + "\r\n"
        for record in records(program) {
            out += columns.map { ExperimentsData.csvField(DataColumn.csvCell(record[$0.name] ?? .null)) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// `data/indicators.schema.json`.
    static func schema(describe: (String) -> String) -> JSONValue {
        [
            "name": "indicators", "title": "indicators.csv",
            "fields": .array(columns.map { $0.tableSchemaField(description: describe($0.name)) }),
            "missingValues": [""],
        ]
    }
}
