public class IntArith {
    static int add(int a, int b) { return a + b; }
    static int sub(int a, int b) { return a - b; }
    static int mul(int a, int b) { return a * b; }
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 7, -7, 13, 100, -100, 12345, Integer.MAX_VALUE, Integer.MIN_VALUE, 65536, -65537};
        for (int a : vals) {
            StringBuilder sb = new StringBuilder();
            for (int b : vals) {
                sb.append(add(a, b)).append(' ').append(sub(a, b)).append(' ').append(mul(a, b));
                if (b != 0) sb.append(' ').append(div(a, b)).append(' ').append(rem(a, b));
                sb.append(" | ");
            }
            System.out.println(a + ": " + sb);
        }
        System.out.println(-Integer.MIN_VALUE);
        System.out.println(Integer.MIN_VALUE / -1);
        System.out.println(Integer.MIN_VALUE % -1);
        System.out.println(Integer.MAX_VALUE + 1);
        System.out.println(Integer.MAX_VALUE * 2);
        System.out.println(Integer.MIN_VALUE - 1);
        int x = 46341;
        System.out.println(x * x);
        int neg = -5;
        System.out.println(-neg + " " + (~neg) + " " + (-(-neg)));
        long acc = 0;
        for (int i = 0; i < 100000; i++) { acc += (i * 31) ^ (i >>> 3); }
        System.out.println(acc);
        int h = 0;
        for (int i = 0; i < 1000; i++) h = 31 * h + i;
        System.out.println(h);
    }
}
