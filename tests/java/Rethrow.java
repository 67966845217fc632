import java.io.IOException;
public class Rethrow {
    static void thrower(int k) throws IOException {
        if (k == 0) throw new IOException("io");
        if (k == 1) throw new IllegalArgumentException("iae");
        if (k == 2) throw new UnsupportedOperationException();
    }
    static void precise(int k) throws IOException {
        try { thrower(k); } catch (Exception e) { System.out.println("rethrowing " + e.getClass().getSimpleName()); throw e; }
    }
    static void wrap(int k) {
        try { thrower(k); } catch (IOException e) { throw new RuntimeException("wrapped", e); }
    }
    public static void main(String[] args) {
        for (int k = 0; k < 4; k++) {
            try { precise(k); System.out.println("no exception " + k); }
            catch (IOException e) { System.out.println("IOException " + e.getMessage()); }
            catch (RuntimeException e) { System.out.println("RuntimeException " + e); }
        }
        try { wrap(0); } catch (RuntimeException e) { System.out.println(e.getMessage() + " <- " + e.getCause()); }
        RuntimeException saved = new RuntimeException("saved");
        for (int i = 0; i < 3; i++) {
            try { throw saved; } catch (RuntimeException e) { System.out.println((e == saved) + " " + e.getMessage()); }
        }
        try {
            try { throw new IllegalStateException("first"); }
            catch (IllegalStateException e) { throw new IllegalArgumentException("second: " + e.getMessage()); }
        } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { throw new Error("plain error"); } catch (Throwable t) { System.out.println(t); }
    }
}
