/// Vitrine's version, shown by `vitrine --version` and `vitrine-serve --version`.
/// Raised with each landing that changes what writers or sites see.
public enum VitrineVersion {
    public static let current = "0.13.0"
}
