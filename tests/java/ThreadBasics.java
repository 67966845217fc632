public class ThreadBasics {
    public static void main(String[] args) throws InterruptedException {
        Thread t = Thread.currentThread();
        System.out.println(t.getName());
        System.out.println(t.isAlive() + " " + t.isDaemon() + " " + t.isInterrupted() + " " + t.getPriority());
        Thread.sleep(1);
        Thread.sleep(0);
        System.out.println("slept");
        Thread.yield();
        Thread.onSpinWait();
        System.out.println(Thread.interrupted());
        t.interrupt();
        System.out.println(t.isInterrupted());
        try { Thread.sleep(10); System.out.println("no interrupt"); } catch (InterruptedException e) { System.out.println("InterruptedException " + Thread.currentThread().isInterrupted()); }
        System.out.println(t.getThreadGroup().getName());
        System.out.println(Thread.currentThread() == t);
        StackTraceElement[] st = t.getStackTrace();
        System.out.println(st.length > 0);
        try { Thread.sleep(-1); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
    }
}
