// A compute handler: after enough warm-up calls, everything it runs is compiled.
public class Hot {
    static int helper(int i) {
        return (i ^ (i >>> 3)) & 1023;
    }

    static int work(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s = s * 31 + helper(i);
        return s;
    }

    public static String handle(String in) {
        return "r=" + work(in.length() * 100);
    }
}
