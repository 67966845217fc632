// Gen — writes the malformed class-file corpus from javac output.
//
// Usage: java Gen <classes-dir> <out-dir>
//   <classes-dir> holds javac output: base/{Main,Bad}.class (src/Main.java, src/Bad.java), other/Other.class,
//   and the link variants prepared by run.sh (link/<variant>/*.class).
//   For every case it creates <out-dir>/<case>/ with Main.class and the (mutated) Bad.class, plus whatever
//   else the case needs. Running `java -cp <out-dir>/<case> Main` raises the error under test.
//
// Every mutation starts from the pristine bytes and is described by one call in main(); the class-file
// layout is parsed (constant pool, fields, methods, Code attributes) so that mutations can name what they
// change instead of using fixed offsets.
import java.io.*;
import java.nio.file.*;
import java.util.*;

public class Gen {
    static Path classes, out;
    static byte[] main, bad;
    static int count;

    // ---- a minimal class-file map ------------------------------------------------------------------
    static final class Meth {
        String name, desc;
        int off;          // access_flags offset
        int codeAttr = -1; // offset of the Code attribute's name index
        int code = -1;    // offset of the first bytecode
        int codeLen;
    }

    static final class CMap {
        byte[] b;
        int cpCount;
        int[] cpOff;      // offset of each entry's tag
        int[] tag;
        String[] utf;
        int access, thisOff, superOff, itfCount;
        List<Integer> fieldOff = new ArrayList<>();
        List<String> fieldName = new ArrayList<>();
        List<Meth> methods = new ArrayList<>();
        int attrsOff;

        CMap(byte[] b) {
            this.b = b;
            int p = 8;
            cpCount = u2(p);
            p += 2;
            cpOff = new int[cpCount];
            tag = new int[cpCount];
            utf = new String[cpCount];
            for (int i = 1; i < cpCount; i++) {
                cpOff[i] = p;
                int t = b[p] & 0xff;
                tag[i] = t;
                switch (t) {
                case 1: {
                    int len = u2(p + 1);
                    utf[i] = new String(b, p + 3, len, java.nio.charset.StandardCharsets.ISO_8859_1);
                    p += 3 + len;
                    break;
                }
                case 3: case 4: p += 5; break;
                case 5: case 6: p += 9; i++; break;
                case 7: case 8: case 16: case 19: case 20: p += 3; break;
                case 15: p += 4; break;
                default: p += 5; break;
                }
            }
            access = p;
            thisOff = p + 2;
            superOff = p + 4;
            itfCount = u2(p + 6);
            p += 8 + 2 * itfCount;
            int nf = u2(p);
            p += 2;
            for (int i = 0; i < nf; i++) {
                fieldOff.add(p);
                fieldName.add(utf[u2(p + 2)]);
                p = skipAttrs(p + 6);
            }
            int nm = u2(p);
            p += 2;
            for (int i = 0; i < nm; i++) {
                Meth m = new Meth();
                m.off = p;
                m.name = utf[u2(p + 2)];
                m.desc = utf[u2(p + 4)];
                int na = u2(p + 6);
                p += 8;
                for (int k = 0; k < na; k++) {
                    if ("Code".equals(utf[u2(p)])) {
                        m.codeAttr = p;
                        m.codeLen = (int) u4(p + 10);
                        m.code = p + 14;
                    }
                    p += 6 + (int) u4(p + 2);
                }
                methods.add(m);
            }
            attrsOff = p;
        }

        int skipAttrs(int p) {
            int n = u2(p);
            p += 2;
            for (int k = 0; k < n; k++) p += 6 + (int) u4(p + 2);
            return p;
        }

        int u2(int p) { return ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff); }
        long u4(int p) { return ((long) u2(p) << 16) | u2(p + 2); }

        int utf8(String s) {
            for (int i = 1; i < cpCount; i++) if (tag[i] == 1 && s.equals(utf[i])) return i;
            throw new IllegalStateException("no Utf8 " + s);
        }

        int classEntry(String name) {
            for (int i = 1; i < cpCount; i++) if (tag[i] == 7 && name.equals(utf[u2(cpOff[i] + 1)])) return i;
            throw new IllegalStateException("no Class " + name);
        }

        int firstOfTag(int t) {
            for (int i = 1; i < cpCount; i++) if (tag[i] == t) return i;
            throw new IllegalStateException("no tag " + t);
        }

        Meth method(String name) {
            for (Meth m : methods) if (m.name.equals(name)) return m;
            throw new IllegalStateException("no method " + name);
        }

