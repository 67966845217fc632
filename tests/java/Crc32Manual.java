public class Crc32Manual {
    static final int[] TABLE = new int[256];
    static { for (int n = 0; n < 256; n++) { int c = n; for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; TABLE[n] = c; } }
    static int crc32(byte[] data) { int c = 0xFFFFFFFF; for (byte b : data) c = TABLE[(c ^ b) & 0xFF] ^ (c >>> 8); return ~c; }
    static long fnv1a(String s) { long h = 0xcbf29ce484222325L; for (int i = 0; i < s.length(); i++) { h ^= s.charAt(i); h *= 0x100000001b3L; } return h; }
    static int adler32(byte[] d) { int a = 1, b = 0; for (byte x : d) { a = (a + (x & 0xff)) % 65521; b = (b + a) % 65521; } return (b << 16) | a; }
    static int murmurMix(int h) { h ^= h >>> 16; h *= 0x85ebca6b; h ^= h >>> 13; h *= 0xc2b2ae35; h ^= h >>> 16; return h; }
    public static void main(String[] args) throws Exception {
        String[] inputs = {"", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789"};
        for (String s : inputs) {
            byte[] b = s.getBytes("UTF-8");
            System.out.println(Integer.toHexString(crc32(b)) + " " + Long.toHexString(fnv1a(s)) + " " + Integer.toHexString(adler32(b)) + " " + Integer.toHexString(murmurMix(s.hashCode())));
        }
        byte[] big = new byte[1 << 20];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31 + (i >> 8));
        System.out.println(Integer.toHexString(crc32(big)) + " " + Integer.toHexString(adler32(big)));
    }
}
