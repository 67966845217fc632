# Ember — build, tests and checks. `make` builds build/ember; `make test` runs every test suite.
CC ?= gcc
JAVAC ?= javac
JAR ?= jar
JAVA ?= java
OPT ?= -O2
WARN_FLAGS = -std=gnu11 -g -Wall -Wextra -Werror -fno-strict-aliasing -fno-omit-frame-pointer
CFLAGS ?= $(OPT) $(WARN_FLAGS)
LDLIBS = -lz -luring -lseccomp -lpthread -lm
B ?= build

# deploy/dep_gw_*.c is the HTTP gateway, its own executable (build/ember-gateway, exec'd by `ember serve`):
# the HTTP library and its dependencies stay out of the ember binary, whose start-up is what restores cost.
GW_SRCS := $(wildcard deploy/dep_gw_*.c)
SRCS := $(filter-out $(GW_SRCS),$(wildcard runtime/*.c loader/*.c gc/*.c jit/*.c snapshot/*.c deploy/*.c))
HDRS := $(wildcard runtime/*.h runtime/*.def loader/*.h gc/*.h jit/*.h jit/*.def snapshot/*.h snapshot/*.def deploy/*.h)
OBJS := $(patsubst %.c,$(B)/obj/%.o,$(SRCS))
GW_OBJS := $(patsubst %.c,$(B)/obj/%.o,$(GW_SRCS))
GW_LDLIBS = -lmicrohttpd -lpthread
CLASSLIB_SRCS := $(shell find runtime/classlib -name '*.java' ! -name module-info.java | sort)
# Generated class-library sources (build/classlib-gen), compiled together with runtime/classlib.
# java.lang.CharacterNames (Character.getName's table) comes from Unicode's data files in Debian's
# unicode-data package, restricted by the generator to Unicode 13.0 (JDK 17's version).
UNICODE_DIR ?= /usr/share/unicode
UNICODE_INPUTS := $(addprefix $(UNICODE_DIR)/,UnicodeData.txt DerivedAge.txt Blocks.txt NameAliases.txt)
GEN_CHARNAMES := $(B)/classlib-gen/java/lang/CharacterNames.java
CLASSLIB_GEN_SRCS := $(GEN_CHARNAMES)

.PHONY: all classlib test test-int test-gc-stress asan check check-statics fuzz bench bench-gc bench-coldstart bench-gateway demo clean
all: $(B)/ember $(B)/ember-gateway

$(B)/obj/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

# The class library: javac'd as module java.base with nothing else visible (--system none), stored in a jar
# that is linked into the binary, so the binary's fingerprint covers the library too.
$(UNICODE_INPUTS):
	@echo "missing $@: install Debian's unicode-data package (bash .ci/install-deps.sh)" >&2; exit 1

$(B)/tools/gen_charnames/GenCharNames.class: tools/gen_charnames/GenCharNames.java
	@mkdir -p $(dir $@)
	$(JAVAC) -nowarn -encoding UTF-8 -d $(dir $@) $<

$(GEN_CHARNAMES): $(B)/tools/gen_charnames/GenCharNames.class $(UNICODE_INPUTS)
	$(JAVA) -cp $(B)/tools/gen_charnames GenCharNames $(UNICODE_DIR) $@

$(B)/classlib.stamp: $(CLASSLIB_SRCS) $(CLASSLIB_GEN_SRCS)
	@rm -rf $(B)/classlib $(B)/classlib-src && mkdir -p $(B)/classlib $(B)/classlib-src
	@{ printf 'module java.base {\n'; \
	   find runtime/classlib -name '*.java' -printf '%h\n' | sort -u | sed 's|runtime/classlib/||; s|/|.|g' | \
	   grep -v '^jdk\.internal' | sed 's/.*/    exports &;/'; printf '}\n'; } > $(B)/classlib-src/module-info.java
	@echo "JAVAC class library ($(words $(CLASSLIB_SRCS) $(CLASSLIB_GEN_SRCS)) files)"
	@$(JAVAC) -nowarn --system none -XDstringConcat=inline -encoding UTF-8 -g -d $(B)/classlib \
	    $(B)/classlib-src/module-info.java $(CLASSLIB_SRCS) $(CLASSLIB_GEN_SRCS)
	@touch $@

$(B)/classlib.jar: $(B)/classlib.stamp
	@rm -f $@
	cd $(B)/classlib && $(JAR) --create --no-compress --file ../classlib.jar $$(find . -name '*.class' ! -name module-info.class | sort)

$(B)/obj/classlib_blob.o: $(B)/classlib.jar Makefile
	@mkdir -p $(dir $@)
	printf '\t.section .rodata.ember_classlib,"a"\n\t.balign 2097152\n\t.globl ember_classlib_jar\nember_classlib_jar:\n\t.incbin "%s"\n\t.globl ember_classlib_jar_end\nember_classlib_jar_end:\n\t.section .note.GNU-stack,"",@progbits\n' \
	    "$(abspath $(B)/classlib.jar)" > $(B)/obj/classlib_blob.S
	$(CC) -c $(B)/obj/classlib_blob.S -o $@

$(B)/ember: $(OBJS) $(B)/obj/classlib_blob.o
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(B)/ember-gateway: $(GW_OBJS)
	$(CC) $(CFLAGS) -o $@ $^ $(GW_LDLIBS)

classlib: $(B)/classlib.jar

# ---- crac-api.jar (begin) ----------------------------------------------------------------------------------
# The jdk.crac API of the class library (runtime/classlib/jdk/crac) compiled as an ordinary JDK 17 jar, for
# javac only: CRaC-aware programs (tests/snapshot/java) compile with `javac -cp $(B)/crac-api.jar` and run on
# Ember without it, since Ember's boot library provides the same classes.
CRAC_API_SRCS := $(shell find runtime/classlib/jdk/crac -name '*.java' | sort)
$(B)/crac-api.jar: $(CRAC_API_SRCS)
	@rm -rf $(B)/crac-api $@ && mkdir -p $(B)/crac-api
	$(JAVAC) -nowarn --release 17 -encoding UTF-8 -d $(B)/crac-api $(CRAC_API_SRCS)
	cd $(B)/crac-api && $(JAR) --create --file ../crac-api.jar $$(find . -name '*.class' | sort)
# ---- crac-api.jar (end) ------------------------------------------------------------------------------------

# ---- ember-otherbuild (begin) ------------------------------------------------------------------------------
# The same objects as $(B)/ember linked again with a fixed, different ELF build-id (link only, nothing is
# recompiled): tests/snapshot_badfiles.sh checks that each binary refuses the other's snapshots ("written by
# another ember build"). For the ASan build, give the same B/CC/CFLAGS as for build/asan/ember.
OTHERBUILD_ID := 0x6f74686572206275696c64206f6620656d626572
$(B)/ember-otherbuild: $(OBJS) $(B)/obj/classlib_blob.o
	$(CC) $(CFLAGS) -Wl,--build-id=$(OTHERBUILD_ID) -o $@ $^ $(LDLIBS)
# ---- ember-otherbuild (end) --------------------------------------------------------------------------------

# ---- tests ------------------------------------------------------------------------------------------------
# The test command of the README: installs what is missing (a no-op when all is there), then every suite.
test:
	@bash .ci/install-deps.sh
	@$(MAKE) --no-print-directory $(B)/ember $(B)/ember-gateway $(B)/tests/encoder_test
	@tests/run_all.sh --ember $(B)/ember

test-int: $(B)/ember
	@tests/run_java.sh --ember $(B)/ember --mode int

# ---- encoder test (begin) ---------------------------------------------------------------------------------
# The x86-64 encoder (jit/jit_x64*.c) checked instruction by instruction against capstone's disassembly (Debian
# libcapstone-dev), then small encoded functions executed. Built in the build directory of the binary under
# test, so that `make asan` builds and runs it with the sanitizers; tests/run_all.sh runs it from there.
JIT_X64_OBJS := $(patsubst %.c,$(B)/obj/%.o,$(wildcard jit/jit_x64*.c))
ENCODER_TEST_SRCS := tests/jit/encoder_test.c tests/jit/encoder_exec.c
$(JIT_X64_OBJS): $(wildcard jit/jit_x64*.h jit/jit_x64*.def)
$(B)/tests/encoder_test: $(ENCODER_TEST_SRCS) tests/jit/encoder_test.h $(JIT_X64_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $(ENCODER_TEST_SRCS) $(JIT_X64_OBJS) -lcapstone
# ---- encoder test (end) -----------------------------------------------------------------------------------

# GC stress: the whole tests/java suite with a collection at every GC_STRESS_N-th allocation and the heap
# verified after each one, in interpreter mode and again with -Xcomp (every method compiled at its first call,
# so the collections walk compiled frames: their stack maps and the references compiled code holds); the same
# pass criteria as the java suite of `make test`. Both runs happen even when the first fails; the target fails
# if either did. Each program may take up to GC_STRESS_TIMEOUT seconds.
GC_STRESS_N ?= 100
GC_STRESS_TIMEOUT ?= 300
test-gc-stress: $(B)/ember
	@st=0; for m in int xcomp; do echo "=== gc stress, mode $$m"; \
	    EMBER_OPTS="-XX:GCStressInterval=$(GC_STRESS_N) -XX:+VerifyHeap" RUN_JAVA_TIMEOUT=$(GC_STRESS_TIMEOUT) \
	    tests/run_java.sh --ember $(B)/ember --mode $$m || st=1; done; exit $$st

asan:
	$(MAKE) B=build/asan CC=clang \
	    CFLAGS="-O1 $(WARN_FLAGS) -fsanitize=address,undefined -fno-sanitize-recover=undefined" \
	    build/asan/ember build/asan/ember-otherbuild build/asan/ember-gateway build/asan/tests/encoder_test
	ASAN_OPTIONS=detect_leaks=0 tests/run_all.sh --ember build/asan/ember

check: $(B)/ember check-statics

check-statics: $(B)/ember
	@tests/check_statics.sh $(B)/ember

-include tests/fuzz/fuzz.mk

# `make bench` runs every benchmark script (and fails if any fails: a crash or a wrong result, never a
# timing); `make bench-jit` only the JIT one (kernels on ember -Xint, tiered, HotSpot C1 and C2; a
# handler's first call after restore), `make bench-gc` only the GC one, `make bench-coldstart` only the
# cold-start one, `make bench-gateway` only ember serve under wrk. About 6 minutes in all on 2 cores.
.PHONY: bench-jit
bench: $(B)/ember $(B)/ember-gateway
	@st=0; bench/run.sh --ember $(B)/ember || st=1; bench/jit.sh --ember $(B)/ember || st=1; \
	    bench/gc.sh --ember $(B)/ember || st=1; bench/coldstart.sh --ember $(B)/ember || st=1; \
	    bench/gateway.sh --ember $(B)/ember || st=1; exit $$st

bench-jit: $(B)/ember
	@bench/jit.sh --ember $(B)/ember

bench-gateway: $(B)/ember $(B)/ember-gateway
	@bench/gateway.sh --ember $(B)/ember

bench-coldstart: $(B)/ember
	@bench/coldstart.sh --ember $(B)/ember

bench-gc: $(B)/ember
	@bench/gc.sh --ember $(B)/ember

clean:
	rm -rf build

demo:
	@bash .ci/install-deps.sh
	@$(MAKE) --no-print-directory -j2 $(B)/ember $(B)/ember-gateway
	@EMBER=$(B)/ember examples/demo.sh

# ---- reference maps -----------------------------------------------------------------------------------------
# The whole Java suite with -XX:+VerifyRefMaps: every class a test uses (class library included) gets the
# reference maps of all its methods computed and cross-checked with their StackMapTables.
.PHONY: check-refmaps
check-refmaps: $(B)/ember
	@EMBER_OPTS=-XX:+VerifyRefMaps bash tests/run_java.sh --ember $(B)/ember
