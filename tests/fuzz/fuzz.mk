# fuzz.mk — fuzzing of the loader's parsers of untrusted input (class files, jars). Included from the top
# Makefile; paths are relative to the repository root.
#
#   make fuzz                 build build/fuzz_classfile, seed build/fuzz/corpus, run for $(FUZZ_SECONDS)
#   make fuzz-build           only build the fuzzer and build/ld_parse_dump
#   make ld_parse_dump        build/ld_parse_dump: parses class files and prints them (parser checks)
#
# The fuzz target links only the loader's parsing files and the two runtime files they need (VM space and
# symbols): it must not need the interpreter. Crashes land in build/fuzz/ as crash-* files.

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

.PHONY: fuzz fuzz-build fuzz-seed ld_parse_dump

build/fuzz_classfile: $(FUZZ_SRCS) $(FUZZ_HDRS)
	@mkdir -p build
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $(FUZZ_SRCS) -lz

build/ld_parse_dump: $(DUMP_SRCS) $(FUZZ_HDRS)
	@mkdir -p build
	$(CC) -std=gnu11 -g -O1 -Wall -Wextra -Werror -fsanitize=address,undefined -o $@ $(DUMP_SRCS) -lz

ld_parse_dump: build/ld_parse_dump

fuzz-build: build/fuzz_classfile build/ld_parse_dump

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

fuzz: build/fuzz_classfile fuzz-seed
	cd $(FUZZ_DIR) && ../fuzz_classfile -max_total_time=$(FUZZ_SECONDS) $(FUZZ_PAR) \
		-max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 corpus
