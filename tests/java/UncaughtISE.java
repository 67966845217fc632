public class UncaughtISE {
    static void check(int x) { if (x > 2) throw new IllegalStateException("state was " + x); }
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            System.out.println("checking " + i);
            check(i);
        }
        System.out.println("unreachable");
    }
}
