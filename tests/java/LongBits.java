public class LongBits {
    public static void main(String[] args) {
        long[] vals = {0L, 1L, -1L, 0xFFL, 1L << 32, 0x123456789ABCDEFL, Long.MAX_VALUE, Long.MIN_VALUE, -98765432123L, 0xF0F0F0F0F0F0F0F0L};
        for (long v : vals) {
            System.out.println(v + " bin=" + Long.toBinaryString(v) + " hex=" + Long.toHexString(v) + " oct=" + Long.toOctalString(v)
                + " bc=" + Long.bitCount(v) + " rev=" + Long.reverse(v) + " rb=" + Long.reverseBytes(v) + " hob=" + Long.highestOneBit(v) + " lob=" + Long.lowestOneBit(v)
                + " nlz=" + Long.numberOfLeadingZeros(v) + " ntz=" + Long.numberOfTrailingZeros(v) + " rl7=" + Long.rotateLeft(v, 7) + " rr9=" + Long.rotateRight(v, 9)
                + " sig=" + Long.signum(v) + " us=" + Long.toUnsignedString(v));
        }
        System.out.println(Long.MAX_VALUE + " " + Long.MIN_VALUE + " " + Long.SIZE + " " + Long.BYTES);
        System.out.println(Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Long.compareUnsigned(-1L, 1L));
        System.out.println(Long.toString(-1L, 2).length() + " " + Long.toUnsignedString(-1L, 16) + " " + Long.parseLong("-7fffffffffffffff", 16));
        System.out.println(Long.hashCode(-1L) + " " + Long.valueOf(5).hashCode() + " " + Long.sum(1, 2) + " " + Long.max(-1, -2));
    }
}
