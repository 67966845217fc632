public class ParseIntErrors {
    static void tryInt(String s) {
        try { System.out.println("int '" + s + "' = " + Integer.parseInt(s)); }
        catch (NumberFormatException e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
    }
    static void tryLong(String s, int radix) {
        try { System.out.println("long '" + s + "' r" + radix + " = " + Long.parseLong(s, radix)); }
        catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    }
    public static void main(String[] args) {
        String[] ins = {"0", "-0", "+5", "123", "-2147483648", "2147483647", "2147483648", "-2147483649", "abc", "", " 1", "1 ", "1.0", "--1", "+", "-", "0x10", "00012", "\u0661\u0662"};
        for (String s : ins) tryInt(s);
        try { Integer.parseInt(null); } catch (NumberFormatException e) { System.out.println("null: " + e.getMessage()); }
        tryLong("9223372036854775807", 10);
        tryLong("9223372036854775808", 10);
        tryLong("-8000000000000000", 16);
        tryLong("zz", 36);
        tryLong("12", 2);
        tryLong("777", 8);
        try { Integer.parseInt("1", 99); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedString(-1) + " " + Long.parseUnsignedLong("18446744073709551615"));
        try { Integer.valueOf("x1"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.decode("0xZZ"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff") + " " + Long.decode("0X7fffffffffffffff"));
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16));
    }
}
