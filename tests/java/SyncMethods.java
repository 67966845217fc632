public class SyncMethods {
    private int value;
    private static long total;
    synchronized void inc() { value++; }
    synchronized int get() { return value; }
    static synchronized void addTotal(long x) { total += x; }
    synchronized int reentrant(int n) { return n == 0 ? value : reentrant(n - 1) + 1; }
    synchronized void boom() { throw new RuntimeException("boom in sync"); }
    synchronized boolean holds() { return Thread.holdsLock(this); }
    static synchronized boolean holdsClass() { return Thread.holdsLock(SyncMethods.class); }
    public static void main(String[] args) {
        SyncMethods s = new SyncMethods();
        for (int i = 0; i < 10000; i++) s.inc();
        System.out.println(s.get());
        for (int i = 0; i < 100; i++) addTotal(i);
        System.out.println(total);
        System.out.println(s.reentrant(100));
        for (int i = 0; i < 3; i++) {
            try { s.boom(); } catch (RuntimeException e) { System.out.println(e.getMessage()); }
        }
        s.inc();
        System.out.println(s.get());
        System.out.println(s.holds() + " " + holdsClass() + " " + Thread.holdsLock(s));
        StringBuffer sb = new StringBuffer();
        for (int i = 0; i < 5; i++) sb.append(i).append(',');
        System.out.println(sb);
    }
}
