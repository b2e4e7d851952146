#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <spawn.h>
#include <sys/wait.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "csupport.h"

extern char **environ;

int vitrine_rename_exchange(const char *a, const char *b) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    (void)a; (void)b;
    return -1;
#endif
}

int vitrine_write_file(const char *path, const void *bytes, size_t length) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return errno;
    const char *p = bytes;
    while (length > 0) {
        ssize_t n = write(fd, p, length);
        if (n < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            close(fd);
            return e;
        }
        p += n;
        length -= (size_t)n;
    }
    return close(fd) == 0 ? 0 : errno;
}

int vitrine_copy_file(const char *from, const char *to) {
    int in = open(from, O_RDONLY | O_CLOEXEC);
    if (in < 0) return errno;
    int out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (out < 0) { int e = errno; close(in); return e; }
    int result = 0;
    for (;;) {
        ssize_t n = copy_file_range(in, NULL, out, NULL, 1 << 30, 0);
        if (n > 0) continue;
        if (n == 0) break;
        if (errno == EINTR) continue;
        if (errno != EXDEV && errno != ENOSYS && errno != EINVAL && errno != EOPNOTSUPP) { result = errno; break; }
        // Another file system or an old kernel: the plain way, from where the kernel stopped.
        char buffer[1 << 16];
        ssize_t r;
        while ((r = read(in, buffer, sizeof buffer)) != 0) {
            if (r < 0) { if (errno == EINTR) continue; result = errno; break; }
            for (ssize_t done = 0; done < r;) {
                ssize_t w = write(out, buffer + done, (size_t)(r - done));
                if (w < 0) { if (errno == EINTR) continue; result = errno; break; }
                done += w;
            }
            if (result) break;
        }
        break;
    }
    close(in);
    if (close(out) != 0 && result == 0) result = errno;
    return result;
}

static int remove_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw) {
    (void)sb; (void)flag; (void)ftw;
    return remove(path) == 0 || errno == ENOENT ? 0 : -1;
}

int vitrine_remove_tree(const char *path) {
    int r = nftw(path, remove_entry, 32, FTW_DEPTH | FTW_PHYS);
    return r != 0 && errno == ENOENT ? 0 : r;
}

int vitrine_remove_tree_detached(const char *path) {
    // The shell puts rm in the background and exits: rm belongs to no one who waits for it, and
    // its output goes nowhere, so neither the caller nor a pipe reading the caller waits for it.
    char *argv[] = {"sh", "-c", "rm -rf -- \"$1\" </dev/null >/dev/null 2>&1 &", "sh", (char *)path, NULL};
    pid_t pid;
    if (posix_spawn(&pid, "/bin/sh", NULL, NULL, argv, environ) != 0) return -1;
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

int vitrine_contains_bytes(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    return needle_length == 0 || memmem(haystack, haystack_length, needle, needle_length) != NULL;
}
