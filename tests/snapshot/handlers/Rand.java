import java.util.Random;

// Uniqueness: R (auto-seeded) and Math.random are used during the warm-up, SEEDED (new Random(42)) too.
// "warm" draws from all of them and records System.nanoTime(); any other request reports fresh draws:
// R and Math.random (and a Random made now) must differ between two restored processes, SEEDED must not,
// and nanoTime must not go back before the value the warm-up recorded.
public class Rand {
    static final Random R = new Random();
    static final Random SEEDED = new Random(42);
    static long warmNanos;
    static int warmups;

    public static String handle(String s) {
        if (s.equals("warm")) {
            warmups++;
            warmNanos = System.nanoTime();
            return R.nextLong() + " " + Math.random() + " " + SEEDED.nextLong();
        }
        long now = System.nanoTime();
        return "r=" + R.nextLong() + " m=" + Math.random() + " fresh=" + new Random().nextLong() + " seeded="
                + SEEDED.nextLong() + " warmups=" + warmups + " warmNanos=" + warmNanos + " nanos=" + now
                + " monotonic=" + (now >= warmNanos) + " millis=" + System.currentTimeMillis();
    }
}
