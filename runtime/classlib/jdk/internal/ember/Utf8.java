package jdk.internal.ember;

/** UTF-8 conversion used by String, the streams and the VM's own output path. */
public final class Utf8 {
    private Utf8() {
    }

    /** Decodes UTF-8, replacing malformed input by U+FFFD as the JDK's decoder does. */
    public static char[] decode(byte[] b, int off, int len) {
        char[] out = new char[len];
        int n = 0, i = off, end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out[n++] = (char) c;
                i++;
                continue;
            }
            int need, cp;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
            } else {
                out[n++] = '\ufffd';
                i++;
                continue;
            }
            int j = i + 1, k = 0;
            boolean bad = false;
            while (k < need) {
                if (j >= end || (b[j] & 0xc0) != 0x80) {
                    bad = true;
                    break;
                }
                int cc = b[j] & 0xff;
                if (k == 0) {
                    if ((c == 0xe0 && cc < 0xa0) || (c == 0xed && cc > 0x9f) || (c == 0xf0 && cc < 0x90)
                            || (c == 0xf4 && cc > 0x8f)) {
                        bad = true;
                        break;
                    }
                }
                cp = (cp << 6) | (cc & 0x3f);
                j++;
                k++;
            }
            if (bad) {
                out[n++] = '\ufffd';
                i = (j > i + 1) ? j : i + 1;
                continue;
            }
            if (cp >= 0x10000) {
                if (n + 2 > out.length) {
                    char[] bigger = new char[out.length + 16];
                    System.arraycopy(out, 0, bigger, 0, n);
                    out = bigger;
                }
                out[n++] = (char) (0xd800 + ((cp - 0x10000) >> 10));
                out[n++] = (char) (0xdc00 + ((cp - 0x10000) & 0x3ff));
            } else {
                out[n++] = (char) cp;
            }
            i = j;
        }
        if (n == out.length)
            return out;
        char[] r = new char[n];
        System.arraycopy(out, 0, r, 0, n);
        return r;
    }

    /** Encodes UTF-16 to UTF-8; an unpaired surrogate becomes '?', as the JDK's encoder does. */
    public static byte[] encode(char[] v, int off, int len) {
        int n = 0;
        for (int i = off; i < off + len; i++) {
            char c = v[i];
            if (c < 0x80)
                n++;
            else if (c < 0x800)
                n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < off + len && Character.isLowSurrogate(v[i + 1])) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c))
                n++;
            else
                n += 3;
        }
        byte[] b = new byte[n];
        int j = 0;
        for (int i = off; i < off + len; i++) {
            char c = v[i];
            if (c < 0x80) {
                b[j++] = (byte) c;
            } else if (c < 0x800) {
                b[j++] = (byte) (0xc0 | (c >> 6));
                b[j++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < off + len && Character.isLowSurrogate(v[i + 1])) {
                int cp = Character.toCodePoint(c, v[++i]);
                b[j++] = (byte) (0xf0 | (cp >> 18));
                b[j++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                b[j++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                b[j++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                b[j++] = (byte) '?';
            } else {
                b[j++] = (byte) (0xe0 | (c >> 12));
                b[j++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[j++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return b;
    }
}
