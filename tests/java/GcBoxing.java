import java.util.*;
public class GcBoxing {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) list.add(i * 3);
        long s = 0;
        for (Integer x : list) s += x;
        System.out.println("sum=" + s);
        list = null;
        Map<Long, Double> m = new HashMap<>();
        for (long i = 0; i < 200_000; i++) m.put(i % 20_000, (double) i / 7);
        double ds = 0; for (double d : m.values()) ds += d;
        System.out.printf("map=%d ds=%.3f%n", m.size(), ds);
        Integer acc = 0;
        for (int i = 0; i < 1_000_000; i++) acc += i % 3;
        System.out.println("acc=" + acc);
        Object[] objs = new Object[100];
        for (int i = 0; i < 1_000_000; i++) objs[i % 100] = (i % 2 == 0) ? (Object) Long.valueOf(i) : (Object) Double.valueOf(i);
        double t = 0; for (Object o : objs) t += ((Number) o).doubleValue();
        System.out.println("t=" + t);
    }
}
