/*
 * Ember class library: java.util.regex.Pattern (original implementation).
 *
 * The pattern is parsed into a small syntax tree (Ast) and then compiled into a chain of
 * matcher nodes (Node) that match by backtracking in continuation-passing style: each node
 * matches itself at position i and then asks its 'next' node to match the rest.  Repetition
 * of a single-character atom (like .* or [a-z]+) is matched by an iterative loop so that long
 * inputs do not need deep Java recursion.
 *
 * Supported: literals and escapes (\t \n \r \f \a \e \cX \0nnn \xhh \x{h..h} \\uhhhh \Q..\E),
 * character classes with ranges, negation, union and intersection, \d \D \s \S \w \W \h \H \v \V,
 * POSIX/Unicode \p{..} properties (common subset), '.', anchors ^ $ \A \z \Z \b \B \G,
 * capturing / non-capturing / named / atomic groups, look-ahead and look-behind, alternation,
 * greedy / lazy / possessive quantifiers, back references \n and \k<name>, inline flags
 * (?idmsux-idmsux) and (?flags:X), flags CASE_INSENSITIVE, MULTILINE, DOTALL, COMMENTS,
 * UNIX_LINES, LITERAL, UNICODE_CASE.
 */
package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;

public final class Pattern {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    private static final int ALL_FLAGS = UNIX_LINES | CASE_INSENSITIVE | COMMENTS | MULTILINE | LITERAL
            | DOTALL | UNICODE_CASE | CANON_EQ | UNICODE_CHARACTER_CLASS;

    private final String pattern;
    private final int flags0;

    // compiled form
    Node root;               // matches starting at a given position
    int capturingGroupCount; // including group 0
    int localCount;
    HashMap<String, Integer> namedGroups;

    // parser state
    private transient int flags;
    private transient int pos;
    private transient int groupsSoFar;

    private Pattern(String p, int f) {
        if ((f & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(f));
        }
        this.pattern = p;
        this.flags0 = f;
        this.flags = f;
        if ((f & UNICODE_CHARACTER_CLASS) != 0) this.flags |= UNICODE_CASE;
        this.namedGroups = new HashMap<>();
        compile();
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags0;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    public String[] split(CharSequence input, int limit) {
        int index = 0;
        boolean matchLimited = limit > 0;
        ArrayList<String> list = new ArrayList<>();
        Matcher m = matcher(input);
        while (m.find()) {
            if (!matchLimited || list.size() < limit - 1) {
                if (index == 0 && index == m.start() && m.start() == m.end()) {
                    // no empty leading substring for a zero-width match at the beginning
                    continue;
                }
                list.add(input.subSequence(index, m.start()).toString());
                index = m.end();
            } else if (list.size() == limit - 1) {
                list.add(input.subSequence(index, input.length()).toString());
                index = m.end();
                break;
            }
        }
        if (index == 0) {
            return new String[] {input.toString()};
        }
        if (!matchLimited || list.size() < limit) {
            list.add(input.subSequence(index, input.length()).toString());
        }
        int size = list.size();
        if (limit == 0) {
            while (size > 0 && list.get(size - 1).isEmpty()) size--;
        }
        String[] result = new String[size];
        for (int i = 0; i < size; i++) result[i] = list.get(i);
        return result;
    }

    public static String quote(String s) {
        int e = s.indexOf("\\E");
        if (e == -1) return "\\Q" + s + "\\E";
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int cur = 0;
        while ((e = s.indexOf("\\E", cur)) != -1) {
            sb.append(s, cur, e);
            cur = e + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s, cur, s.length());
        sb.append("\\E");
        return sb.toString();
    }

    // =====================================================================================
    // Code point helpers (kept local so the regex engine depends on few other classes).

    static boolean isHigh(char c) {
        return c >= '\uD800' && c <= '\uDBFF';
    }

    static boolean isLow(char c) {
        return c >= '\uDC00' && c <= '\uDFFF';
    }

    /** Code point at i (i < limit); a surrogate pair is combined only if its second half is below limit. */
    static int cpAt(CharSequence s, int i, int limit) {
        char c = s.charAt(i);
        if (isHigh(c) && i + 1 < limit) {
            char d = s.charAt(i + 1);
            if (isLow(d)) return ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
        }
        return c;
    }

    static int cpLen(int cp) {
        return cp >= 0x10000 ? 2 : 1;
    }

    static String cpString(int cp) {
        if (cp < 0x10000) return String.valueOf((char) cp);
        int v = cp - 0x10000;
        char[] cs = {(char) (0xD800 + (v >> 10)), (char) (0xDC00 + (v & 0x3FF))};
        return new String(cs);
    }

    static int asciiLower(int c) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }

