public class ReturnInFinally {
    @SuppressWarnings("finally")
    static int f1() { try { return 1; } finally { return 2; } }
    @SuppressWarnings("finally")
    static int f2() { try { throw new RuntimeException("x"); } finally { return 3; } }
    static int f3() { int x = 10; try { return x; } finally { x = 20; } }
    static StringBuilder f4() { StringBuilder sb = new StringBuilder("a"); try { return sb; } finally { sb.append("b"); } }
    @SuppressWarnings("finally")
    static String f5() { for (int i = 0; ; i++) { try { if (i == 3 || i == 6) return "ret" + i; } finally { if (i < 5) continue; } } }
    @SuppressWarnings("finally")
    static int f6() { int i = 0; while (true) { try { i++; throw new Error(); } finally { if (i < 4) continue; return i; } } }
    static long f7() { long v = 1; try { v = 2; return v; } catch (Exception e) { v = 3; return v; } finally { v = 4; } }
    @SuppressWarnings("finally")
    static double f8() { try { try { return 1.0; } finally { return 2.0; } } finally { System.out.println("outer finally f8"); } }
    public static void main(String[] args) {
        System.out.println(f1());
        System.out.println(f2());
        System.out.println(f3());
        System.out.println(f4());
        System.out.println(f5());
        System.out.println(f6());
        System.out.println(f7());
        System.out.println(f8());
    }
}
