import java.util.*;
public class RandomSeeded {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(r.nextInt()).append(' ');
        System.out.println(sb); sb.setLength(0);
        for (int i = 0; i < 20; i++) sb.append(r.nextInt(100)).append(' ');
        System.out.println(sb); sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(7)).append(r.nextInt(1 << 20)).append(' ');
        System.out.println(sb); sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextLong()).append(' ');
        System.out.println(sb); sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextDouble()).append(' ');
        System.out.println(sb); sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextFloat()).append(' ');
        System.out.println(sb); sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextBoolean() ? 'T' : 'F');
        System.out.println(sb); sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextGaussian()).append(' ');
        System.out.println(sb); sb.setLength(0);
        byte[] bytes = new byte[10];
        r.nextBytes(bytes);
        System.out.println(Arrays.toString(bytes));
        Random a = new Random(7), b = new Random(7);
        boolean same = true;
        for (int i = 0; i < 1000; i++) if (a.nextInt() != b.nextInt()) same = false;
        System.out.println(same);
        r.setSeed(42);
        System.out.println(r.nextInt() + " " + new Random(0).nextInt(10) + " " + new Random(-1L).nextLong());
        int[] hist = new int[10];
        Random h = new Random(99);
        for (int i = 0; i < 100000; i++) hist[h.nextInt(10)]++;
        System.out.println(Arrays.toString(hist));
        try { r.nextInt(0); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        System.out.println(new Random(5).nextInt(1, 10) + " " + new Random(5).nextInt(Integer.MAX_VALUE));
    }
}
