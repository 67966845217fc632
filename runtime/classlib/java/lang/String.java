package java.lang;

import java.util.Comparator;

/**
 * Strings hold UTF-16 code units in {@code value}; the VM creates them for literals and reads {@code value}
 * directly (runtime/rt_string.c), so the two fields' names and types are part of the VM contract.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    private static final class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        public int compare(String s1, String s2) {
            return s1.compareToIgnoreCase(s2);
        }
    }

    public String() {
        value = new char[0];
    }

    public String(String original) {
        value = original.value;
        hash = original.hash;
    }

    public String(char[] value) {
        this.value = value.clone();
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        this.value = new char[count];
        System.arraycopy(value, offset, this.value, 0, count);
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++)
            n += Character.charCount(codePoints[i]);
        char[] v = new char[n];
        int j = 0;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (cp >= 0x10000) {
                v[j++] = Character.highSurrogate(cp);
                v[j++] = Character.lowSurrogate(cp);
            } else {
                v[j++] = (char) cp;
            }
        }
        this.value = v;
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = jdk.internal.ember.Utf8.decode(bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws java.io.UnsupportedEncodingException {
        checkBoundsOffCount(offset, length, bytes.length);
        String cs = charsetName.toUpperCase();
        if (cs.equals("UTF-8") || cs.equals("UTF8")) {
            this.value = jdk.internal.ember.Utf8.decode(bytes, offset, length);
        } else if (cs.equals("ISO-8859-1") || cs.equals("US-ASCII") || cs.equals("ASCII") || cs.equals("LATIN1")) {
            boolean ascii = cs.indexOf("ASCII") >= 0;
            char[] v = new char[length];
            for (int i = 0; i < length; i++) {
                int b = bytes[offset + i] & 0xff;
                v[i] = ascii && b >= 0x80 ? '\ufffd' : (char) b;
            }
            this.value = v;
        } else {
            throw new java.io.UnsupportedEncodingException(charsetName);
        }
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    public String(StringBuilder builder) {
        this(builder.toString());
    }

    /** Takes ownership of {@code v} without copying (package-private fast path for the library). */
    String(char[] v, boolean share) {
        this.value = v;
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count)
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length)
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length)
            throw new StringIndexOutOfBoundsException("String index out of range: " + index);
        return value[index];
    }

    public int codePointAt(int index) {
        if (index < 0 || index >= value.length)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + value.length);
        return Character.codePointAt(value, index, value.length);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= value.length)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + value.length);
        return Character.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length)
            throw new IndexOutOfBoundsException();
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (Character.isHighSurrogate(value[i]) && Character.isLowSurrogate(value[i + 1])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public byte[] getBytes() {
        return jdk.internal.ember.Utf8.encode(value, 0, value.length);
    }

    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        String cs = charsetName.toUpperCase();
        if (cs.equals("UTF-8") || cs.equals("UTF8"))
            return getBytes();
        if (cs.equals("ISO-8859-1") || cs.equals("US-ASCII") || cs.equals("ASCII") || cs.equals("LATIN1")) {
            int max = cs.indexOf("ASCII") >= 0 ? 0x7f : 0xff;
            byte[] b = new byte[value.length];
            for (int i = 0; i < value.length; i++)
                b[i] = value[i] <= max ? (byte) value[i] : (byte) '?';
            return b;
        }
        throw new java.io.UnsupportedEncodingException(charsetName);
    }

    public boolean equals(Object anObject) {
        if (this == anObject)
            return true;
        if (anObject instanceof String) {
            char[] a = value, b = ((String) anObject).value;
            int n = a.length;
            if (n != b.length)
                return false;
            for (int i = 0; i < n; i++)
                if (a[i] != b[i])
                    return false;
            return true;
        }
        return false;
    }

    public boolean contentEquals(CharSequence cs) {
        int n = value.length;
        if (n != cs.length())
            return false;
        for (int i = 0; i < n; i++)
            if (value[i] != cs.charAt(i))
                return false;
        return true;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return (this == anotherString) ? true
                : (anotherString != null) && (anotherString.value.length == value.length)
                        && regionMatches(true, 0, anotherString, 0, value.length);
    }

    public int compareTo(String anotherString) {
        char[] a = value, b = anotherString.value;
        int lim = Math.min(a.length, b.length);
        for (int k = 0; k < lim; k++) {
            if (a[k] != b[k])
                return a[k] - b[k];
        }
        return a.length - b.length;
    }

    public int compareToIgnoreCase(String str) {
        char[] a = value, b = str.value;
        int lim = Math.min(a.length, b.length);
        for (int k = 0; k < lim; k++) {
            char c1 = a[k], c2 = b[k];
            if (c1 != c2) {
                c1 = Character.toUpperCase(c1);
                c2 = Character.toUpperCase(c2);
                if (c1 != c2) {
                    c1 = Character.toLowerCase(c1);
                    c2 = Character.toLowerCase(c2);
                    if (c1 != c2)
                        return c1 - c2;
                }
            }
        }
        return a.length - b.length;
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        char[] ta = value, pa = other.value;
        if (ooffset < 0 || toffset < 0 || toffset > (long) ta.length - len || ooffset > (long) pa.length - len)
            return false;
        while (len-- > 0) {
            char c1 = ta[toffset++], c2 = pa[ooffset++];
            if (c1 == c2)
                continue;
            if (ignoreCase) {
                char u1 = Character.toUpperCase(c1), u2 = Character.toUpperCase(c2);
                if (u1 == u2)
                    continue;
                if (Character.toLowerCase(u1) == Character.toLowerCase(u2))
                    continue;
            }
            return false;
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        char[] pa = prefix.value;
        if (toffset < 0 || toffset > value.length - pa.length)
            return false;
        for (int i = 0; i < pa.length; i++)
            if (value[toffset + i] != pa[i])
                return false;
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int hashCode() {
        int h = hash;
        if (h == 0 && value.length > 0) {
            char[] v = value;
            for (int i = 0; i < v.length; i++)
                h = 31 * h + v[i];
            hash = h;
        }
        return h;
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        char[] v = value;
        if (fromIndex < 0)
            fromIndex = 0;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < v.length; i++)
                if (v[i] == ch)
                    return i;
            return -1;
        }
        char hi = Character.highSurrogate(ch), lo = Character.lowSurrogate(ch);
        for (int i = fromIndex; i < v.length - 1; i++)
            if (v[i] == hi && v[i + 1] == lo)
                return i;
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, v.length - 1); i >= 0; i--)
                if (v[i] == ch)
                    return i;
            return -1;
        }
        char hi = Character.highSurrogate(ch), lo = Character.lowSurrogate(ch);
        for (int i = Math.min(fromIndex, v.length - 2); i >= 0; i--)
            if (v[i] == hi && v[i + 1] == lo)
                return i;
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str.value, fromIndex);
    }

    static int indexOf(char[] src, int srcCount, char[] tgt, int fromIndex) {
        int tl = tgt.length;
        if (fromIndex >= srcCount)
            return (tl == 0 ? srcCount : -1);
        if (fromIndex < 0)
            fromIndex = 0;
        if (tl == 0)
            return fromIndex;
        char first = tgt[0];
        int max = srcCount - tl;
        for (int i = fromIndex; i <= max; i++) {
            if (src[i] != first) {
                while (++i <= max && src[i] != first)
                    ;
            }
            if (i <= max) {
                int j = i + 1;
                int end = j + tl - 1;
                for (int k = 1; j < end && src[j] == tgt[k]; j++, k++)
                    ;
                if (j == end)
                    return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, fromIndex);
    }

    static int lastIndexOf(char[] src, int srcCount, char[] tgt, int fromIndex) {
        int tl = tgt.length;
        int rightIndex = srcCount - tl;
        if (fromIndex > rightIndex)
            fromIndex = rightIndex;
        if (fromIndex < 0)
            return -1;
        if (tl == 0)
            return fromIndex;
        outer: for (int i = fromIndex; i >= 0; i--) {
            for (int k = 0; k < tl; k++)
                if (src[i + k] != tgt[k])
                    continue outer;
            return i;
        }
        return -1;
    }

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        int length = value.length;
        checkBoundsBeginEnd(beginIndex, endIndex, length);
        if (beginIndex == 0 && endIndex == length)
            return this;
        int n = endIndex - beginIndex;
        char[] v = new char[n];
        System.arraycopy(value, beginIndex, v, 0, n);
        return new String(v, true);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return this.substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty())
            return this;
        char[] v = new char[value.length + str.value.length];
        System.arraycopy(value, 0, v, 0, value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar != newChar) {
            char[] v = value;
            for (int i = 0; i < v.length; i++) {
                if (v[i] == oldChar) {
                    char[] buf = v.clone();
                    for (int j = i; j < buf.length; j++)
                        if (buf[j] == oldChar)
                            buf[j] = newChar;
                    return new String(buf, true);
                }
            }
        }
        return this;
    }

    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String tgt = target.toString(), repl = replacement.toString();
        int tl = tgt.length();
        if (tl == 0) {
            StringBuilder sb = new StringBuilder(value.length * (repl.length() + 1) + repl.length());
            sb.append(repl);
            for (char c : value)
                sb.append(c).append(repl);
            return sb.toString();
        }
        int j = indexOf(tgt);
        if (j < 0)
            return this;
        StringBuilder sb = new StringBuilder(value.length + 16);
        int i = 0;
        do {
            sb.append(value, i, j - i).append(repl);
            i = j + tl;
        } while ((j = indexOf(tgt, i)) >= 0);
        sb.append(value, i, value.length - i);
        return sb.toString();
    }

    public String[] split(String regex, int limit) {
        return java.util.regex.Pattern.compile(regex).split(this, limit);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0)
                sb.append(delimiter);
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (CharSequence cs : elements) {
            if (!first)
                sb.append(delimiter);
            sb.append(cs);
            first = false;
        }
        return sb.toString();
    }

    public String toLowerCase() {
        char[] v = value;
        for (int i = 0; i < v.length; i++) {
            char c = v[i];
            if (Character.toLowerCase(c) != c || Character.isSurrogate(c)) {
                return caseMap(false);
            }
        }
        return this;
    }

    public String toLowerCase(java.util.Locale locale) {
        return toLowerCase();
    }

    public String toUpperCase() {
        char[] v = value;
        for (int i = 0; i < v.length; i++) {
            char c = v[i];
            if (Character.toUpperCase(c) != c || c == '\u00df' || Character.isSurrogate(c)) {
                return caseMap(true);
            }
        }
        return this;
    }

    public String toUpperCase(java.util.Locale locale) {
        return toUpperCase();
    }

    private String caseMap(boolean upper) {
        StringBuilder sb = new StringBuilder(value.length);
        for (int i = 0; i < value.length; i++) {
            char c = value[i];
            if (Character.isHighSurrogate(c) && i + 1 < value.length && Character.isLowSurrogate(value[i + 1])) {
                int cp = Character.toCodePoint(c, value[i + 1]);
                sb.appendCodePoint(upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp));
                i++;
            } else if (upper && c == '\u00df') {
                sb.append("SS");
            } else if (!upper && c == '\u0130') {
                sb.append("i\u0307");
            } else {
                sb.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    public String trim() {
        int len = value.length;
        int st = 0;
        while ((st < len) && (value[st] <= ' '))
            st++;
        while ((st < len) && (value[len - 1] <= ' '))
            len--;
        return ((st > 0) || (len < value.length)) ? substring(st, len) : this;
    }

    public String strip() {
        int st = leadingWhite(), end = trailingWhite();
        return st >= end ? "" : substring(st, end);
    }

    public String stripLeading() {
        int st = leadingWhite();
        return st == value.length ? "" : substring(st);
    }

    public String stripTrailing() {
        int end = trailingWhite();
        return end == 0 ? "" : substring(0, end);
    }

    private int leadingWhite() {
        int i = 0;
        while (i < value.length) {
            int cp = Character.codePointAt(value, i, value.length);
            if (!Character.isWhitespace(cp))
                break;
            i += Character.charCount(cp);
        }
        return i;
    }

    private int trailingWhite() {
        int i = value.length;
        while (i > 0) {
            int cp = Character.codePointBefore(value, i, 0);
            if (!Character.isWhitespace(cp))
                break;
            i -= Character.charCount(cp);
        }
        return i;
    }

    public boolean isBlank() {
        return leadingWhite() == value.length;
    }

    public String indent(int n) {
        if (isEmpty())
            return "";
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < value.length) {
            int j = i;
            while (j < value.length && value[j] != '\n' && value[j] != '\r')
                j++;
            String line = substring(i, j);
            if (n > 0)
                sb.append(" ".repeat(n)).append(line);
            else if (n < 0) {
                int k = 0;
                while (k < -n && k < line.length() && Character.isWhitespace(line.charAt(k)))
                    k++;
                sb.append(line.substring(k));
            } else
                sb.append(line);
            sb.append('\n');
            if (j < value.length && value[j] == '\r' && j + 1 < value.length && value[j + 1] == '\n')
                j++;
            i = j + 1;
        }
        return sb.toString();
    }

    public String stripIndent() {
        return jdk.internal.ember.TextBlocks.stripIndent(this);
    }

    public String translateEscapes() {
        return jdk.internal.ember.TextBlocks.translateEscapes(this);
    }

    public String formatted(Object... args) {
        return jdk.internal.ember.Fmt.format(this, args);
    }

    public java.util.stream.IntStream chars() {
        int[] a = new int[value.length];
        for (int i = 0; i < a.length; i++)
            a[i] = value[i];
        return jdk.internal.ember.IntArrayStream.of(a);
    }

    public java.util.stream.Stream<String> lines() {
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        int n = value.length, start = 0;
        for (int i = 0; i < n; i++) {
            char c = value[i];
            if (c == '\n' || c == '\r') {
                list.add(substring(start, i));
                if (c == '\r' && i + 1 < n && value[i + 1] == '\n')
                    i++;
                start = i + 1;
            }
        }
        if (start < n)
            list.add(substring(start, n));
        return java.util.stream.StreamSupport.iteratorStream(list.iterator(), -1);
    }

    public java.util.stream.IntStream codePoints() {
        int n = codePointCount(0, value.length);
        int[] a = new int[n];
        int j = 0;
        for (int i = 0; i < value.length;) {
            int cp = Character.codePointAt(value, i, value.length);
            a[j++] = cp;
            i += Character.charCount(cp);
        }
        return jdk.internal.ember.IntArrayStream.of(a);
    }

    public String toString() {
        return this;
    }

    public char[] toCharArray() {
        return value.clone();
    }

    public static String format(String format, Object... args) {
        return jdk.internal.ember.Fmt.format(format, args);
    }

    public static String format(java.util.Locale l, String format, Object... args) {
        return jdk.internal.ember.Fmt.format(format, args);
    }

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] { c }, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    public native String intern();

    public String repeat(int count) {
        if (count < 0)
            throw new IllegalArgumentException("count is negative: " + count);
        if (count == 1)
            return this;
        int len = value.length;
        if (len == 0 || count == 0)
            return "";
        if (Integer.MAX_VALUE / count < len)
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        char[] v = new char[len * count];
        for (int i = 0; i < count; i++)
            System.arraycopy(value, 0, v, i * len, len);
        return new String(v, true);
    }

    /** The chars, shared: for library code that only reads them. */
    char[] value() {
        return value;
    }
}
