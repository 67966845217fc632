public class DivByZero {
    static int zero() { return 0; }
    static long lzero() { return 0L; }
    public static void main(String[] args) {
        try { System.out.println(5 / zero()); } catch (ArithmeticException e) { System.out.println("idiv: " + e.getMessage()); }
        try { System.out.println(5 % zero()); } catch (ArithmeticException e) { System.out.println("irem: " + e.getMessage()); }
        try { System.out.println(5L / lzero()); } catch (ArithmeticException e) { System.out.println("ldiv: " + e.getMessage()); }
        try { System.out.println(5L % lzero()); } catch (ArithmeticException e) { System.out.println("lrem: " + e); }
        System.out.println(5.0 / zero());
        System.out.println(-5.0 / zero());
        System.out.println(0.0 / zero());
        System.out.println(5.0 % zero());
        System.out.println(5f / zero());
        System.out.println(-5f / 0f);
        System.out.println(5.0 / -0.0);
        int count = 0;
        for (int i = -3; i <= 3; i++) {
            try { System.out.println(100 / i); } catch (ArithmeticException e) { count++; System.out.println("caught at " + i); }
        }
        System.out.println("count=" + count);
        try { Math.floorDiv(1, 0); } catch (ArithmeticException e) { System.out.println("floorDiv: " + e.getMessage()); }
        try { Math.floorMod(1L, 0L); } catch (ArithmeticException e) { System.out.println("floorMod: " + e.getMessage()); }
    }
}
