/* The native method table, built from rt_natives.def. */
#include "rt_natives.h"

const NativeEntry rt_natives[] = {
#define NATIVE(cls, name, desc, fn) {cls, name, desc, fn},
#include "rt_natives.def"
#undef NATIVE
};
const int rt_n_natives = (int)(sizeof rt_natives / sizeof rt_natives[0]);
