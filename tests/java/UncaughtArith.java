public class UncaughtArith {
    static int divide(int a, int b) { return a / b; }
    public static void main(String[] args) {
        int total = 0;
        for (int i = 3; i >= 0; i--) { total += divide(12, i); System.out.println("total " + total); }
    }
}
