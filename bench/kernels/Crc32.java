// Kernel: byte[] loops with table look-ups and bit twiddling. A table-driven CRC-32 (the zlib polynomial,
// hand-written: no java.util.zip), Adler-32 and FNV-1a over a 64 KiB byte[] filled from an LCG; each round
// flips some bytes so every pass sees new data. baload/iaload, shifts, xor, int and long arithmetic.
public class Crc32 {
    static final int[] TABLE = new int[256];
    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            TABLE[n] = c;
        }
    }

    static int crc32(byte[] b, int off, int len) {
        int c = ~0;
        for (int i = off; i < off + len; i++) c = TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
        return ~c;
    }

    static int adler32(byte[] b) {
        int s1 = 1, s2 = 0;
        for (int i = 0; i < b.length; i++) {
            s1 = (s1 + (b[i] & 0xff)) % 65521;
            s2 = (s2 + s1) % 65521;
        }
        return (s2 << 16) | s1;
    }

    static long fnv1a(byte[] b) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < b.length; i++) {
            h ^= b[i] & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    static final int ROUNDS = 48;

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        byte[] data = new byte[65536];
        int seed = 2024;
        for (int i = 0; i < data.length; i++) {
            seed = seed * 1103515245 + 12345;
            data[i] = (byte) (seed >>> 16);
        }
        long check = 0;
        int rounds = ROUNDS * scale;
        for (int r = 0; r < rounds; r++) {
            int whole = crc32(data, 0, data.length);
            int part = 0;
            for (int off = 0; off < data.length; off += 4096) part ^= crc32(data, off, 1024);
            check = check * 31 + (whole & 0xffffffffL);
            check = check * 31 + part + adler32(data);
            check ^= fnv1a(data);
            for (int i = r & 63; i < data.length; i += 61) data[i] ^= (byte) (whole >>> (i & 24));
        }
        long t1 = System.nanoTime();
        System.out.println("checksum=" + check);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
