public class UnsignedRadix {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 100, -100, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xCAFEBABE};
        for (int v : vals) {
            StringBuilder sb = new StringBuilder(v + ":");
            for (int r = 2; r <= 36; r += 5) sb.append(' ').append(Integer.toString(v, r)).append('/').append(Integer.toUnsignedString(v, r));
            System.out.println(sb);
        }
        for (int r = 2; r <= 36; r++) System.out.print(Integer.parseInt("101", r) + " ");
        System.out.println();
        System.out.println(Integer.toString(10, 99) + " " + Integer.toString(10, 1));
        System.out.println(Long.toUnsignedString(-1L) + " " + Long.toUnsignedString(Long.MIN_VALUE, 36) + " " + Long.parseUnsignedLong("ffffffffffffffff", 16));
        System.out.println(Integer.divideUnsigned(0x80000000, 7) + " " + Integer.remainderUnsigned(0x80000000, 7) + " " + Long.divideUnsigned(Long.MIN_VALUE, 3));
        System.out.println(Integer.parseUnsignedInt("ffffffff", 16) + " " + Integer.toUnsignedLong(0x80000000));
        try { Integer.parseUnsignedInt("-1"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.parseUnsignedInt("4294967296"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(Character.forDigit(15, 16) + "" + Character.forDigit(35, 36) + Character.forDigit(5, 2) + "|" + Character.digit('Z', 36) + " " + Character.digit('8', 8));
    }
}
