/* Natives of java.io: file descriptors, files. Descriptors are plain ints in Java objects; only 0, 1 and 2
 * are meaningful across a snapshot (ARCHITECTURE: no raw fds in VM space that outlive the process). */
#define _GNU_SOURCE
#include "rt_natives.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

static void throw_io(Thread *t, const char *cls, const char *path, int err) {
    char msg[4200];
    if (path)
        snprintf(msg, sizeof msg, "%s (%s)", path, strerror(err));
    else
        snprintf(msg, sizeof msg, "%s", strerror(err));
    rt_throw_by_name(t, cls, msg);
}

static int open_path(Thread *t, Object *name, int flags) {
    char *p = rt_string_to_utf8(name);
    int fd = open(p, flags | O_CLOEXEC, 0666);
    if (fd >= 0) {
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            fd = -1;
            errno = EISDIR;
        }
    }
    if (fd < 0) throw_io(t, "java/io/FileNotFoundException", p, errno);
    free(p);
    return fd;
}

void n_FOS_open0(Thread *t, Slot *args, Slot *ret) {
    ret->i = open_path(t, args[0].l, O_WRONLY | O_CREAT | (args[1].i ? O_APPEND : O_TRUNC));
}

void n_FIS_open0(Thread *t, Slot *args, Slot *ret) { ret->i = open_path(t, args[0].l, O_RDONLY); }

/* Checks the (fd, byte[], off, len) arguments of a read or write; the bytes at off, or NULL with an exception. */
static char *io_buffer(Thread *t, int fd, Array *b, int32_t off, int32_t len) {
    if (!b) {
        rt_throw_npe(t);
        return NULL;
    }
    if (off < 0 || len < 0 || off > b->length - len) {
        rt_throw_new(t, WK_ArrayIndexOutOfBoundsException, NULL);
        return NULL;
    }
    if (fd < 0) {
        rt_throw_by_name(t, "java/io/IOException", "Stream Closed");
        return NULL;
    }
    return (char *)rt_array_data(b) + off;
}

void n_FOS_writeBytes(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    int fd = args[0].i;
    int32_t off = args[2].i, len = args[3].i;
    char *buf = io_buffer(t, fd, (Array *)args[1].l, off, len);
    if (!buf) return;
    const char *p = buf;
    while (len > 0) {
        ssize_t w = write(fd, p, (size_t)len);
        if (w < 0) {
            if (errno == EINTR) continue;
            throw_io(t, "java/io/IOException", NULL, errno);
            return;
        }
        p += w;
        len -= (int32_t)w;
    }
}

void n_FIS_readBytes(Thread *t, Slot *args, Slot *ret) {
    int fd = args[0].i;
    int32_t off = args[2].i, len = args[3].i;
    char *buf = io_buffer(t, fd, (Array *)args[1].l, off, len);
    if (!buf) return;
    ssize_t r;
    do r = read(fd, buf, (size_t)len);
    while (r < 0 && errno == EINTR);
    if (r < 0) {
        throw_io(t, "java/io/IOException", NULL, errno);
        return;
    }
    ret->i = r == 0 ? -1 : (int32_t)r;
}

void n_FIS_available0(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    int n = 0;
    if (ioctl(args[0].i, FIONREAD, &n) != 0) n = 0;
    ret->i = n;
}

void n_fd_close0(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    (void)ret;
    close(args[0].i);
}

static char *path_of(Slot *args) { return rt_string_to_utf8(args[0].l); }

void n_File_stat0(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    char *p = path_of(args);
    struct stat st;
    ret->i = stat(p, &st) != 0 ? 0 : S_ISDIR(st.st_mode) ? 2 : 1;
    free(p);
}

void n_File_length0(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    char *p = path_of(args);
    struct stat st;
    ret->j = stat(p, &st) != 0 ? 0 : (int64_t)st.st_size;
    free(p);
}

void n_File_delete0(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    char *p = path_of(args);
    ret->i = remove(p) == 0;
    free(p);
}

void n_File_mkdir0(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    char *p = path_of(args);
    ret->i = mkdir(p, 0777) == 0;
    free(p);
}

void n_File_create0(Thread *t, Slot *args, Slot *ret) {
    char *p = path_of(args);
    int fd = open(p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
        close(fd);
        ret->i = 1;
    } else if (errno == EEXIST) {
        ret->i = 0;
    } else {
        throw_io(t, "java/io/IOException", NULL, errno);
    }
    free(p);
}

void n_File_rename0(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    char *a = rt_string_to_utf8(args[0].l), *b = rt_string_to_utf8(args[1].l);
    ret->i = rename(a, b) == 0;
    free(a);
    free(b);
}

void n_File_list0(Thread *t, Slot *args, Slot *ret) {
    char *p = path_of(args);
    DIR *d = opendir(p);
    free(p);
    if (!d) return;
    int n = 0, cap = 16;
    char **names = malloc(sizeof(char *) * (size_t)cap);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        if (n == cap) names = realloc(names, sizeof(char *) * (size_t)(cap *= 2));
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    Array *a = rt_string_array(t, (const char *const *)names, n);
    if (a) ret->l = &a->hdr;
    for (int i = 0; i < n; i++) free(names[i]);
    free(names);
}