    static int asciiUpper(int c) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }

    /** Case-insensitive code point equality (ASCII only unless unicode). */
    static boolean eqCI(int a, int b, boolean unicode) {
        if (a == b) return true;
        if (unicode) {
            int ua = Character.toUpperCase(a), ub = Character.toUpperCase(b);
            if (ua == ub) return true;
            return Character.toLowerCase(ua) == Character.toLowerCase(ub);
        }
        if (a < 128 && b < 128) return asciiLower(a) == asciiLower(b);
        return false;
    }

    // =====================================================================================
    // Character predicates

    abstract static class CharPred {
        abstract boolean is(int c);
    }

    static final class Single extends CharPred {
        final int c;
        Single(int c) { this.c = c; }
        boolean is(int x) { return x == c; }
    }

    static final class SingleCI extends CharPred {
        final int c;
        final boolean unicode;
        SingleCI(int c, boolean unicode) { this.c = c; this.unicode = unicode; }
        boolean is(int x) { return eqCI(x, c, unicode); }
    }

    static final class Range extends CharPred {
        final int lo, hi;
        final boolean ci, unicode;
        Range(int lo, int hi, boolean ci, boolean unicode) { this.lo = lo; this.hi = hi; this.ci = ci; this.unicode = unicode; }
        boolean is(int x) {
            if (x >= lo && x <= hi) return true;
            if (!ci) return false;
            if (unicode) {
                int u = Character.toUpperCase(x);
                if (u >= lo && u <= hi) return true;
                int l = Character.toLowerCase(x);
                if (l >= lo && l <= hi) return true;
                l = Character.toLowerCase(u);
                return l >= lo && l <= hi;
            }
            if (x < 128) {
                int u = asciiUpper(x);
                if (u >= lo && u <= hi) return true;
                int l = asciiLower(x);
                return l >= lo && l <= hi;
            }
            return false;
        }
    }

    static final class Union extends CharPred {
        final CharPred a, b;
        Union(CharPred a, CharPred b) { this.a = a; this.b = b; }
        boolean is(int x) { return a.is(x) || b.is(x); }
    }

    static final class Inter extends CharPred {
        final CharPred a, b;
        Inter(CharPred a, CharPred b) { this.a = a; this.b = b; }
        boolean is(int x) { return a.is(x) && b.is(x); }
    }

    static final class Not extends CharPred {
        final CharPred a;
        Not(CharPred a) { this.a = a; }
        boolean is(int x) { return !a.is(x); }
    }

    static final class Nothing extends CharPred {
        boolean is(int x) { return false; }
    }

    static final class Dot extends CharPred {
        final int mode; // 0 = normal, 1 = UNIX_LINES, 2 = DOTALL
        Dot(int mode) { this.mode = mode; }
        boolean is(int x) {
            if (mode == 2) return true;
            if (mode == 1) return x != '\n';
            return x != '\n' && x != '\r' && x != '\u0085' && x != '\u2028' && x != '\u2029';
        }
    }

    // predefined ASCII classes
    static final int C_DIGIT = 0, C_SPACE = 1, C_WORD = 2, C_LOWER = 3, C_UPPER = 4, C_ASCII = 5, C_ALPHA = 6,
            C_ALNUM = 7, C_PUNCT = 8, C_GRAPH = 9, C_PRINT = 10, C_BLANK = 11, C_CNTRL = 12, C_XDIGIT = 13,
            C_HSPACE = 14, C_VSPACE = 15, C_JLOWER = 16, C_JUPPER = 17, C_JWS = 18, C_JMIRROR = 19,
            C_JLETTER = 20, C_JDIGIT = 21, C_JLETTERORDIGIT = 22, C_JALPHA = 23, C_UDIGIT = 24, C_UWORD = 25,
            C_USPACE = 26, C_ULOWER = 27, C_UUPPER = 28, C_UALPHA = 29, C_UPUNCT = 30;

    static final class Ctype extends CharPred {
        final int kind;
        Ctype(int kind) { this.kind = kind; }
        boolean is(int x) {
            switch (kind) {
                case C_DIGIT: return x >= '0' && x <= '9';
                case C_SPACE: return x == ' ' || (x >= '\t' && x <= '\r');
                case C_WORD: return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z') || (x >= '0' && x <= '9') || x == '_';
                case C_LOWER: return x >= 'a' && x <= 'z';
                case C_UPPER: return x >= 'A' && x <= 'Z';
                case C_ASCII: return x >= 0 && x < 128;
                case C_ALPHA: return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z');
                case C_ALNUM: return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z') || (x >= '0' && x <= '9');
                case C_PUNCT: return (x >= 0x21 && x <= 0x2F) || (x >= 0x3A && x <= 0x40) || (x >= 0x5B && x <= 0x60) || (x >= 0x7B && x <= 0x7E);
                case C_GRAPH: return x >= 0x21 && x <= 0x7E;
                case C_PRINT: return x >= 0x20 && x <= 0x7E;
                case C_BLANK: return x == ' ' || x == '\t';
                case C_CNTRL: return (x >= 0 && x < 0x20) || x == 0x7F;
                case C_XDIGIT: return (x >= '0' && x <= '9') || (x >= 'a' && x <= 'f') || (x >= 'A' && x <= 'F');
                case C_HSPACE: return x == ' ' || x == '\t' || x == 0xA0 || x == 0x1680 || x == 0x180E
                        || (x >= 0x2000 && x <= 0x200A) || x == 0x202F || x == 0x205F || x == 0x3000;
                case C_VSPACE: return (x >= '\n' && x <= '\r') || x == 0x85 || x == 0x2028 || x == 0x2029;
                case C_JLOWER: return Character.isLowerCase(x);
                case C_JUPPER: return Character.isUpperCase(x);
                case C_JWS: return Character.isWhitespace(x);
                case C_JMIRROR: return Character.isMirrored(x);
                case C_JLETTER: return Character.isLetter(x);
                case C_JDIGIT: return Character.isDigit(x);
                case C_JLETTERORDIGIT: return Character.isLetterOrDigit(x);
                case C_JALPHA: return Character.isAlphabetic(x);
                case C_UDIGIT: return Character.isDigit(x);
                case C_UWORD: return Character.isAlphabetic(x) || Character.isDigit(x) || x == '_'
                        || Character.getType(x) == Character.NON_SPACING_MARK
                        || Character.getType(x) == Character.ENCLOSING_MARK
                        || Character.getType(x) == Character.COMBINING_SPACING_MARK
                        || Character.getType(x) == Character.CONNECTOR_PUNCTUATION
                        || x == 0x200C || x == 0x200D;
                case C_USPACE: return Character.isWhitespace(x) || x == 0x85 || x == 0xA0 || x == 0x2007 || x == 0x202F
                        || Character.getType(x) == Character.SPACE_SEPARATOR;
                case C_ULOWER: return Character.isLowerCase(x);
                case C_UUPPER: return Character.isUpperCase(x);
                case C_UALPHA: return Character.isAlphabetic(x);
                case C_UPUNCT: {
                    int t = Character.getType(x);
                    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                            || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                            || t == Character.OTHER_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                            || t == Character.FINAL_QUOTE_PUNCTUATION;
                }
                default: return false;
            }
        }
    }

    /** General category test: bit (1 << Character.getType(c)) in mask. */
    static final class Category extends CharPred {
        final int mask;
        Category(int mask) { this.mask = mask; }
        boolean is(int x) { return (mask & (1 << Character.getType(x))) != 0; }
    }

    // =====================================================================================
    // Syntax tree

    abstract static class Ast {
    }

    static final class CharAst extends Ast {
        final CharPred pred;
        final int literal; // the literal code point, or -1
        CharAst(CharPred p, int literal) { this.pred = p; this.literal = literal; }
    }

    static final class SeqAst extends Ast {
        final ArrayList<Ast> items = new ArrayList<>();
    }

    static final class AltAst extends Ast {
        final ArrayList<Ast> alts = new ArrayList<>();
    }

    static final class GroupAst extends Ast {
        final int index; // capturing group number, or -1
        final Ast body;
        GroupAst(int index, Ast body) { this.index = index; this.body = body; }
    }

    static final int GREEDY = 0, LAZY = 1, POSSESSIVE = 2;

    static final class RepAst extends Ast {
        final Ast body;
        final int min, max, kind;
        RepAst(Ast body, int min, int max, int kind) { this.body = body; this.min = min; this.max = max; this.kind = kind; }
    }

    static final int A_BEGIN = 0, A_CARET = 1, A_UNIXCARET = 2, A_DOLLAR = 3, A_DOLLAR_M = 4, A_UNIXDOLLAR = 5,
            A_UNIXDOLLAR_M = 6, A_END = 7, A_BOUND = 8, A_NOTBOUND = 9, A_LASTMATCH = 10, A_UBOUND = 11, A_UNOTBOUND = 12;

    static final class AnchorAst extends Ast {
        final int type;
        AnchorAst(int type) { this.type = type; }
    }

    static final class BackRefAst extends Ast {
        final int group;
        final boolean ci, unicode;
        BackRefAst(int group, boolean ci, boolean unicode) { this.group = group; this.ci = ci; this.unicode = unicode; }
    }

    static final int L_AHEAD = 0, L_NOTAHEAD = 1, L_BEHIND = 2, L_NOTBEHIND = 3;

    static final class LookAst extends Ast {
        final int kind;
        final Ast body;
        LookAst(int kind, Ast body) { this.kind = kind; this.body = body; }
    }

    static final class AtomicAst extends Ast {
        final Ast body;
        AtomicAst(Ast body) { this.body = body; }
    }

    static final class LineBreakAst extends Ast { // \R
    }

    // =====================================================================================
    // Parser

    private PatternSyntaxException error(String desc, int index) {
        return new PatternSyntaxException(desc, pattern, index);
    }

    private boolean has(int f) {
        return (flags & f) != 0;
    }

    private int len() {
        return pattern.length();
    }

    /** Skips white space and comments in COMMENTS mode. */
    private void skipWs() {
        if (!has(COMMENTS)) return;
        while (pos < len()) {
            char c = pattern.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                pos++;
            } else if (c == '#') {
                while (pos < len()) {
                    char d = pattern.charAt(pos);
                    if (d == '\n' || d == '\r' || d == '\u0085' || d == '\u2028' || d == '\u2029') break;
                    pos++;
                }
            } else {
                break;
            }
        }
    }

    /** Next pattern character after skipping comments, or -1 at the end. */
    private int peek() {
        skipWs();
        return pos < len() ? pattern.charAt(pos) : -1;
    }

    private void compile() {
        Ast ast;
        if ((flags0 & LITERAL) != 0) {
            SeqAst seq = new SeqAst();
            int i = 0;
            while (i < len()) {
                int cp = cpAt(pattern, i, len());
                seq.items.add(literalAst(cp));
                i += cpLen(cp);
            }
            ast = seq;
        } else {
            pos = 0;
            ast = parseExpr();
            if (pos < len()) {
                // only an unmatched ')' can stop the top-level expression
                throw error("Unmatched closing ')'", pos - 1);
            }
        }
        capturingGroupCount = groupsSoFar + 1;
        Node last = new LastNode();
        Node body = compileAst(ast, last);
        root = body;
        flags = flags0;
    }

    private Ast parseExpr() {
        Ast first = parseSeq();
        if (peek() != '|') return first;
        AltAst alt = new AltAst();
        alt.alts.add(first);
        while (peek() == '|') {
            pos++;
            alt.alts.add(parseSeq());
        }
        return alt;
    }

    private Ast parseSeq() {
        SeqAst seq = new SeqAst();
        while (true) {
            int c = peek();
            if (c == -1 || c == '|' || c == ')') break;
            Ast atom;
            switch (c) {
                case '(': {
                    atom = parseGroup();
                    if (atom == null) continue; // pure flag group
                    break;
                }
                case '[':
                    pos++;
                    atom = new CharAst(parseClass(), -1);
                    break;
                case '\\': {
                    pos++;
                    int q = peek();
                    if (q == 'Q') {
                        pos++;
                        int end = pattern.indexOf("\\E", pos);
                        if (end < 0) end = len();
                        Ast lastLit = null;
                        int i = pos;
                        while (i < end) {
                            int cp = cpAt(pattern, i, end);
                            if (lastLit != null) seq.items.add(lastLit);
                            lastLit = literalAst(cp);
                            i += cpLen(cp);
                        }
                        pos = Math.min(len(), end + 2);
                        if (lastLit == null) continue;
                        atom = lastLit;
                    } else {
                        atom = parseEscapeAtom();
                    }
                    break;
                }
                case '^':
                    pos++;
                    atom = new AnchorAst(has(MULTILINE) ? (has(UNIX_LINES) ? A_UNIXCARET : A_CARET) : A_BEGIN);
                    break;
                case '$':
                    pos++;
                    if (has(UNIX_LINES)) atom = new AnchorAst(has(MULTILINE) ? A_UNIXDOLLAR_M : A_UNIXDOLLAR);
                    else atom = new AnchorAst(has(MULTILINE) ? A_DOLLAR_M : A_DOLLAR);
                    break;
                case '.':
                    pos++;
                    atom = new CharAst(new Dot(has(DOTALL) ? 2 : has(UNIX_LINES) ? 1 : 0), -1);
                    break;
                case '*': case '+': case '?':
                    throw error("Dangling meta character '" + (char) c + "'", pos);
                case '{':
                    // a counted closure with nothing before it repeats the empty string
                    atom = new SeqAst();
                    break;
                default: {
                    int cp = cpAt(pattern, pos, len());
                    pos += cpLen(cp);
                    atom = literalAst(cp);
                    break;
                }
            }
            seq.items.add(parseClosure(atom));
        }
        if (seq.items.size() == 1) return seq.items.get(0);
        return seq;
    }

    private Ast literalAst(int cp) {
        if (has(CASE_INSENSITIVE)) {
            boolean uni = has(UNICODE_CASE);
            if (uni ? (Character.toUpperCase(cp) != cp || Character.toLowerCase(cp) != cp)
                    : ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))) {
                return new CharAst(new SingleCI(cp, uni), cp);
            }
        }
        return new CharAst(new Single(cp), cp);
    }

    private Ast parseClosure(Ast atom) {
        int c = peek();
        int min, max;
        switch (c) {
            case '?': pos++; min = 0; max = 1; break;
            case '*': pos++; min = 0; max = Integer.MAX_VALUE; break;
            case '+': pos++; min = 1; max = Integer.MAX_VALUE; break;
            case '{': {
                pos++;
                int p0 = pos;
                if (pos >= len() || !isDigitChar(pattern.charAt(pos))) {
                    throw error("Illegal repetition", p0);
                }
                min = parseInt();
                max = min;
                if (pos < len() && pattern.charAt(pos) == ',') {
                    pos++;
                    max = Integer.MAX_VALUE;
                    if (pos < len() && isDigitChar(pattern.charAt(pos))) {
                        max = parseInt();
                    }
                }
                if (pos >= len() || pattern.charAt(pos) != '}') {
                    throw error("Unclosed counted closure", pos);
                }
                if (max < min) throw error("Illegal repetition range", pos);
                pos++;
                break;
            }
            default:
                return atom;
        }
        int kind = GREEDY;
        int d = peek();
        if (d == '?') {
            pos++;
            kind = LAZY;
        } else if (d == '+') {
            pos++;
            kind = POSSESSIVE;
        }
        return new RepAst(atom, min, max, kind);
    }

    private static boolean isDigitChar(char c) {
        return c >= '0' && c <= '9';
    }

    private int parseInt() {
        long v = 0;
        while (pos < len() && isDigitChar(pattern.charAt(pos))) {
            v = v * 10 + (pattern.charAt(pos) - '0');
            if (v > Integer.MAX_VALUE) throw error("Illegal repetition range", pos);
            pos++;
        }
        return (int) v;
    }

    /** Parses a group starting at '('; returns null for a pure flag group like (?i). */
    private Ast parseGroup() {
        pos++; // '('
        int savedFlags = flags;
        Ast result;
        if (pos < len() && pattern.charAt(pos) == '?') {
            pos++;
            int c = pos < len() ? pattern.charAt(pos) : -1;
            switch (c) {
                case ':':
                    pos++;
                    result = new GroupAst(-1, parseExpr());
                    break;
                case '=':
                case '!':
                    pos++;
                    result = new LookAst(c == '=' ? L_AHEAD : L_NOTAHEAD, parseExpr());
                    break;
                case '>':
                    pos++;
                    result = new AtomicAst(parseExpr());
                    break;
                case '<': {
                    pos++;
                    int d = pos < len() ? pattern.charAt(pos) : -1;
                    if (d == '=' || d == '!') {
                        pos++;
                        result = new LookAst(d == '=' ? L_BEHIND : L_NOTBEHIND, parseExpr());
                        expectClose();
                        if (!behindOk(((LookAst) result).body)) {
                            throw error("Look-behind group does not have an obvious maximum length", pos - 2);
                        }
                        return result;
                    } else {
                        String name = parseGroupName();
                        if (namedGroups.containsKey(name)) {
                            throw error("Named capturing group <" + name + "> is already defined", pos - 1);
                        }
                        int idx = ++groupsSoFar;
                        namedGroups.put(name, idx);
                        result = new GroupAst(idx, parseExpr());
                    }
                    break;
                }
                default: {
                    // inline flags
                    boolean neg = false;
                    while (true) {
                        int f = pos < len() ? pattern.charAt(pos) : -1;
                        int bit;
                        switch (f) {
                            case 'i': bit = CASE_INSENSITIVE; break;
                            case 'm': bit = MULTILINE; break;
                            case 's': bit = DOTALL; break;
                            case 'd': bit = UNIX_LINES; break;
                            case 'u': bit = UNICODE_CASE; break;
                            case 'c': bit = CANON_EQ; break;
                            case 'x': bit = COMMENTS; break;
                            case 'U': bit = UNICODE_CHARACTER_CLASS | UNICODE_CASE; break;
                            case '-':
                                if (neg) throw error("Unknown inline modifier", pos);
                                neg = true;
                                pos++;
                                continue;
                            case ')':
                                pos++;
                                return null; // flags stay in effect until the enclosing group ends
                            case ':':
                                pos++;
                                Ast body = parseExpr();
                                flags = savedFlags;
                                expectClose();
                                flags = savedFlags;
                                return new GroupAst(-1, body);
                            default:
                                throw error("Unknown inline modifier", pos);
                        }
                        if (neg) flags &= ~bit;
                        else flags |= bit;
                        pos++;
                    }
                }
            }
        } else {
            int idx = ++groupsSoFar;
            result = new GroupAst(idx, parseExpr());
        }
        expectClose();
        return result;
    }

    private void expectClose() {
        if (peek() != ')') throw error("Unclosed group", len());
        pos++;
    }

    private String parseGroupName() {
        int start = pos;
        if (pos >= len() || !isAsciiLetter(pattern.charAt(pos))) {
            throw error("capturing group name does not start with a Latin letter", pos);
        }
        while (pos < len() && (isAsciiLetter(pattern.charAt(pos)) || isDigitChar(pattern.charAt(pos)))) pos++;
        if (pos >= len() || pattern.charAt(pos) != '>') {
            throw error("named capturing group is missing trailing '>'", pos);
        }
        String name = pattern.substring(start, pos);
        pos++;
        return name;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Escape outside a class; pos is just after the backslash. */
    private Ast parseEscapeAtom() {
        if (pos >= len()) throw error("Unexpected internal error", pos);
        char c = pattern.charAt(pos);
        switch (c) {
            case 'b': pos++; return new AnchorAst(has(UNICODE_CHARACTER_CLASS) ? A_UBOUND : A_BOUND);
            case 'B': pos++; return new AnchorAst(has(UNICODE_CHARACTER_CLASS) ? A_UNOTBOUND : A_NOTBOUND);
            case 'A': pos++; return new AnchorAst(A_BEGIN);
            case 'z': pos++; return new AnchorAst(A_END);
            case 'Z': pos++; return new AnchorAst(has(UNIX_LINES) ? A_UNIXDOLLAR : A_DOLLAR);
            case 'G': pos++; return new AnchorAst(A_LASTMATCH);
            case 'R': pos++; return new LineBreakAst();
            case 'k': {
                pos++;
                if (pos >= len() || pattern.charAt(pos) != '<') {
                    throw error("\\k is not followed by '<' for named capturing group", pos);
                }
                pos++;
                String name = parseGroupName();
                Integer g = namedGroups.get(name);
                if (g == null) throw error("named capturing group <" + name + "> does not exist", pos - 1);
                return new BackRefAst(g.intValue(), has(CASE_INSENSITIVE), has(UNICODE_CASE));
            }
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': {
                int ref = c - '0';
                pos++;
                while (pos < len() && isDigitChar(pattern.charAt(pos))) {
                    int nref = ref * 10 + (pattern.charAt(pos) - '0');
                    if (nref > groupsSoFar) break;
                    ref = nref;
                    pos++;
                }
                return new BackRefAst(ref, has(CASE_INSENSITIVE), has(UNICODE_CASE));
            }
            default:
                break;
        }
        CharPred p = parseClassEscape(false);
        if (p != null) return new CharAst(p, -1);
        int cp = parseCharEscape();
        return literalAst(cp);
    }

    /**
     * Class-valued escapes (\d \w \p{..} ...); pos at the escape letter.  Returns null (pos
     * unchanged) if the escape is not class-valued.
     */
    private CharPred parseClassEscape(boolean inClass) {
        char c = pattern.charAt(pos);
        boolean uc = has(UNICODE_CHARACTER_CLASS);
        CharPred p;
        switch (c) {
            case 'd': p = new Ctype(uc ? C_UDIGIT : C_DIGIT); break;
            case 'D': p = new Not(new Ctype(uc ? C_UDIGIT : C_DIGIT)); break;
            case 's': p = new Ctype(uc ? C_USPACE : C_SPACE); break;
            case 'S': p = new Not(new Ctype(uc ? C_USPACE : C_SPACE)); break;
            case 'w': p = new Ctype(uc ? C_UWORD : C_WORD); break;
            case 'W': p = new Not(new Ctype(uc ? C_UWORD : C_WORD)); break;
            case 'h': p = new Ctype(C_HSPACE); break;
            case 'H': p = new Not(new Ctype(C_HSPACE)); break;
            case 'v': p = new Ctype(C_VSPACE); break;
            case 'V': p = new Not(new Ctype(C_VSPACE)); break;
            case 'p': case 'P': {
                pos++;
                String name;
                if (pos < len() && pattern.charAt(pos) == '{') {
                    int close = pattern.indexOf('}', pos);
                    if (close < 0) throw error("Unclosed character family", len());
                    name = pattern.substring(pos + 1, close);
                    pos = close + 1;
                } else {
                    if (pos >= len()) throw error("Unknown character property name {\u0000}", pos);
                    name = String.valueOf(pattern.charAt(pos));
                    pos++;
                }
                CharPred q = property(name);
                return c == 'P' ? new Not(q) : q;
            }
            default:
                return null;
        }
        pos++;
        return p;
    }

    private CharPred property(String name) {
        String n = name;
        boolean uc = has(UNICODE_CHARACTER_CLASS);
        if (n.startsWith("Is") && n.length() > 2) {
            String rest = n.substring(2);
            CharPred b = binaryProperty(rest);
            if (b != null) return b;
            n = rest;
        } else if (n.startsWith("general_category=") || n.startsWith("gc=")) {
            n = n.substring(n.indexOf('=') + 1);
        }
        switch (n) {
            case "Lower": return ciWrap(new Ctype(uc ? C_ULOWER : C_LOWER));
            case "Upper": return ciWrap(new Ctype(uc ? C_UUPPER : C_UPPER));
            case "ASCII": return new Ctype(C_ASCII);
            case "Alpha": return new Ctype(uc ? C_UALPHA : C_ALPHA);
            case "Digit": return new Ctype(uc ? C_UDIGIT : C_DIGIT);
            case "Alnum": return uc ? new Union(new Ctype(C_UALPHA), new Ctype(C_UDIGIT)) : new Ctype(C_ALNUM);
            case "Punct": return new Ctype(uc ? C_UPUNCT : C_PUNCT);
            case "Graph": return new Ctype(C_GRAPH);
            case "Print": return new Ctype(C_PRINT);
            case "Blank": return new Ctype(C_BLANK);
            case "Cntrl": return new Ctype(C_CNTRL);
            case "XDigit": return new Ctype(C_XDIGIT);
            case "Space": return new Ctype(uc ? C_USPACE : C_SPACE);
            case "javaLowerCase": return ciWrap(new Ctype(C_JLOWER));
            case "javaUpperCase": return ciWrap(new Ctype(C_JUPPER));
            case "javaWhitespace": return new Ctype(C_JWS);
            case "javaMirrored": return new Ctype(C_JMIRROR);
            case "javaLetter": return new Ctype(C_JLETTER);
            case "javaDigit": return new Ctype(C_JDIGIT);
            case "javaLetterOrDigit": return new Ctype(C_JLETTERORDIGIT);
            case "javaAlphabetic": return new Ctype(C_JALPHA);
            default: break;
        }
        int mask = categoryMask(n);
        if (mask != 0) return ciWrap(new Category(mask));
        throw error("Unknown character property name {" + name + "}", pos - 1);
    }

    private CharPred ciWrap(CharPred p) {
        if (!has(CASE_INSENSITIVE)) return p;
        final CharPred base = p;
        final boolean uni = has(UNICODE_CASE);
        return new CharPred() {
            boolean is(int x) {
                if (base.is(x)) return true;
                if (uni) return base.is(Character.toUpperCase(x)) || base.is(Character.toLowerCase(x));
                return x < 128 && (base.is(asciiUpper(x)) || base.is(asciiLower(x)));
            }
        };
    }

    private CharPred binaryProperty(String n) {
        switch (n) {
            case "Alphabetic": return new Ctype(C_UALPHA);
            case "Digit": return new Ctype(C_UDIGIT);
            case "Lowercase": return new Ctype(C_ULOWER);
            case "Uppercase": return new Ctype(C_UUPPER);
            case "White_Space": case "WhiteSpace": return new Ctype(C_USPACE);
            case "Punctuation": return new Ctype(C_UPUNCT);
            case "Letter": return new Ctype(C_JLETTER);
            default: return null;
        }
    }

    private static int categoryMask(String n) {
        switch (n) {
            case "Cn": return 1 << Character.UNASSIGNED;
            case "Lu": return 1 << Character.UPPERCASE_LETTER;
            case "Ll": return 1 << Character.LOWERCASE_LETTER;
            case "Lt": return 1 << Character.TITLECASE_LETTER;
            case "Lm": return 1 << Character.MODIFIER_LETTER;
            case "Lo": return 1 << Character.OTHER_LETTER;
            case "Mn": return 1 << Character.NON_SPACING_MARK;
            case "Me": return 1 << Character.ENCLOSING_MARK;
            case "Mc": return 1 << Character.COMBINING_SPACING_MARK;
            case "Nd": return 1 << Character.DECIMAL_DIGIT_NUMBER;
            case "Nl": return 1 << Character.LETTER_NUMBER;
            case "No": return 1 << Character.OTHER_NUMBER;
            case "Zs": return 1 << Character.SPACE_SEPARATOR;
            case "Zl": return 1 << Character.LINE_SEPARATOR;
            case "Zp": return 1 << Character.PARAGRAPH_SEPARATOR;
            case "Cc": return 1 << Character.CONTROL;
            case "Cf": return 1 << Character.FORMAT;
            case "Co": return 1 << Character.PRIVATE_USE;
            case "Cs": return 1 << Character.SURROGATE;
            case "Pd": return 1 << Character.DASH_PUNCTUATION;
            case "Ps": return 1 << Character.START_PUNCTUATION;
            case "Pe": return 1 << Character.END_PUNCTUATION;
            case "Pc": return 1 << Character.CONNECTOR_PUNCTUATION;
            case "Po": return 1 << Character.OTHER_PUNCTUATION;
            case "Sm": return 1 << Character.MATH_SYMBOL;
            case "Sc": return 1 << Character.CURRENCY_SYMBOL;
            case "Sk": return 1 << Character.MODIFIER_SYMBOL;
            case "So": return 1 << Character.OTHER_SYMBOL;
            case "Pi": return 1 << Character.INITIAL_QUOTE_PUNCTUATION;
            case "Pf": return 1 << Character.FINAL_QUOTE_PUNCTUATION;
            case "L": return (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
                    | (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER);
            case "LC": return (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
                    | (1 << Character.TITLECASE_LETTER);
            case "M": return (1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
                    | (1 << Character.COMBINING_SPACING_MARK);
            case "N": return (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.LETTER_NUMBER)
                    | (1 << Character.OTHER_NUMBER);
            case "Z": return (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
                    | (1 << Character.PARAGRAPH_SEPARATOR);
            case "C": return (1 << Character.CONTROL) | (1 << Character.FORMAT) | (1 << Character.PRIVATE_USE)
                    | (1 << Character.SURROGATE) | (1 << Character.UNASSIGNED);
            case "P": return (1 << Character.DASH_PUNCTUATION) | (1 << Character.START_PUNCTUATION)
                    | (1 << Character.END_PUNCTUATION) | (1 << Character.CONNECTOR_PUNCTUATION)
                    | (1 << Character.OTHER_PUNCTUATION) | (1 << Character.INITIAL_QUOTE_PUNCTUATION)
                    | (1 << Character.FINAL_QUOTE_PUNCTUATION);
            case "S": return (1 << Character.MATH_SYMBOL) | (1 << Character.CURRENCY_SYMBOL)
                    | (1 << Character.MODIFIER_SYMBOL) | (1 << Character.OTHER_SYMBOL);
            default: return 0;
        }
    }

    /** Single-character escapes; pos at the escape letter.  Returns the code point. */
    private int parseCharEscape() {
        char c = pattern.charAt(pos);
        pos++;
        switch (c) {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'a': return '\u0007';
            case 'e': return '\u001B';
            case '0': {
                // \0n, \0nn, \0mnn (m <= 3)
                if (pos >= len() || !isOctal(pattern.charAt(pos))) throw error("Illegal octal escape sequence", pos);
                int v = pattern.charAt(pos) - '0';
                pos++;
                if (pos < len() && isOctal(pattern.charAt(pos))) {
                    v = v * 8 + (pattern.charAt(pos) - '0');
                    pos++;
                    if (v < 32 && pos < len() && isOctal(pattern.charAt(pos))) {
                        v = v * 8 + (pattern.charAt(pos) - '0');
                        pos++;
                    }
                }
                return v;
            }
            case 'x': {
                if (pos < len() && pattern.charAt(pos) == '{') {
                    pos++;
                    int v = 0;
                    int start = pos;
                    if (pos >= len() || hexVal(pattern.charAt(pos)) < 0) {
                        throw error("Illegal hexadecimal escape sequence", pos - 1);
                    }
                    while (pos < len() && hexVal(pattern.charAt(pos)) >= 0) {
                        v = v * 16 + hexVal(pattern.charAt(pos));
                        if (v > 0x10FFFF) throw error("Hexadecimal codepoint is too big", pos);
                        pos++;
                    }
                    if (pos == start || pos >= len() || pattern.charAt(pos) != '}') {
                        throw error("Unclosed hexadecimal escape sequence", pos);
                    }
                    pos++;
                    return v;
                }
                int v = 0;
                for (int k = 0; k < 2; k++) {
                    int h = pos < len() ? hexVal(pattern.charAt(pos)) : -1;
                    if (h < 0) throw error("Illegal hexadecimal escape sequence", pos);
                    v = v * 16 + h;
                    pos++;
                }
                return v;
            }
            case 'u': {
                int v = parseU4();
                // a surrogate pair written as two \\u escapes forms one code point
                if (v >= 0xD800 && v <= 0xDBFF && pos + 1 < len() && pattern.charAt(pos) == '\\'
                        && pattern.charAt(pos + 1) == 'u') {
                    int save = pos;
                    pos += 2;
                    int w = -1;
                    boolean ok = true;
                    for (int k = 0; k < 4; k++) {
                        if (pos + k >= len() || hexVal(pattern.charAt(pos + k)) < 0) { ok = false; break; }
                    }
                    if (ok) w = parseU4();
                    if (w >= 0xDC00 && w <= 0xDFFF) return ((v - 0xD800) << 10) + (w - 0xDC00) + 0x10000;
                    pos = save;
                }
                return v;
            }
            case 'c': {
                if (pos >= len()) throw error("Illegal control escape sequence", pos - 1);
                int cp = pattern.charAt(pos);
                pos++;
                return cp ^ 64;
            }
            default:
                break;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            throw error("Illegal/unsupported escape sequence", pos - 1);
        }
        // any other character is taken literally
        pos--;
        int cp = cpAt(pattern, pos, len());
        pos += cpLen(cp);
        return cp;
    }

    private int parseU4() {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int h = pos < len() ? hexVal(pattern.charAt(pos)) : -1;
            if (h < 0) throw error("Illegal Unicode escape sequence", pos);
            v = v * 16 + h;
            pos++;
        }
        return v;
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static int hexVal(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** Parses a character class; pos is just after '['. */
    private CharPred parseClass() {
        boolean negate = false;
        if (pos < len() && pattern.charAt(pos) == '^') {
            pos++;
            negate = true;
        }
        CharPred inter = null;     // accumulated intersection of finished operands
        boolean haveInter = false;
        CharPred cur = null;       // current union
        boolean first = true;
        while (true) {
            skipWs();
            if (pos >= len()) throw error("Unclosed character class", len() - 1);
            char c = pattern.charAt(pos);
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            if (c == '[') {
                pos++;
                cur = union(cur, parseClass());
                continue;
            }
            if (c == '&' && pos + 1 < len() && pattern.charAt(pos + 1) == '&') {
                pos += 2;
                if (cur != null) {
                    inter = haveInter ? new Inter(inter, cur) : cur;
                    haveInter = true;
                }
                cur = null;
                continue;
            }
            // a single character, escape, or range
            int lo;
            int rangeErrPos;
            if (c == '\\') {
                pos++;
                if (pos >= len()) throw error("Unclosed character class", pos);
                char e = pattern.charAt(pos);
                if (e == 'Q') {
                    pos++;
                    int end = pattern.indexOf("\\E", pos);
                    if (end < 0) end = len();
                    while (pos < end) {
                        int cp = cpAt(pattern, pos, end);
                        cur = union(cur, single(cp));
                        pos += cpLen(cp);
                    }
                    pos = Math.min(len(), end + 2);
                    continue;
                }
                CharPred p = parseClassEscape(true);
                if (p != null) {
                    cur = union(cur, p);
                    continue;
                }
                lo = parseCharEscape();
            } else {
                lo = cpAt(pattern, pos, len());
                pos += cpLen(lo);
            }
            // range?
            skipWs();
            if (pos + 1 >= len() && pos < len() && pattern.charAt(pos) == '-') {
                throw error("Illegal character range", pos + 1);
            }
            if (pos + 1 < len() && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']'
                    && pattern.charAt(pos + 1) != '[') {
                pos++;
                skipWs();
                int hi;
                char h = pattern.charAt(pos);
                if (h == '\\') {
                    pos++;
                    if (pos >= len()) throw error("Unexpected internal error", pos);
                    int save = pos;
                    CharPred p = parseClassEscape(true);
                    if (p != null) throw error("Illegal character range", save);
                    hi = parseCharEscape();
                } else {
                    hi = cpAt(pattern, pos, len());
                    pos += cpLen(hi);
                }
                if (hi < lo) throw error("Illegal character range", pos - 1);
                cur = union(cur, new Range(lo, hi, has(CASE_INSENSITIVE), has(UNICODE_CASE)));
            } else {
                cur = union(cur, single(lo));
            }
        }
        CharPred result;
        if (haveInter) {
            result = cur == null ? inter : new Inter(inter, cur);
        } else {
            result = cur == null ? new Nothing() : cur;
        }
        return negate ? new Not(result) : result;
    }

    private CharPred single(int cp) {
        if (has(CASE_INSENSITIVE)) return new SingleCI(cp, has(UNICODE_CASE));
        return new Single(cp);
    }

    private static CharPred union(CharPred a, CharPred b) {
        return a == null ? b : new Union(a, b);
    }

    // =====================================================================================
    // Length analysis (for look-behind)

    /**
     * Whether a look-behind body is acceptable: no back references, and no repetition of
     * anything but a single character (possibly inside groups) unless it is bounded and free
     * of alternation.
     */
    static boolean behindOk(Ast a) {
        return behindOk(a, true);
    }

    /** 'first': whether a is at the very beginning of the look-behind body. */
    static boolean behindOk(Ast a, boolean first) {
        if (a instanceof BackRefAst) return false;
        if (a instanceof SeqAst) {
            ArrayList<Ast> items = ((SeqAst) a).items;
            for (int i = 0; i < items.size(); i++) if (!behindOk(items.get(i), first && i == 0)) return false;
            return true;
        }
        if (a instanceof AltAst) {
            for (Ast x : ((AltAst) a).alts) if (!behindOk(x, first)) return false;
            return true;
        }
        if (a instanceof GroupAst) return behindOk(((GroupAst) a).body, first);
        if (a instanceof AtomicAst) return behindOk(((AtomicAst) a).body, first);
        if (a instanceof LookAst) return behindOk(((LookAst) a).body, first);
        if (a instanceof RepAst) {
            RepAst r = (RepAst) a;
            Ast b = r.body;
            if (b instanceof CharAst || b instanceof AnchorAst || (b instanceof SeqAst && ((SeqAst) b).items.isEmpty())) return true;
            boolean grouped = false;
            while (b instanceof GroupAst) {
                b = ((GroupAst) b).body;
                grouped = true;
            }
            if (b instanceof LookAst) return behindOk(b, false);
            if (grouped && b instanceof CharAst) return r.max != INF || first;
            if (r.max == INF || hasAlt(b)) return false;
            return behindOk(b, false);
        }
        return true;
    }

    static boolean hasAlt(Ast a) {
        if (a instanceof AltAst) return true;
        if (a instanceof SeqAst) {
            for (Ast x : ((SeqAst) a).items) if (hasAlt(x)) return true;
            return false;
        }
        if (a instanceof GroupAst) return hasAlt(((GroupAst) a).body);
        if (a instanceof AtomicAst) return hasAlt(((AtomicAst) a).body);
        if (a instanceof RepAst) return hasAlt(((RepAst) a).body);
        return false;
    }

    static final int INF = Integer.MAX_VALUE;

    private static int addLen(int a, int b) {
        if (a == INF || b == INF) return INF;
        long s = (long) a + b;
        return s >= INF ? INF : (int) s;
    }

    private static int mulLen(int a, int n) {
        if (a == 0 || n == 0) return 0;
        if (a == INF || n == INF) return INF;
        long s = (long) a * n;
        return s >= INF ? INF : (int) s;
    }

    static int minLen(Ast a) {
        if (a instanceof CharAst) {
            CharAst c = (CharAst) a;
            return c.literal >= 0 ? cpLen(c.literal) : 1;
        }
        if (a instanceof SeqAst) {
            int s = 0;
            for (Ast x : ((SeqAst) a).items) s = addLen(s, minLen(x));
            return s;
        }
        if (a instanceof AltAst) {
            int m = INF;
            for (Ast x : ((AltAst) a).alts) m = Math.min(m, minLen(x));
            return m;
        }
        if (a instanceof GroupAst) return minLen(((GroupAst) a).body);
        if (a instanceof AtomicAst) return minLen(((AtomicAst) a).body);
        if (a instanceof RepAst) return mulLen(minLen(((RepAst) a).body), ((RepAst) a).min);
        if (a instanceof LineBreakAst) return 1;
        return 0;
    }

    static int maxLen(Ast a) {
        if (a instanceof CharAst) {
            CharAst c = (CharAst) a;
            return c.literal >= 0 ? cpLen(c.literal) : 2;
        }
        if (a instanceof SeqAst) {
            int s = 0;
            for (Ast x : ((SeqAst) a).items) s = addLen(s, maxLen(x));
            return s;
        }
        if (a instanceof AltAst) {
            int m = 0;
            for (Ast x : ((AltAst) a).alts) m = Math.max(m, maxLen(x));
            return m;
        }
        if (a instanceof GroupAst) return maxLen(((GroupAst) a).body);
        if (a instanceof AtomicAst) return maxLen(((AtomicAst) a).body);
        if (a instanceof RepAst) return mulLen(maxLen(((RepAst) a).body), ((RepAst) a).max);
        if (a instanceof BackRefAst) return INF;
        if (a instanceof LineBreakAst) return 2;
        return 0;
    }

    // =====================================================================================
    // Compilation to nodes

    private int newLocals(int n) {
        int s = localCount;
        localCount += n;
        return s;
    }

    private Node compileAst(Ast a, Node next) {
        if (a instanceof CharAst) {
            return new CharNode(((CharAst) a).pred, next);
        }
        if (a instanceof SeqAst) {
            ArrayList<Ast> items = ((SeqAst) a).items;
            Node n = next;
            for (int i = items.size() - 1; i >= 0; i--) n = compileAst(items.get(i), n);
            return n;
        }
        if (a instanceof AltAst) {
            ArrayList<Ast> alts = ((AltAst) a).alts;
            Node[] ns = new Node[alts.size()];
            for (int i = 0; i < ns.length; i++) ns[i] = compileAst(alts.get(i), next);
            return new BranchNode(ns);
        }
        if (a instanceof GroupAst) {
            GroupAst g = (GroupAst) a;
            if (g.index < 0) return compileAst(g.body, next);
            int slot = newLocals(1);
            Node tail = new GroupTail(g.index, slot, next);
            Node body = compileAst(g.body, tail);
            return new GroupHead(slot, body);
        }
        if (a instanceof RepAst) {
            RepAst r = (RepAst) a;
            if (r.body instanceof CharAst) {
                return new CurlyChar(((CharAst) r.body).pred, r.min, r.max, r.kind, next);
            }
            if (r.kind == POSSESSIVE) {
                int slot = newLocals(1);
                Node end = new AtomicEnd(slot);
                Node loop = compileLoop(r.body, r.min, r.max, GREEDY, end);
                return new AtomicNode(loop, slot, next);
            }
            return compileLoop(r.body, r.min, r.max, r.kind, next);
        }
        if (a instanceof AnchorAst) {
            return new AnchorNode(((AnchorAst) a).type, next);
        }
        if (a instanceof BackRefAst) {
            BackRefAst b = (BackRefAst) a;
            return new BackRefNode(b.group, b.ci, b.unicode, next);
        }
        if (a instanceof LookAst) {
            LookAst l = (LookAst) a;
            if (l.kind == L_AHEAD || l.kind == L_NOTAHEAD) {
                Node body = compileAst(l.body, new AcceptNode());
                return new LookaheadNode(body, l.kind == L_NOTAHEAD, next);
            }
            int slot = newLocals(1);
            Node body = compileAst(l.body, new BehindEnd(slot));
            return new LookbehindNode(body, minLen(l.body), maxLen(l.body), slot, l.kind == L_NOTBEHIND, next);
        }
        if (a instanceof AtomicAst) {
            int slot = newLocals(1);
            Node body = compileAst(((AtomicAst) a).body, new AtomicEnd(slot));
            return new AtomicNode(body, slot, next);
        }
        if (a instanceof LineBreakAst) {
            return new LineBreakNode(next);
        }
        throw new IllegalStateException();
    }

    private Node compileLoop(Ast body, int min, int max, int kind, Node next) {
        int slot = newLocals(2);
        LoopNode loop = new LoopNode(min, max, kind, slot, next);
        LoopTail tail = new LoopTail(loop);
        loop.body = compileAst(body, tail);
        return loop;
    }

    // =====================================================================================
    // Matching nodes

    abstract static class Node {
        Node next;

        abstract boolean match(Matcher m, int i, CharSequence s);
    }

    /** End of the whole pattern. */
    static final class LastNode extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            if (m.requireEnd && i != m.to) return false;
            m.matchEnd = i;
            return true;
        }
    }

    /** End of a look-ahead body. */
    static final class AcceptNode extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            return true;
        }
    }

    static final class CharNode extends Node {
        final CharPred pred;
        CharNode(CharPred p, Node next) { this.pred = p; this.next = next; }
        boolean match(Matcher m, int i, CharSequence s) {
            if (i < m.to) {
                int c = cpAt(s, i, m.to);
                return pred.is(c) && next.match(m, i + cpLen(c), s);
            }
            m.hitEnd = true;
            return false;
        }
    }

    /** Repetition of a single-character atom, matched iteratively. */
    static final class CurlyChar extends Node {
        final CharPred pred;
        final int min, max, kind;
        CurlyChar(CharPred p, int min, int max, int kind, Node next) {
            this.pred = p; this.min = min; this.max = max; this.kind = kind; this.next = next;
        }
        boolean match(Matcher m, int i, CharSequence s) {
            int to = m.to;
            int j = i;
            int cnt = 0;
            while (cnt < min) {
                if (j >= to) {
                    m.hitEnd = true;
                    return false;
                }
                int c = cpAt(s, j, to);
                if (!pred.is(c)) return false;
                j += cpLen(c);
                cnt++;
            }
            if (kind == LAZY) {
                while (true) {
                    if (next.match(m, j, s)) return true;
                    if (cnt >= max) return false;
                    if (j >= to) {
                        m.hitEnd = true;
                        return false;
                    }
                    int c = cpAt(s, j, to);
                    if (!pred.is(c)) return false;
                    j += cpLen(c);
                    cnt++;
                }
            }
            int start = j;
            while (cnt < max) {
                if (j >= to) {
                    m.hitEnd = true;
                    break;
                }
                int c = cpAt(s, j, to);
                if (!pred.is(c)) break;
                j += cpLen(c);
                cnt++;
            }
            if (kind == POSSESSIVE) return next.match(m, j, s);
            while (true) {
                if (next.match(m, j, s)) return true;
                if (j <= start) return false;
                j--;
                if (j > start && isLow(s.charAt(j)) && isHigh(s.charAt(j - 1))) j--;
            }
        }
    }

    static final class LoopNode extends Node {
        Node body;
        final int min, max, kind, slot;
        LoopNode(int min, int max, int kind, int slot, Node next) {
            this.min = min; this.max = max; this.kind = kind; this.slot = slot; this.next = next;
        }
        boolean match(Matcher m, int i, CharSequence s) {
            int[] L = m.locals;
            int sc = L[slot], sb = L[slot + 1];
            boolean r;
            if (min > 0) {
                L[slot] = 1;
                L[slot + 1] = i;
                r = body.match(m, i, s);
            } else if (max == 0) {
                r = next.match(m, i, s);
            } else if (kind == GREEDY) {
                L[slot] = 1;
                L[slot + 1] = i;
                r = body.match(m, i, s);
                if (!r) {
                    L[slot] = sc;
                    L[slot + 1] = sb;
                    r = next.match(m, i, s);
                }
            } else {
                r = next.match(m, i, s);
                if (!r) {
                    L[slot] = 1;
                    L[slot + 1] = i;
                    r = body.match(m, i, s);
                }
            }
            L[slot] = sc;
            L[slot + 1] = sb;
            return r;
        }
    }

    static final class LoopTail extends Node {
        final LoopNode loop;
        LoopTail(LoopNode loop) { this.loop = loop; }
        boolean match(Matcher m, int i, CharSequence s) {
            int[] L = m.locals;
            LoopNode lp = loop;
            int slot = lp.slot;
            int count = L[slot], begin = L[slot + 1];
            if (i > begin) {
                if (count < lp.min) {
                    L[slot] = count + 1;
                    L[slot + 1] = i;
                    boolean r = lp.body.match(m, i, s);
                    if (!r) {
                        L[slot] = count;
                        L[slot + 1] = begin;
                    }
                    return r;
                }
                if (count < lp.max) {
                    if (lp.kind == GREEDY) {
                        L[slot] = count + 1;
                        L[slot + 1] = i;
                        if (lp.body.match(m, i, s)) return true;
                        L[slot] = count;
                        L[slot + 1] = begin;
                        return lp.next.match(m, i, s);
                    }
                    if (lp.next.match(m, i, s)) return true;
                    L[slot] = count + 1;
                    L[slot + 1] = i;
                    boolean r = lp.body.match(m, i, s);
                    if (!r) {
                        L[slot] = count;
                        L[slot + 1] = begin;
                    }
                    return r;
                }
            }
            return lp.next.match(m, i, s);
        }
    }

    static final class GroupHead extends Node {
        final int slot;
        GroupHead(int slot, Node next) { this.slot = slot; this.next = next; }
        boolean match(Matcher m, int i, CharSequence s) {
            int save = m.locals[slot];
            m.locals[slot] = i;
            boolean r = next.match(m, i, s);
            m.locals[slot] = save;
            return r;
        }
    }

    static final class GroupTail extends Node {
        final int group, slot;
        GroupTail(int group, int slot, Node next) { this.group = group; this.slot = slot; this.next = next; }
        boolean match(Matcher m, int i, CharSequence s) {
            int[] g = m.groups;
            int os = g[2 * group], oe = g[2 * group + 1];
            g[2 * group] = m.locals[slot];
            g[2 * group + 1] = i;
            if (next.match(m, i, s)) return true;
            g[2 * group] = os;
            g[2 * group + 1] = oe;
            return false;
        }
    }

    static final class BranchNode extends Node {
        final Node[] alts;
        BranchNode(Node[] alts) { this.alts = alts; }
        boolean match(Matcher m, int i, CharSequence s) {
            for (Node a : alts) {
                if (a.match(m, i, s)) return true;
            }
            return false;
        }
    }

    static boolean isLineTerm(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static boolean isWordForBound(CharSequence s, int i, int limit, boolean unicode) {
        int c = cpAt(s, i, limit);
        if (unicode) return new Ctype(C_UWORD).is(c);
        return c == '_' || Character.isLetterOrDigit(c);
    }

    static final class AnchorNode extends Node {
        final int type;
        AnchorNode(int type, Node next) { this.type = type; this.next = next; }
        boolean match(Matcher m, int i, CharSequence s) {
            return test(m, i, s) && next.match(m, i, s);
        }
        private boolean test(Matcher m, int i, CharSequence s) {
            int from = m.from, to = m.to;
            switch (type) {
                case A_BEGIN:
                    return i == from;
                case A_CARET:
                    if (i >= to) return false; // never at the end of input
                    if (i == from) return true;
                    {
                        char p = s.charAt(i - 1);
                        if (p == '\r') return s.charAt(i) != '\n';
                        return p == '\n' || p == '\u0085' || p == '\u2028' || p == '\u2029';
                    }
                case A_UNIXCARET:
                    if (i >= to) return false;
                    if (i == from) return true;
                    return s.charAt(i - 1) == '\n';
                case A_END:
                    if (i == to) {
                        m.hitEnd = true;
                        return true;
                    }
                    return false;
                case A_DOLLAR: {
                    if (i < to - 2) return false;
                    if (i == to - 2) {
                        return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
                    }
                    if (i == to - 1) {
                        char c = s.charAt(i);
                        if (c == '\n') return !(i > 0 && s.charAt(i - 1) == '\r');
                        return isLineTerm(c);
                    }
                    m.hitEnd = true;
                    return true;
                }
                case A_DOLLAR_M: {
                    if (i < to) {
                        char c = s.charAt(i);
                        if (c == '\n') return !(i > 0 && s.charAt(i - 1) == '\r');
                        return isLineTerm(c);
                    }
                    m.hitEnd = true;
                    return true;
                }
                case A_UNIXDOLLAR: {
                    if (i < to - 1) return false;
                    if (i == to - 1) return s.charAt(i) == '\n';
                    m.hitEnd = true;
                    return true;
                }
                case A_UNIXDOLLAR_M: {
                    if (i < to) return s.charAt(i) == '\n';
                    m.hitEnd = true;
                    return true;
                }
                case A_BOUND: case A_NOTBOUND: case A_UBOUND: case A_UNOTBOUND: {
                    boolean uni = type == A_UBOUND || type == A_UNOTBOUND;
                    boolean left = false, right = false;
                    if (i > from) {
                        int k = i - 1;
                        if (k > from && isLow(s.charAt(k)) && isHigh(s.charAt(k - 1))) k--;
                        left = isWordForBound(s, k, to, uni);
                    }
                    if (i < to) {
                        right = isWordForBound(s, i, to, uni);
                    } else {
                        m.hitEnd = true;
                    }
                    boolean bound = left != right;
                    return (type == A_BOUND || type == A_UBOUND) ? bound : !bound;
                }
                case A_LASTMATCH:
                    return i == m.lastMatchEnd;
                default:
                    return false;
            }
        }
    }

    static final class BackRefNode extends Node {
        final int group;
        final boolean ci, unicode;
        BackRefNode(int group, boolean ci, boolean unicode, Node next) {
            this.group = group; this.ci = ci; this.unicode = unicode; this.next = next;
        }
        boolean match(Matcher m, int i, CharSequence s) {
            if (2 * group + 1 >= m.groups.length) return false;
            int gs = m.groups[2 * group], ge = m.groups[2 * group + 1];
            if (gs < 0) return false;
            int n = ge - gs;
            if (i + n > m.to) {
                m.hitEnd = true;
                return false;
            }
            for (int k = 0; k < n; k++) {
                char a = s.charAt(gs + k), b = s.charAt(i + k);
                if (a == b) continue;
                if (!ci || !eqCI(a, b, unicode)) return false;
            }
            return next.match(m, i + n, s);
        }
    }

    static final class LookaheadNode extends Node {
        final Node body;
        final boolean negative;
        LookaheadNode(Node body, boolean negative, Node next) { this.body = body; this.negative = negative; this.next = next; }
        boolean match(Matcher m, int i, CharSequence s) {
            boolean r = body.match(m, i, s);
            if (r == negative) return false;
            return next.match(m, i, s);
        }
    }

    static final class BehindEnd extends Node {
        final int slot;
        BehindEnd(int slot) { this.slot = slot; }
        boolean match(Matcher m, int i, CharSequence s) {
            return i == m.locals[slot];
        }
    }

    static final class LookbehindNode extends Node {
        final Node body;
        final int minL, maxL, slot;
        final boolean negative;
        LookbehindNode(Node body, int minL, int maxL, int slot, boolean negative, Node next) {
            this.body = body; this.minL = minL; this.maxL = maxL; this.slot = slot; this.negative = negative; this.next = next;
        }
        boolean match(Matcher m, int i, CharSequence s) {
            int save = m.locals[slot];
            m.locals[slot] = i;
            int lo = (maxL == INF || i - maxL < m.from) ? m.from : i - maxL;
            boolean found = false;
            for (int j = i - minL; j >= lo; j--) {
                if (body.match(m, j, s)) {
                    found = true;
                    break;
                }
            }
            m.locals[slot] = save;
            if (found == negative) return false;
            return next.match(m, i, s);
        }
    }

    static final class AtomicEnd extends Node {
        final int slot;
        AtomicEnd(int slot) { this.slot = slot; }
        boolean match(Matcher m, int i, CharSequence s) {
            m.locals[slot] = i;
            return true;
        }
    }

    static final class AtomicNode extends Node {
        final Node body;
        final int slot;
        AtomicNode(Node body, int slot, Node next) { this.body = body; this.slot = slot; this.next = next; }
        boolean match(Matcher m, int i, CharSequence s) {
            int save = m.locals[slot];
            boolean r = body.match(m, i, s);
            int end = m.locals[slot];
            m.locals[slot] = save;
            return r && next.match(m, end, s);
        }
    }

    /** \R: \r\n or any single vertical line break character (\r\n is not split by backtracking). */
    static final class LineBreakNode extends Node {
        LineBreakNode(Node next) { this.next = next; }
        boolean match(Matcher m, int i, CharSequence s) {
            if (i < m.to) {
                char c = s.charAt(i);
                if (c == '\r' && i + 1 < m.to && s.charAt(i + 1) == '\n') {
                    return next.match(m, i + 2, s);
                }
                if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return next.match(m, i + 1, s);
                }
                return false;
            }
            m.hitEnd = true;
            return false;
        }
    }
}
