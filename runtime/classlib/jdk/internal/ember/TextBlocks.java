package jdk.internal.ember;

/** String.stripIndent and String.translateEscapes (the text-block operations of JLS 3.10.7). */
public final class TextBlocks {
    private TextBlocks() {
    }

    public static String stripIndent(String s) {
        if (s.isEmpty())
            return s;
        String[] lines = splitLines(s);
        boolean lastBlank = s.endsWith("\n") || s.endsWith("\r");
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int ws = leading(l);
            if (ws < l.length() || i == lines.length - 1)
                min = Math.min(min, ws);
        }
        if (lastBlank)
            min = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int ws = leading(l);
            String body = ws == l.length() ? "" : l.substring(Math.min(min, l.length()));
            int end = body.length();
            while (end > 0 && Character.isWhitespace(body.charAt(end - 1)))
                end--;
            sb.append(body, 0, end);
            if (i < lines.length - 1)
                sb.append('\n');
        }
        if (lastBlank)
            sb.append('\n');
        return sb.toString();
    }

    private static int leading(String l) {
        int i = 0;
        while (i < l.length() && Character.isWhitespace(l.charAt(i)))
            i++;
        return i;
    }

    private static String[] splitLines(String s) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int i = 0, st = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(s.substring(st, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n')
                    i++;
                st = i + 1;
            }
            i++;
        }
        if (st < s.length())
            out.add(s.substring(st));
        return out.toArray(new String[0]);
    }

    public static String translateEscapes(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= s.length())
                throw new IllegalArgumentException("Invalid escape sequence: \\");
            c = s.charAt(i);
            switch (c) {
            case 'b': sb.append('\b'); break;
            case 'f': sb.append('\f'); break;
            case 'n': sb.append('\n'); break;
            case 'r': sb.append('\r'); break;
            case 's': sb.append(' '); break;
            case 't': sb.append('\t'); break;
            case '\'': case '"': case '\\': sb.append(c); break;
            case '\n': break;
            case '\r':
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n')
                    i++;
                break;
            default:
                if (c >= '0' && c <= '7') {
                    int limit = c <= '3' ? 3 : 2, code = 0, k = 0;
                    while (k < limit && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        code = code * 8 + (s.charAt(i) - '0');
                        i++;
                        k++;
                    }
                    i--;
                    sb.append((char) code);
                } else {
                    throw new IllegalArgumentException("Invalid escape sequence: \\" + c + " \\\\u" + Integer.toHexString(c | 0x10000).substring(1).toUpperCase());
                }
            }
        }
        return sb.toString();
    }
}
