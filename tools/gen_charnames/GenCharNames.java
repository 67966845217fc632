/*
 * Build-time generator for java.lang.CharacterNames (Ember class library), run by the Makefile with the JDK's
 * `java`: GenCharNames <unicode-data dir> <output .java>.
 *
 * Input: Unicode's own data files from Debian's `unicode-data` package (UnicodeData.txt, DerivedAge.txt,
 * Blocks.txt, NameAliases.txt). That package may be newer than Unicode 13.0 (the version of JDK 17, which
 * Ember's Character follows), so only code points that UnicodeData.txt lists (singly or as a First/Last
 * range) AND whose DerivedAge is <= 13.0 are treated as defined.
 *
 * Rules (established by dumping HotSpot 17's Character.getName for all 0x110000 code points):
 *  - a listed name that does not start with '<' is the name (this includes the "CJK COMPATIBILITY
 *    IDEOGRAPH-F900" style names that UnicodeData lists one by one);
 *  - a <control> character takes its Unicode 1.0 name (field 10); if that collides with another character's
 *    name (U+0007 "BELL" vs U+1F514 BELL), the abbreviation alias from NameAliases.txt ("BEL"); if field 10 is
 *    empty, a "figment" alias from NameAliases.txt (U+0080, U+0081, U+0099);
 *  - every other defined code point (range entries such as CJK ideographs, Hangul syllables, Tangut, private
 *    use, surrogates, and U+0084) gets the block name, upper case, with '-' and '_' replaced by spaces,
 *    then a space and the code point in upper-case hex ("CJK UNIFIED IDEOGRAPHS 4E00");
 *  - undefined code points have no name (null).
 *
 * Output format (all decoded lazily by CharacterNames at the first getName call):
 *  - WORDS: the word dictionary (words ordered by decreasing frequency), joined by ' ', in string chunks;
 *  - CPS: runs of named code points as pairs (gap from the end of the previous run, run length), varints;
 *  - NAMES: per named code point in order: char(keep+1) where keep = tokens shared with the previous name,
 *    then the new tokens (char 2 = "upper-case hex of the code point, appended without a space",
 *    char(w+3) = word w), then char 1;
 *  - fallback ranges (start, end, block-name index) for the block-name rule.
 * Each string constant stays below 60000 bytes of modified UTF-8 (the class-file limit is 65535).
 */
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class GenCharNames {
    static final int N = 0x110000;
    static final int CHUNK = 60000;

    interface RangeSink { void put(int a, int b, String v); }

    static void ranges(Path p, RangeSink sink) throws IOException {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            int h = line.indexOf('#');
            if (h >= 0) line = line.substring(0, h);
            line = line.trim();
            if (line.isEmpty()) continue;
            String[] f = line.split(";");
            String r = f[0].trim();
            int dd = r.indexOf("..");
            int a = Integer.parseInt(dd < 0 ? r : r.substring(0, dd), 16);
            int b = dd < 0 ? a : Integer.parseInt(r.substring(dd + 2), 16);
            sink.put(a, b, f[1].trim());
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args[0]);
        boolean[] old = new boolean[N];
        ranges(dir.resolve("DerivedAge.txt"), (a, b, v) -> {
            String[] mv = v.split("\\.");
            int maj = Integer.parseInt(mv[0]), min = Integer.parseInt(mv[1]);
            if (maj < 13 || (maj == 13 && min == 0)) for (int c = a; c <= b; c++) old[c] = true;
        });
        String[] blockOf = new String[N];
        ranges(dir.resolve("Blocks.txt"), (a, b, v) -> {
            String j = v.toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
            for (int c = a; c <= b; c++) blockOf[c] = j;
        });
        Map<Integer, Map<String, String>> aliases = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("NameAliases.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split(";");
            aliases.computeIfAbsent(Integer.parseInt(f[0], 16), k -> new HashMap<>()).putIfAbsent(f[2].trim(), f[1]);
        }
        String[] listed = new String[N];   // field 1 (name or <...>)
        String[] uni1 = new String[N];
        Set<String> allNames = new HashSet<>();
        int rangeStart = -1;
        for (String line : Files.readAllLines(dir.resolve("UnicodeData.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] f = line.split(";", -1);
            int c = Integer.parseInt(f[0], 16);
            String n = f[1];
            if (n.startsWith("<") && n.endsWith(", First>")) { rangeStart = c; continue; }
            if (n.startsWith("<") && n.endsWith(", Last>")) {
                for (int x = rangeStart; x <= c; x++) listed[x] = "<range>";
                continue;
            }
            listed[c] = n;
            uni1[c] = f[10];
            if (!n.startsWith("<")) allNames.add(n);
        }

        String[] name = new String[N];      // explicit names; null with fallback[c] = block name
        String[] fallback = new String[N];
        int defined = 0;
        for (int c = 0; c < N; c++) {
            if (listed[c] == null || !old[c]) continue;
            defined++;
            String n = listed[c];
            if (!n.startsWith("<")) { name[c] = n; continue; }
            if (n.equals("<control>")) {
                Map<String, String> al = aliases.getOrDefault(c, Map.of());
                String u = uni1[c];
                if (!u.isEmpty() && allNames.contains(u)) u = al.get("abbreviation");
                if (u == null || u.isEmpty()) u = al.get("figment");
                if (u != null && !u.isEmpty()) { name[c] = u; continue; }
            }
            if (blockOf[c] == null) throw new IllegalStateException("no block for " + Integer.toHexString(c));
            fallback[c] = blockOf[c];
        }

        // Tokenize.
        String hexMark = "\u0000HEX";
        List<int[]> unused = null;
        Map<String, Integer> freq = new HashMap<>();
        List<Integer> namedCps = new ArrayList<>();
        List<String[]> toks = new ArrayList<>();
        for (int c = 0; c < N; c++) {
            if (name[c] == null) continue;
            String n = name[c];
            String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
            boolean hx = hex.length() >= 4 && n.endsWith("-" + hex) && n.length() > hex.length() + 1;
            if (hx) n = n.substring(0, n.length() - hex.length());
            String[] w = n.split(" ", -1);
            for (String s : w) if (s.isEmpty()) throw new IllegalStateException("empty word in " + name[c]);
            if (hx) { w = Arrays.copyOf(w, w.length + 1); w[w.length - 1] = hexMark; }
            for (String s : w) if (s != hexMark) freq.merge(s, 1, Integer::sum);
            namedCps.add(c);
            toks.add(w);
        }
        List<String> words = new ArrayList<>(freq.keySet());
        words.sort((x, y) -> { int d = freq.get(y) - freq.get(x); return d != 0 ? d : x.compareTo(y); });
        Map<String, Integer> wid = new HashMap<>();
        for (int i = 0; i < words.size(); i++) wid.put(words.get(i), i);

        StringBuilder cps = new StringBuilder();
        int prevEnd = 0;
        for (int i = 0; i < namedCps.size(); ) {
            int s = namedCps.get(i), j = i + 1;
            while (j < namedCps.size() && namedCps.get(j) == namedCps.get(j - 1) + 1) j++;
            varint(cps, s - prevEnd);
            varint(cps, j - i);
            prevEnd = s + (j - i);
            i = j;
        }
        StringBuilder names = new StringBuilder();
        String[] prev = new String[0];
        for (String[] w : toks) {
            int keep = 0;
            while (keep < w.length && keep < prev.length && w[keep].equals(prev[keep]) && keep < 0xFFFE) keep++;
            if (keep == w.length) keep--;  // at least one new token (names are unique, so only by precaution)
            names.append((char) (keep + 1));
            for (int k = keep; k < w.length; k++) {
                int v = w[k] == hexMark ? 2 : wid.get(w[k]) + 3;
                if (v > 0xFFFF) throw new IllegalStateException("too many words");
                names.append((char) v);
            }
            names.append((char) 1);
            prev = w;
        }
        // Fallback ranges.
        List<String> blockNames = new ArrayList<>();
        StringBuilder fb = new StringBuilder();
        for (int c = 0; c < N; ) {
            if (fallback[c] == null) { c++; continue; }
            int e = c;
            while (e + 1 < N && fallback[e + 1] != null && fallback[e + 1].equals(fallback[c])) e++;
            int bi = blockNames.indexOf(fallback[c]);
            if (bi < 0) { bi = blockNames.size(); blockNames.add(fallback[c]); }
            fb.append(String.format("        0x%X, 0x%X, %d,%n", c, e, bi));
            c = e + 1;
        }

        StringBuilder out = new StringBuilder();
        out.append("/*\n * GENERATED by tools/gen_charnames/GenCharNames.java from Unicode's UnicodeData.txt, DerivedAge.txt,\n")
           .append(" * Blocks.txt and NameAliases.txt (restricted to Unicode 13.0). Do not edit.\n")
           .append(" * ").append(defined).append(" defined code points, ").append(namedCps.size()).append(" explicit names, ")
           .append(words.size()).append(" words.\n */\n");
        out.append("package java.lang;\n\nfinal class CharacterNames {\n    private CharacterNames() {}\n\n");
        out.append("    static final int NAMED = ").append(namedCps.size()).append(";\n");
        out.append("    static final int WORDS = ").append(words.size()).append(";\n");
        out.append("    static final int NAME_CHARS = ").append(names.length()).append(";\n\n");
        out.append("    /** start, end, index into BLOCK_NAMES: code points named \"<BLOCK NAME> <HEX>\". */\n");
        out.append("    static final int[] FALLBACK = {\n").append(fb).append("    };\n\n");
        out.append("    static final String[] BLOCK_NAMES = {\n");
        for (String b : blockNames) out.append("        \"").append(b).append("\",\n");
        out.append("    };\n\n");
        out.append("    static String[] words() {\n        return new String[] {\n");
        emitChunks(out, String.join(" ", words), ' ');
        out.append("        };\n    }\n\n");
        out.append("    static String[] cps() {\n        return new String[] {\n");
        emitChunks(out, cps.toString(), (char) -1);
        out.append("        };\n    }\n\n");
        out.append("    static String[] names() {\n        return new String[] {\n");
        emitChunks(out, names.toString(), (char) -1);
        out.append("        };\n    }\n");
        out.append(DECODER);
        out.append("}\n");
        Path o = Paths.get(args[1]);
        if (o.getParent() != null) Files.createDirectories(o.getParent());
        Files.write(o, out.toString().getBytes(StandardCharsets.UTF_8));
        System.out.println("GenCharNames: " + defined + " defined, " + namedCps.size() + " names, " + words.size()
            + " words, " + blockNames.size() + " fallback blocks");
    }


    /** Lookup code copied verbatim into the generated class. */
    static final String DECODER = String.join("\n",
        "",
        "    /** The name of a valid code point as HotSpot 17 reports it, or null if it is not defined. */",
        "    static String name(int cp) {",
        "        int[] fb = FALLBACK;",
        "        for (int i = 0; i < fb.length; i += 3) {",
        "            if (cp >= fb[i] && cp <= fb[i + 1]) {",
        "                StringBuilder sb = new StringBuilder(BLOCK_NAMES[fb[i + 2]]);",
        "                sb.append(' ');",
        "                appendHex(sb, cp);",
        "                return sb.toString();",
        "            }",
        "        }",
        "        int[] cps = Data.CPS;",
        "        int lo = 0, hi = cps.length - 1;",
        "        while (lo <= hi) {",
        "            int mid = (lo + hi) >>> 1;",
        "            int v = cps[mid];",
        "            if (v < cp) lo = mid + 1;",
        "            else if (v > cp) hi = mid - 1;",
        "            else return build(mid, cp);",
        "        }",
        "        return null;",
        "    }",
        "",
        "    private static String build(int i, int cp) {",
        "        char[] tok = Data.TOK;",
        "        String[] dict = Data.DICT;",
        "        StringBuilder sb = new StringBuilder(48);",
        "        for (int k = Data.START[i], e = Data.START[i + 1]; k < e; k++) {",
        "            int v = tok[k];",
        "            if (v == 2) { appendHex(sb, cp); continue; }",
        "            if (sb.length() > 0) sb.append(' ');",
        "            sb.append(dict[v - 3]);",
        "        }",
        "        return sb.toString();",
        "    }",
        "",
        "    private static void appendHex(StringBuilder sb, int cp) {",
        "        int digits = 1;",
        "        while (digits < 8 && (cp >>> (4 * digits)) != 0) digits++;",
        "        for (int d = digits - 1; d >= 0; d--) sb.append(\"0123456789ABCDEF\".charAt((cp >>> (4 * d)) & 15));",
        "    }",
        "",
        "    /** Decoded on first use (class initialization is the lazy, thread-safe step). */",
        "    private static final class Data {",
        "        static final String[] DICT = new String[WORDS];",
        "        static final int[] CPS = new int[NAMED];",
        "        static final int[] START = new int[NAMED + 1];",
        "        static final char[] TOK;",
        "        static {",
        "            int n = 0;",
        "            for (String chunk : words()) {",
        "                int s = 0, len = chunk.length();",
        "                for (int j = 0; j <= len; j++) {",
        "                    if (j == len || chunk.charAt(j) == ' ') {",
        "                        if (j > s) DICT[n++] = chunk.substring(s, j);",
        "                        s = j + 1;",
        "                    }",
        "                }",
        "            }",
        "            StringBuilder all = new StringBuilder();",
        "            for (String chunk : cps()) all.append(chunk);",
        "            int pos = 0, cp = 0, idx = 0;",
        "            while (pos < all.length()) {",
        "                int gap = all.charAt(pos++) - 1;",
        "                if (gap >= 0x7000) gap = ((gap - 0x7000) << 16) | all.charAt(pos++);",
        "                int run = all.charAt(pos++) - 1;",
        "                if (run >= 0x7000) run = ((run - 0x7000) << 16) | all.charAt(pos++);",
        "                cp += gap;",
        "                for (int r = 0; r < run; r++) CPS[idx++] = cp++;",
        "            }",
        "            all.setLength(0);",
        "            for (String chunk : names()) all.append(chunk);",
        "            char[] tok = new char[NAME_CHARS * 3];",
        "            int t = 0, prevStart = 0;",
        "            pos = 0;",
        "            for (int i = 0; i < NAMED; i++) {",
        "                int keep = all.charAt(pos++) - 1;",
        "                int st = t;",
        "                if (t + keep + all.length() - pos > tok.length) tok = java.util.Arrays.copyOf(tok, tok.length * 2 + keep);",
        "                for (int k = 0; k < keep; k++) tok[t++] = tok[prevStart + k];",
        "                char c;",
        "                while ((c = all.charAt(pos++)) != 1) tok[t++] = c;",
        "                START[i] = st;",
        "                prevStart = st;",
        "            }",
        "            START[NAMED] = t;",
        "            TOK = java.util.Arrays.copyOf(tok, t);",
        "        }",
        "    }",
        "");

    static void varint(StringBuilder sb, int v) {
        if (v < 0) throw new IllegalStateException();
        if (v < 0x7000) sb.append((char) (v + 1));
        else { sb.append((char) (0x7001 + (v >>> 16))); sb.append((char) (v & 0xFFFF)); }
    }

    static int utfLen(char ch) { return ch >= 1 && ch <= 0x7F ? 1 : ch <= 0x7FF ? 2 : 3; }

    /** Splits s into string literals of < CHUNK modified-UTF-8 bytes; with sep != -1, only just after sep. */
    static void emitChunks(StringBuilder out, String s, char sep) {
        int i = 0;
        while (i < s.length()) {
            int len = 0, j = i, lastCut = -1;
            while (j < s.length() && len + utfLen(s.charAt(j)) < CHUNK) {
                len += utfLen(s.charAt(j));
                j++;
                if (sep != (char) -1 && s.charAt(j - 1) == sep) lastCut = j;
            }
            if (j < s.length() && sep != (char) -1) {
                if (lastCut < 0) throw new IllegalStateException("word too long");
                j = lastCut;
            }
            out.append("            \"");
            for (int k = i; k < j; k++) {
                char ch = s.charAt(k);
                if (ch == '"' || ch == '\\') out.append('\\').append(ch);
                else if (ch >= 0x20 && ch < 0x7F) out.append(ch);
                else if (ch < 0x100) out.append(String.format("\\%03o", (int) ch));
                else out.append(String.format("\\u%04x", (int) ch));
            }
            out.append("\",\n");
            i = j;
        }
    }
}
