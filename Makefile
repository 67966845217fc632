# Ember — build, tests and checks. `make` builds build/ember; `make test` runs every test suite.
CC ?= gcc
JAVAC ?= javac
JAR ?= jar
OPT ?= -O2
WARN_FLAGS = -std=gnu11 -g -Wall -Wextra -Werror -fno-strict-aliasing -fno-omit-frame-pointer
CFLAGS ?= $(OPT) $(WARN_FLAGS)
LDLIBS = -lz -lpthread -lm
B ?= build

SRCS := $(wildcard runtime/*.c loader/*.c gc/*.c jit/*.c snapshot/*.c deploy/*.c)
HDRS := $(wildcard runtime/*.h runtime/*.def loader/*.h gc/*.h jit/*.h snapshot/*.h deploy/*.h)
OBJS := $(patsubst %.c,$(B)/obj/%.o,$(SRCS))
CLASSLIB_SRCS := $(shell find runtime/classlib -name '*.java' ! -name module-info.java | sort)

.PHONY: all classlib test test-int asan check check-statics fuzz bench demo clean
all: $(B)/ember

$(B)/obj/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

# The class library: javac'd as module java.base with nothing else visible (--system none), stored in a jar
# that is linked into the binary, so the binary's fingerprint covers the library too.
$(B)/classlib.stamp: $(CLASSLIB_SRCS)
	@rm -rf $(B)/classlib $(B)/classlib-src && mkdir -p $(B)/classlib $(B)/classlib-src
	@{ printf 'module java.base {\n'; \
	   find runtime/classlib -name '*.java' -printf '%h\n' | sort -u | sed 's|runtime/classlib/||; s|/|.|g' | \
	   grep -v '^jdk\.internal' | sed 's/.*/    exports &;/'; printf '}\n'; } > $(B)/classlib-src/module-info.java
	@echo "JAVAC class library ($(words $(CLASSLIB_SRCS)) files)"
	@$(JAVAC) -nowarn --system none -XDstringConcat=inline -encoding UTF-8 -g -d $(B)/classlib \
	    $(B)/classlib-src/module-info.java $(CLASSLIB_SRCS)
	@touch $@

$(B)/classlib.jar: $(B)/classlib.stamp
	@rm -f $@
	cd $(B)/classlib && $(JAR) --create --no-compress --file ../classlib.jar $$(find . -name '*.class' ! -name module-info.class | sort)

$(B)/obj/classlib_blob.o: $(B)/classlib.jar
	@mkdir -p $(dir $@)
	printf '\t.section .rodata\n\t.balign 16\n\t.globl ember_classlib_jar\nember_classlib_jar:\n\t.incbin "%s"\n\t.globl ember_classlib_jar_end\nember_classlib_jar_end:\n\t.section .note.GNU-stack,"",@progbits\n' \
	    "$(abspath $(B)/classlib.jar)" > $(B)/obj/classlib_blob.S
	$(CC) -c $(B)/obj/classlib_blob.S -o $@

$(B)/ember: $(OBJS) $(B)/obj/classlib_blob.o
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

classlib: $(B)/classlib.jar

# ---- tests ------------------------------------------------------------------------------------------------
test: $(B)/ember
	@tests/run_all.sh --ember $(B)/ember

test-int: $(B)/ember
	@tests/run_java.sh --ember $(B)/ember --mode int

asan:
	$(MAKE) B=build/asan CC=clang \
	    CFLAGS="-O1 $(WARN_FLAGS) -fsanitize=address,undefined -fno-sanitize-recover=undefined" build/asan/ember
	ASAN_OPTIONS=detect_leaks=0 tests/run_all.sh --ember build/asan/ember

check: $(B)/ember check-statics

check-statics: $(B)/ember
	@tests/check_statics.sh $(B)/ember

-include tests/fuzz/fuzz.mk

bench: $(B)/ember
	@bench/run.sh --ember $(B)/ember

clean:
	rm -rf build

demo:
	bash .ci/install-deps.sh
	$(MAKE) -j2 $(B)/ember
	EMBER=$(B)/ember examples/demo.sh
