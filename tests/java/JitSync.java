// synchronized methods (static and instance) and blocks in hot code, recursive locking, exceptions thrown
// inside them (the monitor must be released on every exit path: normal, return from the middle, exception
// caught inside, exception propagated out), nested blocks on different objects, and Thread.holdsLock checks
// that every monitor was released.
public class JitSync {
    int count;
    static int scount;
    final Object lockA = new Object(), lockB = new Object();

    synchronized void inc() { count++; }
    static synchronized void sinc() { scount++; }
    synchronized int recursive(int n) { return n == 0 ? 0 : recursive(n - 1) + 1; }

    synchronized int throwsInside(int k) {
        count++;
        if (k % 3 == 0) throw new IllegalStateException("k" + k);
        return k;
    }

    int blockThrows(int k) {
        synchronized (lockA) {
            synchronized (lockB) {
                if (k % 4 == 1) throw new IllegalArgumentException();
                if (k % 4 == 2) return -k;
            }
            try {
                synchronized (this) {
                    if (k % 4 == 3) throw new UnsupportedOperationException();
                }
            } catch (UnsupportedOperationException e) {
                return k * 100;
            }
        }
        return k;
    }

    static int earlyReturn(Object lock, int k) {
        synchronized (lock) {
            for (int i = 0; i < 10; i++) {
                if (i == k % 10) return i;
            }
        }
        return -1;
    }

    boolean heldAny() {
        return Thread.holdsLock(this) || Thread.holdsLock(lockA) || Thread.holdsLock(lockB) || Thread.holdsLock(JitSync.class);
    }

    public static void main(String[] args) throws InterruptedException {
        JitSync s = new JitSync();
        for (int i = 0; i < 100000; i++) {
            s.inc();
            sinc();
        }
        System.out.println("counts " + s.count + " " + scount);
        int r = 0;
        for (int i = 0; i < 200; i++) r += s.recursive(50);
        System.out.println("recursive " + r + " held " + s.heldAny());

        int ise = 0;
        long sum = 0;
        for (int k = 0; k < 30000; k++) {
            try {
                sum += s.throwsInside(k);
            } catch (IllegalStateException e) {
                ise++;
            }
        }
        System.out.println("throwsInside " + sum + " " + ise + " held " + s.heldAny());

        int iae = 0;
        sum = 0;
        for (int k = 0; k < 30000; k++) {
            try {
                sum += s.blockThrows(k);
            } catch (IllegalArgumentException e) {
                iae++;
            }
        }
        System.out.println("blockThrows " + sum + " " + iae + " held " + s.heldAny());

        sum = 0;
        for (int k = 0; k < 30000; k++) sum += earlyReturn(s.lockA, k);
        System.out.println("earlyReturn " + sum + " held " + s.heldAny());

        // a synchronized block inside a long loop, with the lock object changing
        Object[] locks = {new Object(), "lit", s, JitSync.class, new int[1]};
        sum = 0;
        for (int k = 0; k < 200000; k++) {
            synchronized (locks[k % locks.length]) {
                sum += k & 15;
                if (k % 50000 == 49999) sum += Thread.holdsLock(locks[k % locks.length]) ? 1000000 : 0;
            }
        }
        System.out.println("changing locks " + sum + " held " + s.heldAny());

        // wait with a timeout and notify on monitors taken in hot code (one thread: Ember runs a single Java
        // thread, so a second thread contending for the locks is left out)
        final Object mon = new Object();
        long woke = 0;
        for (int i = 0; i < 3; i++) {
            synchronized (mon) {
                mon.notify();
                mon.notifyAll();
                mon.wait(1);
                woke += Thread.holdsLock(mon) ? 1 : 100;
            }
        }
        System.out.println("wait/notify " + woke + " held " + Thread.holdsLock(mon));
        try {
            mon.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("IMSE");
        }
    }
}
