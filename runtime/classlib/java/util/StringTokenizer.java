package java.util;

public class StringTokenizer implements Enumeration<Object> {
    private int pos;
    private final String str;
    private String delims;
    private final boolean retDelims;

    public StringTokenizer(String str, String delim, boolean returnDelims) {
        this.str = str;
        this.delims = delim;
        this.retDelims = returnDelims;
        str.length();
    }

    public StringTokenizer(String str, String delim) {
        this(str, delim, false);
    }

    public StringTokenizer(String str) {
        this(str, " \t\n\r\f", false);
    }

    private boolean isDelim(int cp) {
        return delims != null && delims.indexOf(cp) >= 0;
    }

    private int skipDelimiters(int p) {
        if (delims == null)
            throw new NullPointerException();
        while (!retDelims && p < str.length()) {
            int cp = str.codePointAt(p);
            if (!isDelim(cp))
                break;
            p += Character.charCount(cp);
        }
        return p;
    }

    private int scanToken(int p) {
        int start = p;
        while (p < str.length()) {
            int cp = str.codePointAt(p);
            if (isDelim(cp))
                break;
            p += Character.charCount(cp);
        }
        if (retDelims && start == p && p < str.length()) {
            int cp = str.codePointAt(p);
            if (isDelim(cp))
                p += Character.charCount(cp);
        }
        return p;
    }

    public boolean hasMoreTokens() {
        return skipDelimiters(pos) < str.length();
    }

    public String nextToken() {
        pos = skipDelimiters(pos);
        if (pos >= str.length())
            throw new NoSuchElementException();
        int start = pos;
        pos = scanToken(pos);
        return str.substring(start, pos);
    }

    public String nextToken(String delim) {
        delims = delim;
        return nextToken();
    }

    public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    public Object nextElement() {
        return nextToken();
    }

    public int countTokens() {
        int count = 0;
        int p = pos;
        while (p < str.length()) {
            p = skipDelimiters(p);
            if (p >= str.length())
                break;
            p = scanToken(p);
            count++;
        }
        return count;
    }
}
