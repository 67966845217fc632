# fuzz.mk — fuzzing of the parsers of untrusted input: class files and jars (the loader), snapshot files,
# the gateway's configuration files, the HTTP responses `ember lambda` reads from the Lambda Runtime API.
# Included from the top Makefile; paths are relative to the repository root.
#
#   make fuzz                 the four targets below, one after the other, $(FUZZ_SECONDS) each
#   make fuzz-classfile       build build/fuzz_classfile, seed build/fuzz/corpus, run for $(FUZZ_SECONDS)
#   make fuzz-snapshot        build build/fuzz_snapshot, seed build/fuzz/snapcorpus from a snapshot that
#                             build/ember writes, run for $(FUZZ_SECONDS)
#   make fuzz-gwconfig        build build/fuzz_gwconfig, seed build/fuzz/gwcorpus from tests/fuzz/gwconfig_seeds,
#                             run for $(FUZZ_SECONDS)
#   make fuzz-http-client     build build/fuzz_http_client, seed build/fuzz/httpcorpus
#                             (tests/fuzz/http_client_seeds.py), run for $(FUZZ_SECONDS)
#   make fuzz-build           only build the fuzzers and build/ld_parse_dump
#   make ld_parse_dump        build/ld_parse_dump: parses class files and prints them (parser checks)
#
# The class-file target links only the loader's parsing files and the two runtime files they need (VM space
# and symbols): it must not need the interpreter. The snapshot target links only snapshot/snap_file.c and
# snap_fingerprint.c: it validates files and reads their regions, and never maps VM space. Crashes land in
# build/fuzz/ as crash-* files (snapshot-crash-* for the snapshot target).

FUZZ_SECONDS ?= 600
FUZZ_JOBS ?= 1
FUZZ_CC ?= clang
FUZZ_CFLAGS ?= -std=gnu11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -Wall -Wextra -Werror
FUZZ_SRCS := tests/fuzz/fuzz_classfile.c loader/ld_classfile.c loader/ld_descriptor.c loader/ld_check.c \
    loader/ld_zip.c runtime/rt_vmspace.c runtime/rt_symbol.c
DUMP_SRCS := tests/fuzz/parse_dump.c loader/ld_classfile.c loader/ld_descriptor.c loader/ld_check.c \
    loader/ld_zip.c runtime/rt_vmspace.c runtime/rt_symbol.c
FUZZ_HDRS := loader/ld.h loader/ld_internal.h runtime/rt.h runtime/rt_wellknown.def runtime/rt_wkfields.def
FUZZ_DIR := build/fuzz
# One process prints to the terminal; with FUZZ_JOBS > 1 libFuzzer forks workers logging to fuzz-N.log.
FUZZ_PAR := $(if $(filter-out 1,$(FUZZ_JOBS)),-jobs=$(FUZZ_JOBS) -workers=$(FUZZ_JOBS),)

.PHONY: fuzz fuzz-build fuzz-seed ld_parse_dump fuzz-classfile fuzz-snapshot fuzz-snapshot-seed fuzz-gwconfig \
    fuzz-http-client

build/fuzz_classfile: $(FUZZ_SRCS) $(FUZZ_HDRS)
	@mkdir -p build
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $(FUZZ_SRCS) -lz

build/ld_parse_dump: $(DUMP_SRCS) $(FUZZ_HDRS)
	@mkdir -p build
	$(CC) -std=gnu11 -g -O1 -Wall -Wextra -Werror -fsanitize=address,undefined -o $@ $(DUMP_SRCS) -lz

ld_parse_dump: build/ld_parse_dump

fuzz-build: build/fuzz_classfile build/fuzz_snapshot build/fuzz_gwconfig build/fuzz_http_client build/ld_parse_dump