        int field(String name) {
            return fieldOff.get(fieldName.indexOf(name));
        }
    }

    static void put2(byte[] b, int p, int v) {
        b[p] = (byte) (v >> 8);
        b[p + 1] = (byte) v;
    }

    static void put4(byte[] b, int p, long v) {
        put2(b, p, (int) (v >> 16));
        put2(b, p + 2, (int) v);
    }

    // Replaces the Utf8 entry `index` by `s` (Latin-1 bytes as given), resizing the class file.
    static byte[] replaceUtf8(byte[] b, int index, byte[] s) {
        CMap m = new CMap(b);
        int p = m.cpOff[index];
        int oldLen = m.u2(p + 1);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(b, 0, p + 1);
        o.write(s.length >> 8);
        o.write(s.length);
        o.write(s, 0, s.length);
        o.write(b, p + 3 + oldLen, b.length - (p + 3 + oldLen));
        return o.toByteArray();
    }

    static byte[] replaceUtf8(byte[] b, String old, String s) {
        return replaceUtf8(b, new CMap(b).utf8(old), s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    // ---- output ---------------------------------------------------------------------------------------
    static void emit(String name, byte[] badBytes) throws IOException {
        emitFiles(name, java.util.Map.of("Main.class", main, "Bad.class", badBytes));
    }

    static void emitFiles(String name, java.util.Map<String, byte[]> files) throws IOException {
        Path d = out.resolve(name);
        Files.createDirectories(d);
        for (var e : files.entrySet()) Files.write(d.resolve(e.getKey()), e.getValue());
        count++;
    }

    static byte[] read(String rel) throws IOException { return Files.readAllBytes(classes.resolve(rel)); }

    interface Mut { void apply(byte[] b, CMap m); }

    static void mut(String name, Mut f) throws IOException {
        byte[] b = bad.clone();
        f.apply(b, new CMap(b));
        emit(name, b);
    }

    public static void main(String[] args) throws IOException {
        classes = Paths.get(args[0]);
        out = Paths.get(args[1]);
        main = read("base/Main.class");
        bad = read("base/Bad.class");
        CMap base = new CMap(bad);

        // header
        mut("magic_bad", (b, m) -> put4(b, 0, 0xCAFEBABFL));
        mut("magic_zero", (b, m) -> put4(b, 0, 0));
        mut("version_62", (b, m) -> put2(b, 6, 62));
        mut("version_44", (b, m) -> put2(b, 6, 44));
        mut("version_preview", (b, m) -> put2(b, 4, 0xFFFF));
        mut("version_minor", (b, m) -> put2(b, 4, 1));
        mut("version_60_preview", (b, m) -> { put2(b, 6, 60); put2(b, 4, 0xFFFF); });

        // truncations at many offsets, including inside the header, the constant pool, fields, methods
        int[] cuts = {0, 3, 7, 9, 11, base.cpOff[base.cpCount / 2] + 1, base.access, base.access + 3,
                      base.fieldOff.get(1) + 3, base.methods.get(2).off + 5, base.methods.get(2).code + 2,
                      base.attrsOff + 1, bad.length - 1};
        for (int cut : cuts) emit("truncated_" + cut, Arrays.copyOf(bad, cut));
        {
            byte[] b = Arrays.copyOf(bad, bad.length + 3);
            emit("extra_bytes", b);
        }

        // constant pool
        mut("cp_count_zero", (b, m) -> put2(b, 8, 0));
        mut("cp_count_short", (b, m) -> put2(b, 8, m.cpCount - 3));
        mut("cp_unknown_tag", (b, m) -> b[m.cpOff[m.firstOfTag(12)]] = 2);
        mut("cp_tag_module", (b, m) -> b[m.cpOff[m.firstOfTag(7)]] = 19);
        mut("cp_methodref_bad_index", (b, m) -> put2(b, m.cpOff[m.firstOfTag(10)] + 1, 0xFFFF));
        mut("cp_methodref_wrong_tag", (b, m) -> put2(b, m.cpOff[m.firstOfTag(10)] + 1, m.utf8("Code")));
        mut("cp_class_wrong_tag", (b, m) -> put2(b, m.cpOff[m.classEntry("java/lang/Object")] + 1,
                                                  m.firstOfTag(10)));
        mut("cp_string_wrong_tag", (b, m) -> put2(b, m.cpOff[m.firstOfTag(8)] + 1, m.firstOfTag(7)));
        mut("cp_nat_bad_index", (b, m) -> put2(b, m.cpOff[m.firstOfTag(12)] + 3, m.cpCount));
        emit("utf8_nul", replaceUtf8(bad, base.utf8("Code"), new byte[] {'C', 0, 'd', 'e'}));
        emit("utf8_four_byte", replaceUtf8(bad, base.utf8("Code"), new byte[] {'C', (byte) 0xF0, (byte) 0x90,
                                                                                (byte) 0x80, (byte) 0x80}));
        emit("utf8_bad_continuation", replaceUtf8(bad, base.utf8("Code"), new byte[] {'C', (byte) 0xC3, 'A'}));
        emit("utf8_truncated_seq", replaceUtf8(bad, base.utf8("Code"), new byte[] {'C', 'o', (byte) 0xE2, (byte) 0x82}));

        // names and descriptors
        emit("field_desc_bad", replaceUtf8(bad, "D", "Q"));
        emit("field_desc_void", replaceUtf8(bad, "D", "V"));
        emit("field_desc_empty_class", replaceUtf8(bad, "Ljava/lang/String;", "L;"));
        emit("field_desc_array_dims", replaceUtf8(bad, "D", "[".repeat(256) + "D"));
        emit("method_desc_bad", replaceUtf8(bad, "(Ljava/lang/Runnable;)V", "(Ljava/lang/Runnable;)"));
        emit("method_desc_void_arg", replaceUtf8(bad, "(Ljava/lang/Runnable;)V", "(V)V"));
        emit("method_desc_dot", replaceUtf8(bad, "(Ljava/lang/Runnable;)V", "(Ljava.lang.Runnable;)V"));
        emit("class_name_double_slash", replaceUtf8(bad, "java/io/PrintStream", "java//io/PrintStream"));
        emit("field_name_illegal", replaceUtf8(bad, "ratio", "ra.tio"));
        emit("method_name_illegal", replaceUtf8(bad, "wideLocals", "wide<Locals"));
        emit("wrong_name", read("other/Other.class"));

        // class structure
        mut("class_interface_not_abstract", (b, m) -> put2(b, m.access, 0x0201));
        mut("class_final_abstract", (b, m) -> put2(b, m.access, 0x0431));
        mut("this_class_utf8", (b, m) -> put2(b, m.thisOff, m.utf8("Code")));
        mut("this_class_out_of_range", (b, m) -> put2(b, m.thisOff, 0x7FFF));
        mut("super_zero", (b, m) -> put2(b, m.superOff, 0));
        mut("super_utf8", (b, m) -> put2(b, m.superOff, m.utf8("Code")));
        mut("super_jdk_final", (b, m) -> put2(b, m.superOff, m.classEntry("java/lang/System")));
        mut("field_access_conflict", (b, m) -> put2(b, m.field("ratio"), 0x0003));
        mut("field_final_volatile", (b, m) -> put2(b, m.field("ratio"), 0x0050));
        mut("field_duplicate", (b, m) -> { put2(b, m.field("other") + 2, m.utf8("ratio"));
                                           put2(b, m.field("other") + 4, m.utf8("D")); });
        mut("method_duplicate", (b, m) -> put2(b, m.method("tab").off + 2, m.utf8("sw")));
        mut("method_access_conflict", (b, m) -> put2(b, m.method("sw").off, 0x000B));
        mut("method_abstract_final", (b, m) -> put2(b, m.method("inst").off, 0x0410));
        mut("method_native_with_code", (b, m) -> put2(b, m.method("inst").off, 0x0100));
        mut("constant_value_wrong_type", (b, m) -> {
            // BIG is a long: point its ConstantValue at the String constant
            int f = m.field("BIG");
            put2(b, f + 6 + 2 + 6, m.firstOfTag(8));
        });

        // Code attributes
        mut("code_length_zero", (b, m) -> put4(b, m.method("loop").codeAttr + 10, 0));
        mut("code_attr_length_wrong", (b, m) -> {
            int a = m.method("loop").codeAttr;
            put4(b, a + 2, m.u4(a + 2) - 1);
        });
        mut("code_handler_range", (b, m) -> {
            Meth t = m.method("tc");
            put2(b, t.code + t.codeLen + 2 + 2, t.codeLen + 1); // end_pc past the code
        });
        mut("code_locals_too_small", (b, m) -> put2(b, m.method("wideLocals").codeAttr + 8, 2));

        // bytecode (structural; version 61 → split verifier wording)
        mut("bc_bad_opcode", (b, m) -> b[m.method("loop").code + 9] = (byte) 0xcb);
        mut("bc_breakpoint", (b, m) -> b[m.method("loop").code + 9] = (byte) 0xca);
        mut("bc_impdep", (b, m) -> b[m.method("loop").code + 9] = (byte) 0xfe);
        mut("bc_falls_off_end", (b, m) -> b[m.method("loop").code + 20] = 0);
        mut("bc_wide_bad", (b, m) -> { Meth l = m.method("loop"); b[l.code] = (byte) 0xc4; b[l.code + 1] = 3; });
        mut("bc_getstatic_methodref", (b, m) -> {
            Meth l = m.method("loop");
            b[l.code] = (byte) 0xb2;
            put2(b, l.code + 1, m.firstOfTag(10));
        });
        mut("bc_cp_index_out_of_range", (b, m) -> {
            Meth l = m.method("loop");
            b[l.code] = (byte) 0xb2;
            put2(b, l.code + 1, m.cpCount + 5);
        });
        mut("bc_ldc_methodref", (b, m) -> {
            Meth l = m.method("loop");
            b[l.code] = 0x12;
            b[l.code + 1] = (byte) m.firstOfTag(10);
        });
        mut("bc_invokeinterface_count_zero", (b, m) -> b[m.method("itf").code + 4] = 0);
        mut("bc_new_methodref", (b, m) -> {
            Meth l = m.method("loop");
            b[l.code] = (byte) 0xbb;
            put2(b, l.code + 1, m.firstOfTag(10));
        });

        // the same problems under the old verifier (class file version 49)
        Mut old = (b, m) -> put2(b, 6, 49);
        mut("old_branch_mid_insn", (b, m) -> { old.apply(b, m); b[m.method("loop").code + 8] = 8; });
        mut("old_branch_out_of_code", (b, m) -> { old.apply(b, m); b[m.method("loop").code + 7] = 0x10; });
        mut("old_bad_opcode", (b, m) -> { old.apply(b, m); b[m.method("loop").code + 9] = (byte) 0xcb; });
        mut("old_local_out_of_range", (b, m) -> { old.apply(b, m); b[m.method("loop").code + 1] = 0x3e; });
        mut("old_falls_off_end", (b, m) -> { old.apply(b, m); b[m.method("loop").code + 20] = 0; });
        mut("old_lookupswitch_unsorted", (b, m) -> {
            old.apply(b, m);
            Meth s = m.method("sw");
            put4(b, s.code + 4 + 8 + 8, 200); // first key 1 → 200, above the next (5)
        });
        mut("old_switch_target", (b, m) -> {
            old.apply(b, m);
            Meth s = m.method("tab");
            put4(b, s.code + 4, 3); // default → offset 4, inside the tableswitch
        });
        mut("old_store_local_index", (b, m) -> {
            old.apply(b, m);
            Meth l = m.method("wideLocals");
            b[l.code + 1] = 0x36; // lstore 4 → istore 200: same length, index past max_locals
            b[l.code + 2] = (byte) 200;
        });

        // the main class itself malformed: the launcher reports it differently
        emitFiles("main_class_bad_magic", java.util.Map.of("Main.class", withMagic(main), "Bad.class", bad));

        // linking errors (raised when the superclass/interfaces are loaded)
        emitFiles("circular_superclass", java.util.Map.of("Main.class", main, "Bad.class", read("link/circ1/Bad.class"),
                                                "Bad2.class", read("link/circ2/Bad2.class")));
        emitFiles("implements_class", java.util.Map.of("Main.class", main, "Bad.class", read("link/itf/Bad.class"),
                                             "Bad2.class", read("link/circ1/Bad2.class")));
        emitFiles("extends_interface", java.util.Map.of("Main.class", main, "Bad.class", read("link/circ1/Bad.class"),
                                              "Bad2.class", read("link/itf/Bad2.class")));
        emitFiles("extends_final", java.util.Map.of("Main.class", main, "Bad.class", read("link/circ1/Bad.class"),
                                          "Bad2.class", read("link/final/Bad2.class")));
        emitFiles("missing_superclass", java.util.Map.of("Main.class", main, "Bad.class", read("link/circ1/Bad.class")));
        emitFiles("missing_class", java.util.Map.of("Main.class", main));

        System.out.println(count + " cases");
    }

    static byte[] withMagic(byte[] b) {
        byte[] c = b.clone();
        put4(c, 0, 0xDEADBEEFL);
        return c;
    }
}
