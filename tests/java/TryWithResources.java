public class TryWithResources {
    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; System.out.println("open " + name); }
        @Override public void close() { System.out.println("close " + name); if (failClose) throw new IllegalStateException("close failed " + name); }
    }
    public static void main(String[] args) {
        try (Res a = new Res("a", false); Res b = new Res("b", false)) { System.out.println("body"); }
        try (Res a = new Res("a", false); Res b = new Res("b", true)) { System.out.println("body2"); }
        catch (IllegalStateException e) { System.out.println("caught " + e.getMessage() + " suppressed=" + e.getSuppressed().length); }
        try (Res a = new Res("a", true); Res b = new Res("b", true)) { throw new RuntimeException("body failed"); }
        catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) System.out.println("  suppressed " + s.getMessage());
        }
        try (Res n = null) { System.out.println("null resource ok"); }
        Res outer = new Res("outer", false);
        try (outer) { System.out.println("java9 style"); }
        try (Res a = new Res("a", false)) { System.out.println("return inside"); }
        finally { System.out.println("finally after close"); }
    }
}
