public class StringUnicode {
    public static void main(String[] args) throws Exception {
        String s = "Grüße, 世界! \u03b1\u03b2\u03b3";
        System.out.println(s);
        System.out.println(s.length() + " " + s.toUpperCase() + " " + s.toLowerCase());
        for (int i = 0; i < s.length(); i++) System.out.print((int) s.charAt(i) + " ");
        System.out.println();
        String emoji = "a\uD83D\uDE00b";
        System.out.println(emoji.length() + " " + emoji.codePointCount(0, emoji.length()) + " " + Integer.toHexString(emoji.codePointAt(1)) + " " + Character.isSurrogate(emoji.charAt(1)));
        System.out.println(emoji);
        System.out.println(new StringBuilder(emoji).reverse());
        System.out.println(Character.isLetter('ü') + " " + Character.isLetter('世') + " " + Character.isDigit('٣') + " " + Character.getNumericValue('٣'));
        System.out.println("ÀÉÎ".toLowerCase() + " " + "àéî".toUpperCase() + " " + "ǅ".toUpperCase());
        System.out.println("é".equals("\u00e9") + " " + "\u00e9".compareTo("e"));
        byte[] utf8 = s.getBytes("UTF-8");
        System.out.println(utf8.length + " " + new String(utf8, "UTF-8").equals(s));
        System.out.println(String.valueOf(Character.toChars(0x1F600)).length());
    }
}
