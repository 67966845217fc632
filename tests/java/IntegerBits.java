public class IntegerBits {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 2, 7, 8, 255, 256, 0x12345678, Integer.MAX_VALUE, Integer.MIN_VALUE, -12345, 1 << 20, 0xF0F0F0F0};
        for (int v : vals) {
            System.out.println(v + " bin=" + Integer.toBinaryString(v) + " hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v)
                + " bc=" + Integer.bitCount(v) + " rev=" + Integer.reverse(v) + " rb=" + Integer.reverseBytes(v) + " hob=" + Integer.highestOneBit(v) + " lob=" + Integer.lowestOneBit(v)
                + " nlz=" + Integer.numberOfLeadingZeros(v) + " ntz=" + Integer.numberOfTrailingZeros(v) + " rl3=" + Integer.rotateLeft(v, 3) + " rr5=" + Integer.rotateRight(v, 5)
                + " sig=" + Integer.signum(v) + " rl33=" + Integer.rotateLeft(v, 33) + " us=" + Integer.toUnsignedString(v) + " ul=" + Integer.toUnsignedLong(v));
        }
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Integer.SIZE + " " + Integer.BYTES);
        System.out.println(Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.compareUnsigned(-1, 1));
        System.out.println(Integer.max(3, 9) + " " + Integer.min(3, 9) + " " + Integer.sum(3, 9));
        System.out.println(Integer.toString(-255, 16) + " " + Integer.toHexString(-255) + " " + Integer.parseInt("-ff", 16));
        int x = 0b1101;
        System.out.println(Integer.toBinaryString(x << 28) + " " + Integer.toBinaryString(x << 28 >> 28) + " " + Integer.toBinaryString(x << 28 >>> 28));
    }
}
