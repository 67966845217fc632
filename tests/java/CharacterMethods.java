public class CharacterMethods {
    public static void main(String[] args) {
        for (int i = 32; i < 127; i++) {
            char c = (char) i;
            System.out.println(i + " '" + c + "' d=" + Character.isDigit(c) + " l=" + Character.isLetter(c) + " ld=" + Character.isLetterOrDigit(c) + " a=" + Character.isAlphabetic(c)
                + " u=" + Character.isUpperCase(c) + " lo=" + Character.isLowerCase(c) + " ws=" + Character.isWhitespace(c) + " sp=" + Character.isSpaceChar(c)
                + " U=" + Character.toUpperCase(c) + " L=" + Character.toLowerCase(c) + " nv=" + Character.getNumericValue(c) + " dig16=" + Character.digit(c, 16)
                + " jid=" + Character.isJavaIdentifierStart(c) + Character.isJavaIdentifierPart(c) + " t=" + Character.getType(c));
        }
        for (int i = 0; i < 32; i++) System.out.print(Character.isWhitespace((char) i) ? "W" : Character.isISOControl((char) i) ? "C" : ".");
        System.out.println();
        System.out.println(Character.isDigit('\u0660') + " " + Character.isLetter('\u00e9') + " " + Character.toUpperCase('\u00e9') + " " + Character.isWhitespace('\u00a0') + " " + Character.isSpaceChar('\u00a0'));
        System.out.println(Character.toChars(65)[0] + " " + Character.charCount(0x10000) + " " + Character.isValidCodePoint(0x110000) + " " + Character.compare('a', 'b') + " " + Character.reverseBytes('\u1234'));
        System.out.println(Character.getName('A'));
    }
}
