package java.util;

import jdk.internal.ember.Snapshot;

/**
 * The JDK's 48-bit linear congruential generator, bit-for-bit.
 *
 * <p>Snapshots: a generator made by the no-argument constructor ("auto-seeded") must not replay the same
 * sequence in every process restored from one snapshot. Each generator records the restore epoch
 * (Snapshot.restoreEpoch) its state belongs to; next(int), through which every draw goes, and
 * nextGaussian, which may answer from its cached value, compare it with the current epoch and, when a
 * restore has happened since, reseed an auto-seeded generator from seedUniquifier() ^ System.nanoTime() as
 * the constructor does. Restore itself only increments the epoch (no list of generators, no heap walk). A
 * generator given a seed (the long constructor or setSeed) keeps its deterministic sequence across restores.
 * Without a snapshot the epoch stays 0 and nothing changes.
 */
public class Random implements java.io.Serializable {
    static final long serialVersionUID = 3905348978240129619L;
    private static final long multiplier = 0x5DEECE66DL;
    private static final long addend = 0xBL;
    private static final long mask = (1L << 48) - 1;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static final float FLOAT_UNIT = 0x1.0p-24f;
    private static long seedUniquifier = 8682522807148012L;
    /** The restore epoch whose entropy seedUniquifier has absorbed. */
    private static int uniquifierEpoch;

    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian = false;
    /** Seeded by the no-argument constructor and never by setSeed: reseeded after a restore. */
    private boolean autoSeeded;
    /** The restore epoch the state belongs to (see the class comment). */
    private int epoch;

    public Random() {
        this(seedUniquifier() ^ System.nanoTime());
        autoSeeded = true;
    }

    private static synchronized long seedUniquifier() {
        // First use after a restore: absorb the restored process's entropy, so that generators seeded from
        // here differ between processes restored from one snapshot even if their clocks agree.
        if (uniquifierEpoch != Snapshot.restoreEpoch) {
            uniquifierEpoch = Snapshot.restoreEpoch;
            seedUniquifier ^= Snapshot.restoreSeed();
        }
        seedUniquifier = seedUniquifier * 1181783497276652981L;
        return seedUniquifier;
    }

    public Random(long seed) {
        this.seed = initialScramble(seed);
        this.epoch = Snapshot.restoreEpoch;
    }

    /** The epoch changed since this generator's state was made: reseed it if auto-seeded, record the epoch. */
    private synchronized void restored() {
        epoch = Snapshot.restoreEpoch;
        if (autoSeeded) {
            seed = initialScramble(seedUniquifier() ^ System.nanoTime());
            haveNextNextGaussian = false;
        }
    }

    private static long initialScramble(long seed) {
        return (seed ^ multiplier) & mask;
    }

    public synchronized void setSeed(long seed) {
        this.seed = initialScramble(seed);
        haveNextNextGaussian = false;
        autoSeeded = false;
        epoch = Snapshot.restoreEpoch;
    }

    protected int next(int bits) {
        if (epoch != Snapshot.restoreEpoch)
            restored();
        long nextseed = (seed * multiplier + addend) & mask;
        seed = nextseed;
        return (int) (nextseed >>> (48 - bits));
    }

    public void nextBytes(byte[] bytes) {
        for (int i = 0, len = bytes.length; i < len;)
            for (int rnd = nextInt(), n = Math.min(len - i, Integer.SIZE / Byte.SIZE); n-- > 0; rnd >>= Byte.SIZE)
                bytes[i++] = (byte) rnd;
    }

    public int nextInt() {
        return next(32);
    }

    public int nextInt(int bound) {
        if (bound <= 0)
            throw new IllegalArgumentException("bound must be positive");
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            r = (int) ((bound * (long) r) >> 31);
        } else {
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31))
                ;
        }
        return r;
    }

    public int nextInt(int origin, int bound) {
        if (origin >= bound)
            throw new IllegalArgumentException("bound must be greater than origin");
        int r = nextInt();
        final int n = bound - origin, m = n - 1;
        if ((n & m) == 0) {
            r = (r & m) + origin;
        } else if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1)
                ;
            r += origin;
        } else {
            while (r < origin || r >= bound)
                r = nextInt();
        }
        return r;
    }

    public long nextLong() {
        return ((long) (next(32)) << 32) + next(32);
    }

    public long nextLong(long bound) {
        if (bound <= 0)
            throw new IllegalArgumentException("bound must be positive");
        final long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0L) {
            r &= m;
        } else {
            for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1)
                ;
        }
        return r;
    }

    public long nextLong(long origin, long bound) {
        if (origin >= bound)
            throw new IllegalArgumentException("bound must be greater than origin");
        long r = nextLong();
        final long n = bound - origin, m = n - 1;
        if ((n & m) == 0L) {
            r = (r & m) + origin;
        } else if (n > 0L) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1)
                ;
            r += origin;
        } else {
            while (r < origin || r >= bound)
                r = nextLong();
        }
        return r;
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    public double nextDouble() {
        return (((long) (next(26)) << 27) + next(27)) * DOUBLE_UNIT;
    }

    private static double nextDown(double d) {
        // only used for finite positive or negative non-zero bounds
        if (d > 0)
            return Double.longBitsToDouble(Double.doubleToRawLongBits(d) - 1);
        else if (d < 0)
            return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + 1);
        return -Double.MIN_VALUE;
    }

    public double nextDouble(double bound) {
        if (!(0.0 < bound && bound < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be finite and positive");
        double r = nextDouble();
        r = r * bound;
        if (r >= bound)
            r = nextDown(bound);
        return r;
    }

    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be greater than origin");
        double r = nextDouble();
        r = r * (bound - origin) + origin;
        if (r >= bound)
            r = nextDown(bound);
        return r;
    }

    public synchronized double nextGaussian() {
        if (epoch != Snapshot.restoreEpoch)
            restored();   // drops a cached value drawn before the restore
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        } else {
            double v1, v2, s;
            do {
                v1 = 2 * nextDouble() - 1;
                v2 = 2 * nextDouble() - 1;
                s = v1 * v1 + v2 * v2;
            } while (s >= 1 || s == 0);
            double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
            nextNextGaussian = v2 * multiplier;
            haveNextNextGaussian = true;
            return v1 * multiplier;
        }
    }
}
