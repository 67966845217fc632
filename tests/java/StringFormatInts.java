public class StringFormatInts {
    public static void main(String[] args) {
        int[] vals = {0, 7, -7, 255, -255, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : vals) {
            System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%,d] [%(d] [%x] [%X] [%o] [%#x] [%#o] [%08X]", v, v, v, v, v, v, v, v, v, v, v, v, v, v));
        }
        long[] lvals = {0L, 1234567890123L, -1L, Long.MIN_VALUE};
        for (long v : lvals) System.out.println(String.format("%d %x %o %,d %20d|", v, v, v, v, v));
        System.out.println(String.format("%d %d %d", (byte) -1, (short) 300, 'a' + 0));
        System.out.println(String.format("%x %x", (byte) -1, (short) -1));
        System.out.println(String.format("%2$d %1$d %2$d", 10, 20));
        System.out.println(String.format("%d%%", 50));
        System.out.println(String.format("a%nb").length());
        System.out.println(String.format("%s", 12) + String.format("%10s|%-10s|", 5, 6));
        System.out.printf("printf %d %s%n", 3, "three");
        System.out.println(String.format("%,d", 1234567) + " " + String.format("%,.2f", 1234567.891));
        System.out.println(String.format("%x", 3000000000L) + " " + String.format("%X", Long.MAX_VALUE));
        try { String.format("%d", "str"); } catch (java.util.IllegalFormatException e) { System.out.println(e.getClass().getSimpleName()); }
        try { String.format("%d %d", 1); } catch (java.util.MissingFormatArgumentException e) { System.out.println(e.getClass().getSimpleName() + " " + e.getMessage()); }
    }
}
