public class ShiftOps {
    public static void main(String[] args) {
        int[] vals = {1, -1, 0x80000000, 0x7fffffff, 0x12345678, -100};
        int[] counts = {0, 1, 4, 31, 32, 33, 63, 64, -1, -31, 100};
        for (int v : vals) {
            StringBuilder sb = new StringBuilder(v + ":");
            for (int c : counts) sb.append(' ').append(v << c).append('/').append(v >> c).append('/').append(v >>> c);
            System.out.println(sb);
        }
        long[] lvals = {1L, -1L, Long.MIN_VALUE, 0x123456789ABCDEF0L};
        int[] lcounts = {0, 1, 31, 32, 63, 64, 65, -1, 127};
        for (long v : lvals) {
            StringBuilder sb = new StringBuilder(v + ":");
            for (int c : lcounts) sb.append(' ').append(v << c).append('/').append(v >> c).append('/').append(v >>> c);
            System.out.println(sb);
        }
        byte b = -16;
        System.out.println((b >> 2) + " " + (b >>> 2) + " " + (byte) (b >>> 2) + " " + ((b & 0xff) >>> 2));
        short s = -1;
        s >>>= 10;
        System.out.println(s);
        char c = 0xffff;
        System.out.println((c >> 4) + " " + (c << 20));
        int x = 1;
        for (int i = 0; i < 40; i++) { x <<= 1; x |= 1; }
        System.out.println(x);
    }
}
