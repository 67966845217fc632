import java.util.function.LongFunction;

/** Shared helpers: runs the same generated scenario on the JDK (java.util) and on the shadow copy of Ember's classes. */
public class Harness {
    public static int failures = 0;

    /** Compares the logs produced by the two implementations for seeds [0, seeds). */
    public static void compare(String name, LongFunction<String> real, LongFunction<String> shadow, int seeds) {
        int bad = 0;
        for (long seed = 0; seed < seeds; seed++) {
            String a, b;
            try {
                a = real.apply(seed);
            } catch (Throwable t) {
                a = "DRIVER THREW " + t;
            }
            try {
                b = shadow.apply(seed);
            } catch (Throwable t) {
                b = "DRIVER THREW " + t;
                t.printStackTrace();
            }
            if (!a.equals(b)) {
                if (System.getProperty("verbose") != null)
                    System.out.println("  failing seed " + seed + ": " + a.substring(0, Math.max(0, a.indexOf('\n'))));
                if (bad++ < 1) {
                    String[] la = a.split("\n", -1), lb = b.split("\n", -1);
                    int i = 0;
                    while (i < la.length && i < lb.length && la[i].equals(lb[i]))
                        i++;
                    System.out.println("[" + name + "] seed " + seed + " differs at log line " + i + ":");
                    for (int k = Math.max(0, i - 3); k < i; k++)
                        System.out.println("      " + la[k]);
                    System.out.println("  JDK:    " + (i < la.length ? la[i] : "<end>"));
                    System.out.println("  Ember:  " + (i < lb.length ? lb[i] : "<end>"));
                }
            }
        }
        if (bad > 0) {
            failures++;
            System.out.println("[" + name + "] FAILED for " + bad + " of " + seeds + " seeds");
        } else {
            System.out.println("[" + name + "] ok (" + seeds + " seeds)");
        }
    }

    /** Small deterministic RNG for the drivers (independent of the classes under test). */
    public static final class Rng {
        private long s;

        public Rng(long seed) {
            s = seed * 0x9E3779B97F4A7C15L + 12345;
        }

        public int next(int bound) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            long x = s >>> 33;
            return (int) (x % bound);
        }

        public boolean chance(int percent) {
            return next(100) < percent;
        }
    }

    /** A key with a poor hashCode, to exercise collisions. */
    public static final class BadKey implements Comparable<BadKey> {
        final int v;
        final int mod;

        public BadKey(int v, int mod) {
            this.v = v;
            this.mod = mod;
        }

        public int hashCode() {
            return (v % mod) * 64;
        }

        public boolean equals(Object o) {
            return o instanceof BadKey && ((BadKey) o).v == v;
        }

        public int compareTo(BadKey o) {
            return Integer.compare(v, o.v);
        }

        public String toString() {
            return "K" + v;
        }
    }

    public static String exc(Throwable t) {
        return "!" + t.getClass().getName() + ": " + t.getMessage();
    }
}
