import java.util.*;

// Random paths touched by the snapshot re-seeding (an epoch check in next() and nextGaussian()): seeded
// sequences through every generator method, setSeed dropping a cached Gaussian, subclasses that override
// next(), and auto-seeded generators (values checked for range only: they differ between runs).
public class RandomReseed {
    static class Counting extends Random {
        int calls;
        Counting(long seed) { super(seed); }
        @Override protected int next(int bits) { calls++; return super.next(bits); }
    }

    static class Constant extends Random {
        Constant() { super(1); }
        @Override protected int next(int bits) { return 0x5a5a5a5a >>> (32 - bits); }
    }

    public static void main(String[] args) {
        Random g = new Random(2024);
        System.out.println(g.nextGaussian());      // caches the second value of the pair
        g.setSeed(2024);                           // must drop it
        System.out.println(g.nextGaussian() + " " + g.nextGaussian() + " " + g.nextGaussian());

        Random s = new Random(11);
        StringBuilder sb = new StringBuilder();
        sb.append(s.nextInt(5, 9)).append(' ').append(s.nextLong(1000L)).append(' ').append(s.nextLong(-5L, 5L));
        sb.append(' ').append(s.nextDouble(2.5)).append(' ').append(s.nextDouble(-1.0, 1.0)).append(' ');
        sb.append(s.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE)).append(' ').append(s.nextLong(Long.MIN_VALUE, Long.MAX_VALUE));
        System.out.println(sb);

        Counting c = new Counting(5);
        long sum = 0;
        for (int i = 0; i < 100; i++) sum += c.nextInt(1000);
        sum += (long) (c.nextDouble() * 1000) + c.nextLong() % 1000 + (c.nextBoolean() ? 1 : 0);
        System.out.println("counting " + sum + " calls " + c.calls);
        c.setSeed(5);
        System.out.println(c.nextInt() + " " + c.calls);

        Constant k = new Constant();
        System.out.println(k.nextInt() + " " + k.nextInt(100) + " " + k.nextBoolean() + " " + k.nextFloat());

        // Re-seeding with the same value repeats the sequence, wherever it is in the sequence.
        Random r = new Random(77);
        int[] first = new int[8];
        for (int i = 0; i < 8; i++) first[i] = r.nextInt();
        r.nextGaussian();
        r.setSeed(77);
        boolean same = true;
        for (int i = 0; i < 8; i++) same &= first[i] == r.nextInt();
        System.out.println("setSeed repeats " + same);

        // Auto-seeded generators: in range; two of them made back to back differ (seed uniquifier).
        Random a = new Random(), b = new Random();
        boolean differ = false, inRange = true;
        for (int i = 0; i < 64; i++) {
            int x = a.nextInt(1000), y = b.nextInt(1000);
            differ |= x != y;
            inRange &= x >= 0 && x < 1000 && y >= 0 && y < 1000;
            double d = a.nextDouble(), gg = b.nextGaussian();
            inRange &= d >= 0.0 && d < 1.0 && !Double.isNaN(gg);
        }
        System.out.println("auto-seeded differ " + differ + " in range " + inRange);
        a.setSeed(3);
        System.out.println("auto-seeded then setSeed " + a.nextInt() + " " + (new Random(3).nextInt()));

        double min = 1, max = 0, total = 0;
        for (int i = 0; i < 20000; i++) {
            double m = Math.random();
            min = Math.min(min, m);
            max = Math.max(max, m);
            total += m;
        }
        System.out.println("Math.random in [0,1) " + (min >= 0.0 && max < 1.0) + " mean near 0.5 " + (Math.abs(total / 20000 - 0.5) < 0.02));

        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 50; i++) l.add(i);
        Collections.shuffle(l);
        List<Integer> sorted = new ArrayList<>(l);
        Collections.sort(sorted);
        System.out.println("shuffle is a permutation " + sorted.equals(new ArrayList<>(new TreeSet<>(l))) + " " + sorted.size());
    }
}
