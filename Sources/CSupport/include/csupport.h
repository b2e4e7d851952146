#ifndef VITRINE_CSUPPORT_H
#define VITRINE_CSUPPORT_H

#include <stddef.h>

/// Exchanges two paths atomically (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 when the system or file system does not support it.
int vitrine_rename_exchange(const char *a, const char *b);

/// Creates (or truncates) a file (mode 0666 less the umask) and writes all of `bytes` to it with plain system calls.
/// Returns 0 on success, otherwise the errno of the failing call.
int vitrine_write_file(const char *path, const void *bytes, size_t length);

/// Copies a regular file's bytes to a new file (mode 0666 less the umask), in the kernel
/// (copy_file_range) where it can, else by read and write. Returns 0, otherwise an errno.
int vitrine_copy_file(const char *from, const char *to);

/// Removes a folder and everything under it, without following symbolic links.
/// Returns 0 on success (or when the path does not exist), otherwise -1.
int vitrine_remove_tree(const char *path);

/// Starts removing a folder in a process of its own, which outlives the caller (`rm -rf` started
/// by a shell that returns at once). Returns 0 once it is started, -1 when it could not be.
int vitrine_remove_tree_detached(const char *path);

/// Whether `needle` occurs in `haystack` (memmem, which Swift's Glibc module does not expose).
int vitrine_contains_bytes(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
