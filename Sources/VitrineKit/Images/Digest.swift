import CCrypto
import Foundation

/// SHA-256, by OpenSSL's libcrypto: what the image cache names its entries by. A photo is read in
/// chunks, never held whole in memory just to be hashed.
enum Digest {
    static func sha256(_ data: Data) -> String {
        hashing { context in
            data.withUnsafeBytes { _ = EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
            return true
        }!
    }

    /// Nil when the file cannot be read.
    static func sha256(file path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return hashing { context in
            while true {
                // nil, or no bytes, at the end of the file; a read error throws.
                let chunk: Data?
                do { chunk = try handle.read(upToCount: 1 << 20) } catch { return false }
                guard let chunk, !chunk.isEmpty else { return true }
                chunk.withUnsafeBytes { _ = EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
            }
        }
    }

    private static func hashing(_ feed: (OpaquePointer) -> Bool) -> String? {
        guard let context = EVP_MD_CTX_new() else { return nil }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1, feed(context) else { return nil }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else { return nil }
        return digest.prefix(Int(length)).map { String(format: "%02x", $0) }.joined()
    }
}
