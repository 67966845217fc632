// Differential test: fmtshadow.util.regex (shadow copy of Ember's java.util.regex) against
// HotSpot's java.util.regex.  Usage: java RegexDiff [iterations] [seed]
import java.util.*;

public class RegexDiff {
    static int fails = 0, total = 0, shown = 0;
    static HashSet<String> seen = new HashSet<>();

    static String ex(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    static String real(String re, int flags, String in) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Pattern p;
        try { p = java.util.regex.Pattern.compile(re, flags); } catch (Exception e) { return "COMPILE " + ex(e); }
        try {
            java.util.regex.Matcher m = p.matcher(in);
            sb.append("gc=").append(m.groupCount()).append(" matches=").append(m.matches());
            if (m.matches()) for (int g = 0; g <= m.groupCount(); g++) sb.append(" g").append(g).append('=').append(m.group(g)).append('@').append(m.start(g));
            sb.append(" lookingAt=").append(m.lookingAt());
            if (m.lookingAt()) sb.append(" end=").append(m.end());
            m.reset();
            int n = 0;
            while (m.find() && n++ < 50) {
                sb.append(" [").append(m.start()).append(',').append(m.end());
                for (int g = 1; g <= m.groupCount(); g++) sb.append(' ').append(m.group(g)).append('@').append(m.start(g)).append('-').append(m.end(g));
                sb.append(']');
            }
            sb.append(" split0=").append(Arrays.toString(p.split(in)));
            sb.append(" split-1=").append(Arrays.toString(p.split(in, -1)));
            sb.append(" split2=").append(Arrays.toString(p.split(in, 2)));
            sb.append(" rep=").append(p.matcher(in).replaceAll("<$0>"));
            if (m.groupCount() >= 1) sb.append(" rep1=").append(p.matcher(in).replaceFirst("{$1\\$}"));
        } catch (Throwable e) { sb.append(" EXC ").append(ex(e)); }
        return sb.toString();
    }

    static String mine(String re, int flags, String in) {
        StringBuilder sb = new StringBuilder();
        fmtshadow.util.regex.Pattern p;
        try { p = fmtshadow.util.regex.Pattern.compile(re, flags); } catch (Exception e) { return "COMPILE " + ex(e); }
        try {
            fmtshadow.util.regex.Matcher m = p.matcher(in);
            sb.append("gc=").append(m.groupCount()).append(" matches=").append(m.matches());
            if (m.matches()) for (int g = 0; g <= m.groupCount(); g++) sb.append(" g").append(g).append('=').append(m.group(g)).append('@').append(m.start(g));
            sb.append(" lookingAt=").append(m.lookingAt());
            if (m.lookingAt()) sb.append(" end=").append(m.end());
            m.reset();
            int n = 0;
            while (m.find() && n++ < 50) {
                sb.append(" [").append(m.start()).append(',').append(m.end());
                for (int g = 1; g <= m.groupCount(); g++) sb.append(' ').append(m.group(g)).append('@').append(m.start(g)).append('-').append(m.end(g));
                sb.append(']');
            }
            sb.append(" split0=").append(Arrays.toString(p.split(in)));
            sb.append(" split-1=").append(Arrays.toString(p.split(in, -1)));
            sb.append(" split2=").append(Arrays.toString(p.split(in, 2)));
            sb.append(" rep=").append(p.matcher(in).replaceAll("<$0>"));
            if (m.groupCount() >= 1) sb.append(" rep1=").append(p.matcher(in).replaceFirst("{$1\\$}"));
        } catch (Throwable e) { sb.append(" EXC ").append(ex(e)); }
        return sb.toString();
    }

    static void cmp(String re, int flags, String in) {
        total++;
        String r = real(re, flags, in), m = mine(re, flags, in);
        if (!r.equals(m)) {
            fails++;
            if (seen.add(re) && ++shown <= 60) System.out.println("MISMATCH re=" + esc(re) + " flags=" + flags + " in=" + esc(in) + "\n  jdk : " + esc(r) + "\n  mine: " + esc(m));
        }
    }

    static String esc(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }

