public class StackOps {
    int f;
    long lf;
    static int sf;
    static long slf;
    int[] arr = new int[4];
    long[] larr = new long[4];
    public static void main(String[] args) {
        StackOps o = new StackOps();
        int a = o.f++;
        int b = ++o.f;
        long c = o.lf++;
        long d = ++o.lf;
        int e = sf++ + ++sf;
        long g = slf++ + ++slf;
        System.out.println(a + " " + b + " " + c + " " + d + " " + e + " " + g + " " + o.f + " " + o.lf + " " + sf + " " + slf);
        int i = 1;
        int x = o.arr[i] = 7;
        long y = o.larr[i] = 9L;
        int z = o.arr[i]++;
        long w = o.larr[i]++;
        System.out.println(x + " " + y + " " + z + " " + w + " " + o.arr[1] + " " + o.larr[1]);
        int p, q, r;
        p = q = r = 42;
        long lp, lq;
        lp = lq = 1L << 40;
        System.out.println(p + q + r + " " + (lp + lq));
        o.arr[o.f] = o.f = 3;
        System.out.println(o.arr[2] + " " + o.f);
        double dd = 1.0;
        double de = dd++ + dd;
        System.out.println(de);
        int j = 0;
        o.arr[j++] += j++ * 10;
        System.out.println(o.arr[0] + " " + j);
        System.out.println(three() + four(1, 2L, 3.0f, 4.0));
        String s = "s";
        s += s += "t";
        System.out.println(s);
    }
    static int three() { return 3; }
    static double four(int a, long b, float c, double d) { return a + b + c + d; }
}
