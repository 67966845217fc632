public class BitwiseOps {
    public static void main(String[] args) {
        int[] v = {0, -1, 0x55555555, 0xAAAAAAAA, 0x0F0F0F0F, 12345, Integer.MIN_VALUE};
        for (int a : v) for (int b : v) System.out.println(Integer.toHexString(a & b) + " " + Integer.toHexString(a | b) + " " + Integer.toHexString(a ^ b) + " " + Integer.toHexString(~a));
        long[] lv = {0L, -1L, 0x5555555555555555L, 0xFFFF0000FFFF0000L, 1L << 63};
        for (long a : lv) for (long b : lv) System.out.println(Long.toHexString(a & b) + " " + Long.toHexString(a | b) + " " + Long.toHexString(a ^ b) + " " + Long.toHexString(~a));
        boolean t = true, f = false;
        System.out.println((t & f) + " " + (t | f) + " " + (t ^ f) + " " + (t ^ t) + " " + (!t));
        int calls = 0;
        boolean r = f && (calls++ > 0);
        r = t || (calls++ > 0);
        r = f & (calls++ > 0);
        r = t | (calls++ > 0);
        System.out.println(r + " calls=" + calls);
        int x = 0b1011_0110;
        System.out.println(x + " " + Integer.toBinaryString(x & -x) + " " + Integer.toBinaryString(x & (x - 1)));
        int mask = 0;
        for (int i = 0; i < 32; i += 3) mask |= 1 << i;
        System.out.println(Integer.toBinaryString(mask));
        byte b1 = (byte) 0xF0, b2 = 0x3C;
        System.out.println((b1 & b2) + " " + (b1 | b2) + " " + (b1 ^ b2) + " " + (byte) ~b1);
        char c = 'a';
        System.out.println((char) (c & ~32));
        System.out.println((char) (c ^ ' '));
    }
}
