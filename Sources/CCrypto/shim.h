// OpenSSL's libcrypto (Debian's libssl-dev): SHA-256 for the image cache's keys, with the
// processor's SHA instructions where it has them (about eight times glib's speed here).
#include <openssl/evp.h>
