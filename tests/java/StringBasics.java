public class StringBasics {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(4) + " " + s.isEmpty() + " " + "".isEmpty() + " " + "  ".isBlank());
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.subSequence(3, 8));
        System.out.println(s.toUpperCase() + " " + s.toLowerCase());
        System.out.println(s.concat("!") + " " + s.replace('l', 'L') + " " + s.replace("World", "There"));
        System.out.println(s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.endsWith("ld") + " " + s.contains("o, W"));
        System.out.println("[" + "  padded \t\n".trim() + "]");
        System.out.println(s.equals("Hello, World") + " " + s.equalsIgnoreCase("hello, world") + " " + s.equals(null));
        System.out.println(String.valueOf(3.5) + String.valueOf(true) + String.valueOf('c') + String.valueOf(10L) + String.valueOf(1.5f));
        char[] cs = s.toCharArray();
        System.out.println(cs.length + " " + cs[0] + cs[cs.length - 1]);
        System.out.println(new String(cs, 7, 5) + " " + String.valueOf(cs) + " " + String.copyValueOf(cs, 0, 2));
        System.out.println("a,b,,c,".split(",").length + " " + "a,b,,c,".split(",", -1).length + " " + "a,b,,c,".split(",", 2)[1]);
        StringBuilder sb = new StringBuilder();
        for (String part : "the quick  brown fox".split(" ")) sb.append('<').append(part).append('>');
        System.out.println(sb);
        System.out.println("abc".compareTo("abd") + " " + "abc".compareTo("ab") + " " + "B".compareTo("a") + " " + "B".compareToIgnoreCase("a"));
        System.out.println("Mississippi".indexOf("ss") + " " + "Mississippi".lastIndexOf("ss") + " " + "Mississippi".indexOf('s', 4) + " " + "Mississippi".indexOf("x"));
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join("/", java.util.List.of("x", "y")));
        System.out.println("ab".repeat(3) + "|" + "x".repeat(0) + "|");
        System.out.println("[" + "  strip me  ".strip() + "][" + "  strip me  ".stripLeading() + "][" + "  strip me  ".stripTrailing() + "]");
        System.out.println("line1\nline2\r\nline3".lines().count());
        System.out.println("%d items".formatted(5));
        System.out.println("racecar".contentEquals(new StringBuilder("racecar")));
        System.out.println("A-B-C".chars().filter(c -> c == '-').count());
        System.out.println("hello".hashCode() + " " + "".hashCode() + " " + "Aa".hashCode() + " " + "BB".hashCode());
        System.out.println("abc".matches("[a-c]+") + " " + "a1b2".replaceAll("[0-9]", "#") + " " + "aaa".replaceFirst("a", "b"));
        System.out.println("TeSt".regionMatches(true, 0, "test", 0, 4) + " " + "TeSt".regionMatches(0, "test", 0, 4));
        System.out.println("\u00c9t\u00e9".toUpperCase().length() + " " + "straße".length());
        System.out.println("indent".indent(2).replace(' ', '.') + "|");
        System.out.println("a\tb".translateEscapes().length() + " " + "x".codePointAt(0) + " " + "xyz".codePointCount(0, 3));
        String intern1 = new String("interned"), intern2 = "interned";
        System.out.println((intern1 == intern2) + " " + (intern1.intern() == intern2));
    }
}
