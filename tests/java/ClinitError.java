public class ClinitError {
    static class Bad {
        static int value = compute();
        static int compute() { if (true) throw new IllegalStateException("bad init"); return 1; }
        static void hello() { System.out.println("hello"); }
    }
    static class BadDiv {
        static int zero = 0;
        static int x = 10 / zero;
    }
    static class Child extends Bad { static { System.out.println("Child clinit"); } }
    public static void main(String[] args) {
        try { System.out.println(Bad.value); } catch (Throwable e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
            System.out.println("cause: " + e.getCause());
        }
        try { Bad.hello(); } catch (Throwable e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        try { new Bad(); } catch (Throwable e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        try { new Child(); } catch (Throwable e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        try { System.out.println(BadDiv.x); } catch (ExceptionInInitializerError e) {
            System.out.println("EIIE cause " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
        }
        try { System.out.println(BadDiv.zero); } catch (NoClassDefFoundError e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        Bad[] arr = new Bad[2];
        System.out.println("array ok " + arr.length);
        System.out.println("done");
    }
}
