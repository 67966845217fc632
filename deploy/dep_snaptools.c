/* ember inspect / verify / unpack: the snapshot tools (the work is in snapshot/snap_tools.c), and the restore
 * options that the commands restoring a snapshot (invoke, lambda) share. */
#include <string.h>

#include "../snapshot/snap.h"
#include "dep.h"

bool dep_restore_option(SnapRestoreOptions *ro, const char *a) {
    if (!strcmp(a, "--verify-checksums")) ro->verify_checksums = true;
    else if (!strcmp(a, "--restore=mmap")) ro->mode = SNAP_RESTORE_MMAP;
    else if (!strcmp(a, "--restore=read")) ro->mode = SNAP_RESTORE_READ;
    else return false;
    return true;
}

int dep_inspect(int argc, char **argv) {
    bool json = false;
    const char *file = NULL;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--json")) json = true;
        else if (!file && argv[i][0] != '-') file = argv[i];
        else {
            fprintf(stderr, "ember inspect: unexpected argument %s\n", argv[i]);
            return dep_usage(stderr, 2);
        }
    }
    if (!file) {
        fprintf(stderr, "ember inspect: no snapshot file given\n");
        return dep_usage(stderr, 2);
    }
    char err[512];
    if (snap_inspect(file, json, stdout, err, sizeof err) != SNAP_OK) {
        fprintf(stderr, "ember inspect: %s: %s\n", file, err);
        return 2;
    }
    return 0;
}

int dep_verify(int argc, char **argv) {
    if (argc != 1 || argv[0][0] == '-') {
        fprintf(stderr, "ember verify: give one snapshot file\n");
        return dep_usage(stderr, 2);
    }
    char err[512];
    if (snap_verify(argv[0], stdout, err, sizeof err) != SNAP_OK) {
        fprintf(stderr, "ember verify: %s: not restorable: %s\n", argv[0], err);
        return 2;
    }
    return 0;
}

int dep_unpack(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "ember unpack: give the compressed snapshot and the output file\n");
        return dep_usage(stderr, 2);
    }
    char err[512];
    if (snap_unpack(argv[0], argv[1], err, sizeof err) != SNAP_OK) {
        fprintf(stderr, "ember unpack: %s: %s\n", argv[0], err);
        return 2;
    }
    return 0;
}
