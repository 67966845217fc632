// Exhaustive differential test of shadow.lang.Character vs java.lang.Character over all code
// points (plus invalid ones) and all radices for digit/forDigit.
public class CharDiff {
    static long n, bad;
    static void eq(String what, int cp, long a, long b) {
        n++;
        if (a != b && bad++ < 30) System.out.println(what + "(" + Integer.toHexString(cp) + ") ours=" + a + " jdk=" + b);
    }
    static int z(boolean b) { return b ? 1 : 0; }
    public static void main(String[] args) {
        int[] extra = {-1, -2, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x110000, 0x7fffffff, -0x10000};
        for (int k = -extra.length; k <= 0x10FFFF; k++) {
            int c = k < 0 ? extra[-k - 1] : k;
            eq("getType", c, shadow.lang.Character.getType(c), Character.getType(c));
            eq("isLowerCase", c, z(shadow.lang.Character.isLowerCase(c)), z(Character.isLowerCase(c)));
            eq("isUpperCase", c, z(shadow.lang.Character.isUpperCase(c)), z(Character.isUpperCase(c)));
            eq("isTitleCase", c, z(shadow.lang.Character.isTitleCase(c)), z(Character.isTitleCase(c)));
            eq("isDigit", c, z(shadow.lang.Character.isDigit(c)), z(Character.isDigit(c)));
            eq("isDefined", c, z(shadow.lang.Character.isDefined(c)), z(Character.isDefined(c)));
            eq("isLetter", c, z(shadow.lang.Character.isLetter(c)), z(Character.isLetter(c)));
            eq("isLetterOrDigit", c, z(shadow.lang.Character.isLetterOrDigit(c)), z(Character.isLetterOrDigit(c)));
            eq("isAlphabetic", c, z(shadow.lang.Character.isAlphabetic(c)), z(Character.isAlphabetic(c)));
            eq("isIdeographic", c, z(shadow.lang.Character.isIdeographic(c)), z(Character.isIdeographic(c)));
            eq("isJavaIdentifierStart", c, z(shadow.lang.Character.isJavaIdentifierStart(c)), z(Character.isJavaIdentifierStart(c)));
            eq("isJavaIdentifierPart", c, z(shadow.lang.Character.isJavaIdentifierPart(c)), z(Character.isJavaIdentifierPart(c)));
            eq("isUnicodeIdentifierStart", c, z(shadow.lang.Character.isUnicodeIdentifierStart(c)), z(Character.isUnicodeIdentifierStart(c)));
            eq("isUnicodeIdentifierPart", c, z(shadow.lang.Character.isUnicodeIdentifierPart(c)), z(Character.isUnicodeIdentifierPart(c)));
            eq("isIdentifierIgnorable", c, z(shadow.lang.Character.isIdentifierIgnorable(c)), z(Character.isIdentifierIgnorable(c)));
            eq("isMirrored", c, z(shadow.lang.Character.isMirrored(c)), z(Character.isMirrored(c)));
            eq("isSpaceChar", c, z(shadow.lang.Character.isSpaceChar(c)), z(Character.isSpaceChar(c)));
            eq("isWhitespace", c, z(shadow.lang.Character.isWhitespace(c)), z(Character.isWhitespace(c)));
            eq("isISOControl", c, z(shadow.lang.Character.isISOControl(c)), z(Character.isISOControl(c)));
            eq("toLowerCase", c, shadow.lang.Character.toLowerCase(c), Character.toLowerCase(c));
            eq("toUpperCase", c, shadow.lang.Character.toUpperCase(c), Character.toUpperCase(c));
            eq("toTitleCase", c, shadow.lang.Character.toTitleCase(c), Character.toTitleCase(c));
            eq("getNumericValue", c, shadow.lang.Character.getNumericValue(c), Character.getNumericValue(c));
            eq("getDirectionality", c, shadow.lang.Character.getDirectionality(c), Character.getDirectionality(c));
            eq("isValidCodePoint", c, z(shadow.lang.Character.isValidCodePoint(c)), z(Character.isValidCodePoint(c)));
            eq("isBmpCodePoint", c, z(shadow.lang.Character.isBmpCodePoint(c)), z(Character.isBmpCodePoint(c)));
            eq("isSupplementaryCodePoint", c, z(shadow.lang.Character.isSupplementaryCodePoint(c)), z(Character.isSupplementaryCodePoint(c)));
            eq("charCount", c, shadow.lang.Character.charCount(c), Character.charCount(c));
            eq("highSurrogate", c, shadow.lang.Character.highSurrogate(c), Character.highSurrogate(c));
            eq("lowSurrogate", c, shadow.lang.Character.lowSurrogate(c), Character.lowSurrogate(c));
            for (int r = 0; r <= 37; r += (c < 0x3000 || r < 2 || r > 35) ? 1 : 6)
                eq("digit/" + r, c, shadow.lang.Character.digit(c, r), Character.digit(c, r));
            String a, b;
            try { a = shadow.lang.Character.toString(c); } catch (Exception e) { a = e.toString(); }
            try { b = Character.toString(c); } catch (Exception e) { b = e.toString(); }
            n++;
            if (!a.equals(b) && bad++ < 30) System.out.println("toString(" + c + ") ours=" + a + " jdk=" + b);
            if (c >= 0 && c <= 0xFFFF) {
                char ch = (char) c;
                eq("isSpace", c, z(shadow.lang.Character.isSpace(ch)), z(Character.isSpace(ch)));
                eq("toUpperCase(char)", c, shadow.lang.Character.toUpperCase(ch), Character.toUpperCase(ch));
                eq("toLowerCase(char)", c, shadow.lang.Character.toLowerCase(ch), Character.toLowerCase(ch));
                eq("isHighSurrogate", c, z(shadow.lang.Character.isHighSurrogate(ch)), z(Character.isHighSurrogate(ch)));
                eq("isLowSurrogate", c, z(shadow.lang.Character.isLowSurrogate(ch)), z(Character.isLowSurrogate(ch)));
                eq("isSurrogate", c, z(shadow.lang.Character.isSurrogate(ch)), z(Character.isSurrogate(ch)));
                eq("reverseBytes", c, shadow.lang.Character.reverseBytes(ch), Character.reverseBytes(ch));
            }
        }
        for (int r = -1; r < 40; r++) for (int d = -2; d < 40; d++)
            eq("forDigit/" + r, d, shadow.lang.Character.forDigit(d, r), Character.forDigit(d, r));
        String s = "a\uD83D\uDE00b\uDC00\uD800";
        for (int i = 0; i < s.length(); i++) {
            eq("codePointAt", i, shadow.lang.Character.codePointAt(s, i), Character.codePointAt(s, i));
            eq("codePointBefore", i + 1, shadow.lang.Character.codePointBefore(s, i + 1), Character.codePointBefore(s, i + 1));
            for (int j = i; j <= s.length(); j++)
                eq("codePointCount", i * 100 + j, shadow.lang.Character.codePointCount(s, i, j), Character.codePointCount(s, i, j));
            for (int o = -3; o < 3; o++) {
                long x, y;
                try { x = shadow.lang.Character.offsetByCodePoints(s, i, o); } catch (IndexOutOfBoundsException e) { x = -99; }
                try { y = Character.offsetByCodePoints(s, i, o); } catch (IndexOutOfBoundsException e) { y = -99; }
                eq("offsetByCodePoints", i * 100 + o, x, y);
            }
        }
        System.out.println("CharDiff: compared " + n + " results, mismatches " + bad);
    }
}
