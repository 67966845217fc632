import java.util.*;
public class Tokenizer {
    enum Kind { IDENT, KEYWORD, NUMBER, STRING, OP, PUNCT, COMMENT }
    record Token(Kind kind, String text, int line, int col) { public String toString() { return kind + "(" + text + ")@" + line + ":" + col; } }
    static final Set<String> KEYWORDS = new TreeSet<>(List.of("if", "else", "while", "return", "int", "class", "new"));
    static List<Token> lex(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0, line = 1, col = 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            int start = i, sl = line, sc = col;
            if (c == '\n') { i++; line++; col = 1; continue; }
            if (Character.isWhitespace(c)) { i++; col++; continue; }
            Kind k;
            if (Character.isLetter(c) || c == '_') { while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) i++; k = KEYWORDS.contains(src.substring(start, i)) ? Kind.KEYWORD : Kind.IDENT; }
            else if (Character.isDigit(c)) { while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '.')) i++; k = Kind.NUMBER; }
            else if (c == '"') { i++; while (src.charAt(i) != '"') { if (src.charAt(i) == '\\') i++; i++; } i++; k = Kind.STRING; }
            else if (src.startsWith("//", i)) { while (i < src.length() && src.charAt(i) != '\n') i++; k = Kind.COMMENT; }
            else if ("=<>!+-*/&|".indexOf(c) >= 0) { i++; if (i < src.length() && "=&|+-".indexOf(src.charAt(i)) >= 0) i++; k = Kind.OP; }
            else { i++; k = Kind.PUNCT; }
            out.add(new Token(k, src.substring(start, i), sl, sc));
            col += i - start;
        }
        return out;
    }
    public static void main(String[] args) {
        String src = "class Foo {\n  int x = 42;\n  // a comment\n  int f(int y) { if (y >= 10 && x != 3.5) return y++; else return \"s\\\"q\".length(); }\n}\n";
        List<Token> toks = lex(src);
        for (Token t : toks) System.out.println(t);
        Map<Kind, Integer> counts = new TreeMap<>();
        for (Token t : toks) counts.merge(t.kind(), 1, Integer::sum);
        System.out.println(counts);
        StringTokenizer st = new StringTokenizer("a=1;b=2;;c=3", ";=");
        StringBuilder sb = new StringBuilder();
        while (st.hasMoreTokens()) sb.append('[').append(st.nextToken()).append(']');
        System.out.println(sb + " " + new StringTokenizer("x y  z").countTokens());
        StringTokenizer withDelims = new StringTokenizer("1+2*3", "+*", true);
        sb.setLength(0);
        while (withDelims.hasMoreTokens()) sb.append(withDelims.nextToken()).append(' ');
        System.out.println(sb);
        Scanner sc = new Scanner("10 apples and 2.5 kg\nsecond line");
        System.out.println(sc.nextInt() + " " + sc.next() + " " + sc.next() + " " + sc.nextDouble() + " " + sc.nextLine() + "|" + sc.nextLine() + " " + sc.hasNext());
    }
}
