public class ExitCode42Nested {
    static void deep(int n) {
        if (n == 0) {
            try { System.out.println("exit from depth"); System.exit(42); }
            finally { System.out.println("finally must not run"); }
        }
        deep(n - 1);
    }
    public static void main(String[] args) {
        try { deep(10); } catch (Throwable t) { System.out.println("not caught"); }
    }
}