    // replacement-string handling and API details
    static void cmpRepl(String re, String in, String repl) {
        total++;
        String r, m;
        try { r = java.util.regex.Pattern.compile(re).matcher(in).replaceAll(repl); } catch (Exception e) { r = ex(e); }
        try { m = fmtshadow.util.regex.Pattern.compile(re).matcher(in).replaceAll(repl); } catch (Exception e) { m = ex(e); }
        if (!r.equals(m)) {
            fails++;
            if (fails <= 40) System.out.println("MISMATCH repl re=" + re + " in=" + in + " repl=" + repl + "\n  jdk : " + r + "\n  mine: " + m);
        }
    }

    static void same(String what, Object a, Object b) {
        total++;
        if (!String.valueOf(a).equals(String.valueOf(b))) {
            fails++;
            if (fails <= 40) System.out.println("MISMATCH " + what + "\n  jdk : " + a + "\n  mine: " + b);
        }
    }

    static Random r;
    static final String[] ATOMS = {"a", "b", "c", ".", "[ab]", "[^a]", "\\w", "\\d", "\\s", "[a-c&&[^b]]", "x", "\\b", "^", "$", "\\1", "(?i:A)", "\\W"};
    static String genRe(int depth) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(10);
            if (depth > 0 && k < 3) {
                String[] open = {"(", "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?<nm" + depth + ">", "(", "(?:"};
                String o = open[r.nextInt(open.length)];
                if (o.startsWith("(?<=") || o.startsWith("(?<!")) {
                    // look-behind: keep to what has an obvious maximum length
                    sb.append(o).append(genSimple());
                    if (r.nextInt(3) == 0) sb.append('|').append(genSimple());
                } else {
                    sb.append(o).append(genRe(depth - 1));
                    if (r.nextInt(3) == 0) sb.append('|').append(genRe(depth - 1));
                }
                sb.append(')');
            } else {
                sb.append(ATOMS[r.nextInt(ATOMS.length)]);
            }
            int q = r.nextInt(8);
            String[] qs = {"*", "+", "?", "{2}", "{1,3}", "{0,}", "*?", "+?", "??", "*+", "++", "{1,2}?"};
            if (q < 3) sb.append(qs[r.nextInt(qs.length)]);
        }
        if (r.nextInt(6) == 0) sb.append('|').append(genRe(depth > 0 ? depth - 1 : 0));
        return sb.toString();
    }
    static String genSimple() {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String a = ATOMS[r.nextInt(ATOMS.length)];
            if (a.equals("\\1")) a = "c";
            sb.append(a);
            if (r.nextInt(3) == 0) sb.append(new String[] {"?", "{2}", "{1,3}", "*", "+", "??"}[r.nextInt(6)]);
        }
        return sb.toString();
    }
    static String genIn() {
        int n = r.nextInt(9);
        StringBuilder sb = new StringBuilder();
        String al = "aabbcx1 A\n_";
        for (int i = 0; i < n; i++) sb.append(al.charAt(r.nextInt(al.length())));
        return sb.toString();
    }

    public static void main(String[] args) {
        int iters = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        r = new Random(args.length > 1 ? Long.parseLong(args[1]) : 42);
        String[] pats = {
            "a", "abc", "a*", "a+", "a?", "a{2}", "a{2,}", "a{1,3}", "a*?", "a+?", "a*+", "a++", ".*", ".+", ".*?x", "(a|ab)(c|bcd)(d*)",
            "(a)|b", "(a*)+", "(a*)*b", "(a?)*", "(?:(a)|b)+", "(a(?i)b)c", "[^a[b]]", "[a-c&&b-d]", "[abc&&[^b]]x", "\\bfoo\\b", "\\Bo",
            "(?<=\\d{2})x", "(?<!a)b", "(?<=a|bc)d", "(?=a)a", "(?!a).", "^", "$", "(?m)^", "(?m)$", "(?m)^\\w+$", "\\Z", "\\z", "\\A\\w", "(?s).", ".",
            "(\\w+)@(\\w+)\\.com", "(?<user>\\w+)@(?<host>\\w+)", "(a)\\1", "(\\w)\\1+", "(?i)(a)\\1", "(?<x>b)\\k<x>", "[\\d.]+", "[-a]", "[a-]", "[]a]",
            "\\Q.*\\E", "\\Qa.b", "x\\Q*\\E*", "\\t\\n", "\\x41", "\\u0041", "\\0101", "\\x{1F600}", "\\cA", "[\\x00-\\x1f]", "\\p{Alpha}+", "\\p{Punct}",
            "\\P{Digit}+", "\\p{L}+", "\\p{Lu}", "\\p{IsAlphabetic}+", "\\p{javaLowerCase}", "\\h+", "\\v", "\\R", "\\s+", "\\S+", "\\W+", "\\D",
            ",", ":", "\\|", "\\.", "\\s*,\\s*", "", "(?i)abc", "(?i)[a-c]+", "(?i)[^a]", "(?x) a b # comment\n c", "(?x)[ a b ]", "a|b|", "|a", "(|a)+",
            "((a)|(b))*", "(a|b)*c", "(a+)+b", "(?>a+)a", "(?>a|ab)c", "a{0}", "(ab){0,2}", "(ab)+?", "((ab)+?)c", "(?:a|b)*?b", "[a-z&&[^aeiou]]+",
            "\\G\\w", "\\w+\\G", "(?=(\\w+))\\w", "(?<=(a))b", "(a)?b\\1", "(?-i:a)", "(?i)a(?-i)a", "(?s:.)\\n", "(?m)(^a|b$)", "é", "(?iu)é", "[😀-😂]", "😀+", ".",
            "(?U)\\w+", "(?U)\\d", "\\$\\{", "\\\\", "[\\[\\]]", "[\\Q]\\E]", "a\\z", "a$", "$a", "^*", "\\b*", "(?:)", "()", "(()|a)+", "(a|)+b"
        };
        String[] ins = {"", "a", "ab", "aaa", "abcd", "aab", "baaa", "foo bar foo", "foofoo", "12x3x", "a\nb\n", "a\r\nb\r\n", "ab\n", "abc ABC aBc",
            "joe@example.com, ann@test.com", "a,b,,c,,", ",a,b", "  x , y ,z ", "aaaab", "abababc", "x.y.z", ".*", "a.b", "\t\n", "A", "AaAa", "😀😁x",
            "é É", "Hello, World! 123", "a||b", "x:y::z:", "\r\n", "\u2028x\u0085", "aAbB_1 2", "bab", "abab", "ab\u0000\u001f"};
        int[] flagsets = {0, java.util.regex.Pattern.CASE_INSENSITIVE, java.util.regex.Pattern.MULTILINE, java.util.regex.Pattern.DOTALL,
            java.util.regex.Pattern.COMMENTS, java.util.regex.Pattern.LITERAL, java.util.regex.Pattern.UNIX_LINES};
        for (String p : pats) for (String in : ins) cmp(p, 0, in);
        for (String p : pats) for (int f : flagsets) for (int k = 0; k < 4; k++) cmp(p, f, ins[r.nextInt(ins.length)]);
        String[] bad = {"(", "[a", "*", "a**", ")", "a)", "\\", "\\y", "[z-a]", "a{", "a{2,1}", "{1}", "a|*", "(?<1a>x)", "(?<a>x)(?<a>y)", "\\k<b>",
            "(?q)", "\\xZZ", "\\u12", "\\p{Foo}", "[]", "[^]", "(?<a", "\\2(a)", "a{1", "a{,2}", "[a-\\d]", "(?", "a{99999999999}", "\\c", "\\0", "\\09",
            "\\x{110000}", "[a&&]", "\\k", "\\ka", "\\k<a", "(?<>a)", "\\p", "\\pX", "\\p{L", "a{1,2", "x+++", "x??+", "(?<=a*)b", "(?<!a+)b", "((a)", "(a))",
            "[a-", "[a-]", "[\\", "\\x{", "\\x{}", "\\x{12", "\\u00G1", "(?i", "(?i-", "(?i-)", "(?--i)", "(?<", "(?<=", "(?<=a", "a{1}{2}", "a{1}*", "?", "+a",
            "[&&a]", "[a[b]", "[[a]]", "[^[^a]]", "\\Qabc", "\\E", "a\\E", "(?x)a  b", "(?x)[a b]", "[\\b]", "\\8", "(a)\\2"};
        for (String b : bad) for (String in : new String[] {"", "ab", "aab b"}) cmp(b, 0, in);
        // replacement strings
        String[] repls = {"$1", "$2", "$0$0", "\\$", "\\\\", "$", "\\", "${user}", "${nope}", "${1a}", "${}", "${user", "$a", "$12", "$9", "x$1y", "\\x"};
        for (String rp : repls) { cmpRepl("(?<user>\\w+)@(\\w+)", "joe@ex ann@b", rp); cmpRepl("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)", "abcdefghijklm", rp); }
        // API details
        same("quote", java.util.regex.Pattern.quote("a\\Eb\\E"), fmtshadow.util.regex.Pattern.quote("a\\Eb\\E"));
        same("quote2", java.util.regex.Pattern.quote("a.b"), fmtshadow.util.regex.Pattern.quote("a.b"));
        same("quoteRepl", java.util.regex.Matcher.quoteReplacement("a$b\\c"), fmtshadow.util.regex.Matcher.quoteReplacement("a$b\\c"));
        {
            java.util.regex.Matcher a = java.util.regex.Pattern.compile("(?<w>o+)").matcher("foo boo");
            fmtshadow.util.regex.Matcher b = fmtshadow.util.regex.Pattern.compile("(?<w>o+)").matcher("foo boo");
            same("toString0", a, b);
            a.find(); b.find();
            same("toString1", a, b);
            same("named", a.group("w") + a.start("w") + a.end("w"), b.group("w") + b.start("w") + b.end("w"));
            String ea, eb;
            try { a.group("zz"); ea = "none"; } catch (Exception e) { ea = ex(e); }
            try { b.group("zz"); eb = "none"; } catch (Exception e) { eb = ex(e); }
            same("badname", ea, eb);
            try { a.group(5); ea = "none"; } catch (Exception e) { ea = ex(e); }
            try { b.group(5); eb = "none"; } catch (Exception e) { eb = ex(e); }
            same("badgroup", ea, eb);
            a.find(4); b.find(4);
            same("find4", a.start() + "," + a.end(), b.start() + "," + b.end());
            try { a.find(99); ea = "none"; } catch (Exception e) { ea = ex(e); }
            try { b.find(99); eb = "none"; } catch (Exception e) { eb = ex(e); }
            same("find99", ea, eb);
            a.reset(); b.reset();
            try { a.group(); ea = "none"; } catch (Exception e) { ea = ex(e); }
            try { b.group(); eb = "none"; } catch (Exception e) { eb = ex(e); }
            same("nomatch", ea, eb);
            StringBuilder sa = new StringBuilder(), sbb = new StringBuilder();
            while (a.find()) a.appendReplacement(sa, "[$1]");
            a.appendTail(sa);
            while (b.find()) b.appendReplacement(sbb, "[$1]");
            b.appendTail(sbb);
            same("append", sa, sbb);
            try { a.appendReplacement(sa, "x"); ea = "none"; } catch (Exception e) { ea = ex(e); }
            try { b.appendReplacement(sbb, "x"); eb = "none"; } catch (Exception e) { eb = ex(e); }
            same("appendNoMatch", ea, eb);
        }
        // random patterns
        for (int i = 0; i < iters; i++) {
            String re = genRe(2);
            int f = r.nextInt(4) == 0 ? flagsets[r.nextInt(flagsets.length)] : 0;
            for (int k = 0; k < 3; k++) cmp(re, f, genIn());
        }
        // long inputs must not overflow the stack
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 200000; i++) big.append((char) ('a' + i % 3));
        String bs = big.toString();
        for (String p : new String[] {".*", "[abc]*c", ".*?$", "\\w+", "(?s).*b", "a.*"}) {
            total++;
            try {
                String x = java.util.regex.Pattern.compile(p).matcher(bs).replaceAll("-");
                String y = fmtshadow.util.regex.Pattern.compile(p).matcher(bs).replaceAll("-");
                if (!x.equals(y)) { fails++; System.out.println("MISMATCH long " + p); }
            } catch (Throwable e) { fails++; System.out.println("MISMATCH long " + p + " " + e); }
        }
        System.out.println("RegexDiff: " + total + " cases, " + fails + " mismatches");
        if (fails != 0) System.exit(1);
    }
}
