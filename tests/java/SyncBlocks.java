public class SyncBlocks {
    static final Object LOCK = new Object();
    static int counter;
    static int nested(int depth) {
        synchronized (LOCK) {
            if (depth == 0) return 0;
            return 1 + nested(depth - 1);
        }
    }
    static int throwInside() {
        try {
            synchronized (LOCK) {
                counter++;
                throw new IllegalStateException("inside");
            }
        } catch (IllegalStateException e) {
            synchronized (LOCK) { counter++; }
            return counter;
        }
    }
    public static void main(String[] args) throws Exception {
        Object a = new Object(), b = "b-lock";
        for (int i = 0; i < 1000; i++) {
            synchronized (a) { synchronized (b) { synchronized (a) { counter++; } } }
        }
        System.out.println(counter);
        System.out.println(nested(50));
        System.out.println(throwInside());
        System.out.println(throwInside());
        synchronized (SyncBlocks.class) { System.out.println("class lock"); }
        int[] arr = new int[1];
        synchronized (arr) { arr[0] = 5; }
        System.out.println(arr[0]);
        try { Object n = null; synchronized (n) { System.out.println("never"); } } catch (NullPointerException e) { System.out.println("NPE on null monitor"); }
        synchronized (a) { a.notifyAll(); a.notify(); System.out.println("notify ok"); }
        try { a.notify(); } catch (IllegalMonitorStateException e) { System.out.println("IMSE " + e.getClass().getSimpleName()); }
        synchronized (a) { a.wait(1); System.out.println("wait(1) returned"); }
        System.out.println(Thread.holdsLock(a));
        synchronized (a) { System.out.println(Thread.holdsLock(a)); }
    }
}
