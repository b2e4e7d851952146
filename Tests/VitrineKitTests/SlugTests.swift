import Testing
@testable import VitrineKit

@Suite struct SlugTests {
    @Test func frenchTitlesGiveReadableSlugs() {
        #expect(Slug.make("Végétalisation de la cour d’école « Oasis »") == "vegetalisation-de-la-cour-d-ecole-oasis")
        #expect(Slug.make("Cœur de ville : l’ÉTÉ à Sceaux") == "coeur-de-ville-l-ete-a-sceaux")
        #expect(Slug.make("  Soy PV  ") == "soy-pv")
        #expect(Slug.make("Straße – Ærø") == "strasse-aer")   // ø has no accent to fold: it goes like punctuation
        #expect(Slug.make("") == "")
    }

    /// The table of French letters must give what Foundation's folding gives, letter by letter,
    /// over all of Latin-1 and Latin Extended-A (what the table lacks takes Foundation's path).
    @Test func tableAgreesWithFoundationFolding() {
        var scalars = (0x80...0x24F).compactMap(Unicode.Scalar.init)
        scalars += ["\u{202F}", "\u{2019}", "\u{2018}", "\u{201C}", "\u{201D}", "\u{2013}", "\u{2014}", "\u{2026}", "\u{FF21}"]
        for scalar in scalars {
            for text in ["A\(scalar)b 9", "\(scalar)", "x \(scalar)\(scalar) y"] {
                #expect(Slug.make(text) == Slug.unicodeMake(text), "\(text) (U+\(String(scalar.value, radix: 16)))")
            }
        }
    }
}
