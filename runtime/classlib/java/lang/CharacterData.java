/*
 * Ember class library: decoded Unicode property tables behind java.lang.Character.
 * The raw data is in CharacterTables (generated from HotSpot 17's observable behaviour by
 * tests/classlib/numbers/GenCharData.java); each property is decoded lazily on first use
 * through a holder class.  Lookups are binary searches over sorted range starts.
 */
package java.lang;

final class CharacterData {
    private CharacterData() { }

    private static char[] join(String[] parts) {
        int n = 0;
        for (String p : parts) n += p.length();
        char[] r = new char[n];
        int o = 0;
        for (String p : parts) {
            p.getChars(0, p.length(), r, o);
            o += p.length();
        }
        return r;
    }

    /** Range table: starts[] sorted, vals[] value from starts[i] up to starts[i+1]-1. */
    static final class Ranges {
        final int[] starts;
        final int[] vals;

        Ranges(String[] parts) {
            char[] c = join(parts);
            int n = c.length / 3;
            starts = new int[n];
            vals = new int[n];
            for (int i = 0; i < n; i++) {
                starts[i] = (c[3 * i] << 16) | c[3 * i + 1];
                vals[i] = c[3 * i + 2];
            }
        }

        int get(int cp) {
            int[] s = starts;
            int lo = 0, hi = s.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (s[mid] <= cp) lo = mid; else hi = mid - 1;
            }
            return vals[lo];
        }
    }

    /** Boolean property as sorted toggle points (first toggle turns it on). */
    static final class Toggles {
        final int[] pts;

        Toggles(String[] parts) {
            char[] c = join(parts);
            pts = new int[c.length / 2];
            for (int i = 0; i < pts.length; i++) pts[i] = (c[2 * i] << 16) | c[2 * i + 1];
        }

        boolean get(int cp) {
            // number of toggle points <= cp, odd means "on"
            int[] p = pts;
            int lo = 0, hi = p.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (p[mid] <= cp) lo = mid + 1; else hi = mid;
            }
            return (lo & 1) != 0;
        }
    }

    /** Case mapping: entries (start, count, step, delta). */
    static final class Mapping {
        final int[] start, end, step, delta;

        Mapping(String[] parts) {
            char[] c = join(parts);
            int n = c.length / 6;
            start = new int[n];
            end = new int[n];
            step = new int[n];
            delta = new int[n];
            for (int i = 0; i < n; i++) {
                int b = 6 * i;
                start[i] = (c[b] << 16) | c[b + 1];
                step[i] = c[b + 3];
                end[i] = start[i] + (c[b + 2] - 1) * step[i];
                delta[i] = (c[b + 4] << 16) | c[b + 5];
            }
        }

        int map(int cp) {
            int[] s = start;
            int lo = 0, hi = s.length - 1;
            if (hi < 0 || cp < s[0]) return cp;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (s[mid] <= cp) lo = mid; else hi = mid - 1;
            }
            if (cp <= end[lo] && ((cp - s[lo]) % step[lo]) == 0) return cp + delta[lo];
            return cp;
        }
    }

    static final class Type { static final Ranges T = new Ranges(CharacterTables.TYPE); }
    static final class Upper { static final Mapping T = new Mapping(CharacterTables.UPPER); }
    static final class Lower { static final Mapping T = new Mapping(CharacterTables.LOWER); }
    static final class Title { static final Mapping T = new Mapping(CharacterTables.TITLE); }
    static final class Digit { static final Ranges T = new Ranges(CharacterTables.DIGIT); }
    static final class Numeric { static final Ranges T = new Ranges(CharacterTables.NUMERIC); }
    static final class Alphabetic { static final Toggles T = new Toggles(CharacterTables.ALPHABETIC); }
    static final class Ideographic { static final Toggles T = new Toggles(CharacterTables.IDEOGRAPHIC); }
    static final class LowerCase { static final Toggles T = new Toggles(CharacterTables.LOWERCASE); }
    static final class UpperCase { static final Toggles T = new Toggles(CharacterTables.UPPERCASE); }
    static final class JavaStart { static final Toggles T = new Toggles(CharacterTables.JAVA_START); }
    static final class JavaPart { static final Toggles T = new Toggles(CharacterTables.JAVA_PART); }
    static final class UnicodeStart { static final Toggles T = new Toggles(CharacterTables.UNICODE_START); }
    static final class UnicodePart { static final Toggles T = new Toggles(CharacterTables.UNICODE_PART); }
    static final class Ignorable { static final Toggles T = new Toggles(CharacterTables.IGNORABLE); }
    static final class Whitespace { static final Toggles T = new Toggles(CharacterTables.WHITESPACE); }
    static final class Mirrored { static final Toggles T = new Toggles(CharacterTables.MIRRORED); }
    static final class Directionality { static final Ranges T = new Ranges(CharacterTables.DIRECTIONALITY); }

    static int getType(int cp) {
        if (cp < 0 || cp > 0x10FFFF) return 0;
        return Type.T.get(cp);
    }

    static int toUpperCase(int cp) {
        if (cp < 0 || cp > 0x10FFFF) return cp;
        return Upper.T.map(cp);
    }

    static int toLowerCase(int cp) {
        if (cp < 0 || cp > 0x10FFFF) return cp;
        return Lower.T.map(cp);
    }

    static int toTitleCase(int cp) {
        if (cp < 0 || cp > 0x10FFFF) return cp;
        return Title.T.map(cp);
    }

    /** Character.digit(cp, 36), or -1 */
    static int digit36(int cp) {
        if (cp < 0 || cp > 0x10FFFF) return -1;
        int v = (short) Digit.T.get(cp);
        if (v == -1000) return -1;
        return v + cp % 1000;
    }

    static int getNumericValue(int cp) {
        if (cp < 0 || cp > 0x10FFFF) return -1;
        int v = Numeric.T.get(cp);
        if (v >= 60000) return (short) v;
        if (v >= 40000) return CharacterTables.BIG_NUMERIC[v - 40000];
        if (v >= 10000) return v - 20000 + cp % 1000;
        return (short) v;
    }

    static boolean in(Toggles t, int cp) {
        return cp >= 0 && cp <= 0x10FFFF && t.get(cp);
    }

    static byte getDirectionality(int cp) {
        if (cp < 0 || cp > 0x10FFFF) return -1;
        return (byte) Directionality.T.get(cp);
    }
}
