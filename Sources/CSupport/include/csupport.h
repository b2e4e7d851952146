#ifndef VITRINE_CSUPPORT_H
#define VITRINE_CSUPPORT_H

/// Exchanges two paths atomically (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 when the system or file system does not support it.
int vitrine_rename_exchange(const char *a, const char *b);

#endif
