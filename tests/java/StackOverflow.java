public class StackOverflow {
    static int depth;
    static void recurse() { depth++; recurse(); }
    static long recurseArgs(long a, long b, double c) { return recurseArgs(a + 1, b * 2, c / 3) + 1; }
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    public static void main(String[] args) {
        try { recurse(); } catch (StackOverflowError e) { System.out.println("caught StackOverflowError, depth>1000: " + (depth > 1000)); }
        try { recurseArgs(1, 2, 3); } catch (StackOverflowError e) { System.out.println("caught again: " + e.getClass().getName()); }
        depth = 0;
        try { recurse(); } catch (Throwable t) { System.out.println("third: " + (t instanceof VirtualMachineError)); }
        System.out.println("fib(25)=" + fib(25));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            try { recurse(); } catch (StackOverflowError e) { sb.append("ok").append(i).append(' '); }
        }
        System.out.println(sb);
    }
}
