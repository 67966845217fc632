// One long loop in main: it can only get compiled code through on-stack replacement.
public class Loop {
    public static void main(String[] args) {
        long sum = 0;
        double d = 0.5;
        Object keep = new int[] {7};
        for (int i = 0; i < 3_000_000; i++) {
            sum += (i % 7) * (long) i;
            d = d * 0.999 + 1.0;
            if ((i & 0xfffff) == 0) keep = new int[] {i};
        }
        System.out.println(sum + " " + d + " " + ((int[]) keep)[0]);
    }
}
