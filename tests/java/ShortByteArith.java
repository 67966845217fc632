public class ShortByteArith {
    static byte addB(byte a, byte b) { return (byte) (a + b); }
    static short mulS(short a, short b) { return (short) (a * b); }
    public static void main(String[] args) {
        byte[] bs = {0, 1, -1, 127, -128, 100, -100};
        for (byte a : bs) {
            StringBuilder sb = new StringBuilder();
            for (byte b : bs) sb.append(addB(a, b)).append(' ').append((byte) (a * b)).append(' ').append(a / (b == 0 ? 1 : b)).append(" | ");
            System.out.println(a + ": " + sb);
        }
        short[] ss = {0, 1, -1, 32767, -32768, 300, -300};
        for (short a : ss) {
            StringBuilder sb = new StringBuilder();
            for (short b : ss) sb.append(mulS(a, b)).append(' ').append((short) (a - b)).append(" | ");
            System.out.println(a + ": " + sb);
        }
        byte b = 10;
        b += 300;
        System.out.println(b);
        b >>= 1;
        System.out.println(b);
        short s = 1000;
        s *= 1000;
        System.out.println(s);
        byte neg = -1;
        System.out.println((neg >>> 28) + " " + (byte) (neg >>> 28) + " " + Byte.toUnsignedInt(neg) + " " + Short.toUnsignedInt((short) -1));
        System.out.println(Byte.parseByte("-128") + " " + Short.parseShort("7fff", 16));
        try { Byte.parseByte("128"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(Byte.valueOf((byte) 5).equals((byte) 5) + " " + Short.valueOf((short) 5).equals(5));
    }
}