# Seeds: javac output of tests/java, the malformed corpus, and a jar of a few of those classes.
fuzz-seed:
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/javac
	@if ls tests/java/*.java >/dev/null 2>&1; then \
		javac -d $(FUZZ_DIR)/javac tests/java/*.java 2>/dev/null || \
		for f in tests/java/*.java; do javac -d $(FUZZ_DIR)/javac $$f 2>/dev/null; done; true; fi
	@find $(FUZZ_DIR)/javac -name '*.class' -exec cp {} $(FUZZ_DIR)/corpus/ \;
	@if [ -d build/malformed ]; then find build/malformed -name '*.class' | \
		while read f; do cp "$$f" $(FUZZ_DIR)/corpus/mal_$$(echo "$$f" | md5sum | cut -c1-12).class; done; fi
	@if ls $(FUZZ_DIR)/javac/*.class >/dev/null 2>&1; then \
		(cd $(FUZZ_DIR)/javac && ls *.class | head -5 | xargs jar cfe ../corpus/seed.jar Main 2>/dev/null; \
		 ls *.class | head -3 | xargs jar cf0 ../corpus/seed0.jar 2>/dev/null); true; fi

fuzz-classfile: build/fuzz_classfile fuzz-seed
	cd $(FUZZ_DIR) && ../fuzz_classfile -max_total_time=$(FUZZ_SECONDS) $(FUZZ_PAR) \
		-max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 corpus

# ---- snapshot files -------------------------------------------------------------------------------------------
FUZZ_SNAP_SRCS := tests/fuzz/fuzz_snapshot.c snapshot/snap_file.c snapshot/snap_fingerprint.c
FUZZ_SNAP_HDRS := snapshot/snap.h snapshot/snap_format.h snapshot/snap_header.def snapshot/snap_regions.def \
    snapshot/snap_layout.def $(wildcard runtime/*.h runtime/*.def) jit/jit.h jit/jit_entries.def

build/fuzz_snapshot: $(FUZZ_SNAP_SRCS) $(FUZZ_SNAP_HDRS)
	@mkdir -p build
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $(FUZZ_SNAP_SRCS) -lz

# Seeds: a hello handler snapshotted plain and compressed by build/ember, cut down to small files that
# snap_open accepts (tests/fuzz/snapshot_seeds.py).
fuzz-snapshot-seed: build/ember
	@rm -rf $(FUZZ_DIR)/snaphello && mkdir -p $(FUZZ_DIR)/snaphello/cls $(FUZZ_DIR)/snapcorpus
	@printf 'public class Hello { public static String handle(String s) { return "hello " + s; } }\n' \
		> $(FUZZ_DIR)/snaphello/Hello.java
	@javac -d $(FUZZ_DIR)/snaphello/cls $(FUZZ_DIR)/snaphello/Hello.java
	@build/ember snapshot -cp $(FUZZ_DIR)/snaphello/cls --handler Hello -o $(FUZZ_DIR)/snaphello/plain.ember
	@build/ember snapshot -cp $(FUZZ_DIR)/snaphello/cls --handler Hello --compress \
		-o $(FUZZ_DIR)/snaphello/z.ember
	@python3 tests/fuzz/snapshot_seeds.py snapshot/snap_header.def $(FUZZ_DIR)/snaphello/plain.ember \
		$(FUZZ_DIR)/snaphello/z.ember $(FUZZ_DIR)/snapcorpus

fuzz-snapshot: build/fuzz_snapshot fuzz-snapshot-seed
	cd $(FUZZ_DIR) && ../fuzz_snapshot -max_total_time=$(FUZZ_SECONDS) $(FUZZ_PAR) -artifact_prefix=snapshot- \
		-max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 snapcorpus

# ---- gateway configuration files ------------------------------------------------------------------------------
# `ember serve --config FILE` (deploy/dep_gw_config.c, a pure function of the text: nothing else is linked).
FUZZ_GW_SRCS := tests/fuzz/fuzz_gwconfig.c deploy/dep_gw_config.c
build/fuzz_gwconfig: $(FUZZ_GW_SRCS) deploy/dep_gw.h deploy/dep_fn.h
	@mkdir -p build
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $(FUZZ_GW_SRCS)

fuzz-gwconfig: build/fuzz_gwconfig
	@mkdir -p $(FUZZ_DIR)/gwcorpus && cp tests/fuzz/gwconfig_seeds/* $(FUZZ_DIR)/gwcorpus/
	cd $(FUZZ_DIR) && ../fuzz_gwconfig -max_total_time=$(FUZZ_SECONDS) $(FUZZ_PAR) -artifact_prefix=gwconfig- \
		-max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 gwcorpus

# ---- HTTP responses -------------------------------------------------------------------------------------------
# The response parser of `ember lambda`'s Runtime API client (deploy/dep_http_client.c, linked alone: the
# target only feeds the parser, it opens no socket). Crashes land in build/fuzz/ as http-crash-* files.
FUZZ_HTTP_SRCS := tests/fuzz/fuzz_http_client.c deploy/dep_http_client.c
build/fuzz_http_client: $(FUZZ_HTTP_SRCS) deploy/dep_http_client.h
	@mkdir -p build
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $(FUZZ_HTTP_SRCS)

fuzz-http-client: build/fuzz_http_client
	@python3 tests/fuzz/http_client_seeds.py $(FUZZ_DIR)/httpcorpus
	cd $(FUZZ_DIR) && ../fuzz_http_client -max_total_time=$(FUZZ_SECONDS) $(FUZZ_PAR) -artifact_prefix=http- \
		-dict=../../tests/fuzz/http_client.dict -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 httpcorpus

# every fuzzer runs even when an earlier one fails; make fuzz fails if any does
fuzz:
	@st=0; $(MAKE) --no-print-directory fuzz-classfile || st=1; \
	$(MAKE) --no-print-directory fuzz-snapshot || st=1; \
	$(MAKE) --no-print-directory fuzz-gwconfig || st=1; \
	$(MAKE) --no-print-directory fuzz-http-client || st=1; exit $$st
