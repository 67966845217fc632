// GC test: object monitors held across collections. Locked objects move (minor and full collections)
// while their synchronized blocks and methods are active, nested and reentrant; afterwards every lock is
// released. A 32 MB heap (GcMonitors.opts).
public class GcMonitors {
    static final class Account {
        long balance;
        final int id;
        Account(int id) { this.id = id; }

        synchronized void deposit(long amount, boolean collect) {
            balance += amount;
            if (collect) {
                churn(30_000);
                System.gc();
            }
            // `this` may have moved; the monitor must still be ours.
            if (!Thread.holdsLock(this)) throw new IllegalStateException("lost the monitor of " + id);
        }

        static synchronized int classLocked(int depth) {
            if (depth == 0) {
                churn(20_000);
                return Thread.holdsLock(Account.class) ? 1 : 0;
            }
            return classLocked(depth - 1) + 1;
        }
    }

    static long sink;

    static void churn(int n) {
        for (int i = 0; i < n; i++) sink += new Account(i).id + new long[i & 7].length;
    }

    // Locks locks[i..] one per frame, then collects at the bottom and checks all of them.
    static int nested(Object[] locks, int i) {
        if (i == locks.length) {
            churn(50_000);
            System.gc();
            churn(50_000);
            int held = 0;
            for (Object o : locks) if (Thread.holdsLock(o)) held++;
            return held;
        }
        synchronized (locks[i]) {
            return nested(locks, i + 1);
        }
    }

    static int reentrant(Object lock, int depth) {
        synchronized (lock) {
            if (depth == 0) {
                churn(40_000);
                System.gc();
                return Thread.holdsLock(lock) ? 1 : 0;
            }
            synchronized (lock) {
                return reentrant(lock, depth - 1) + 1;
            }
        }
    }

    public static void main(String[] args) {
        Object lock = new Object();
        synchronized (lock) {
            churn(100_000);
            System.out.println("held across minor collections: " + Thread.holdsLock(lock));
            System.gc();
            System.out.println("held across System.gc: " + Thread.holdsLock(lock));
        }
        System.out.println("released: " + !Thread.holdsLock(lock));

        Object[] locks = new Object[64];
        for (int i = 0; i < locks.length; i++) locks[i] = (i & 1) == 0 ? new Object() : new int[i];
        System.out.println("nested locks held at the bottom: " + nested(locks, 0));
        int stillHeld = 0;
        for (Object o : locks) if (Thread.holdsLock(o)) stillHeld++;
        System.out.println("nested locks held afterwards: " + stillHeld);

        Object re = new Object();
        System.out.println("reentrant depth: " + reentrant(re, 20) + ", released: " + !Thread.holdsLock(re));

        Account[] accounts = new Account[200];
        for (int i = 0; i < accounts.length; i++) accounts[i] = new Account(i);
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < accounts.length; i++) accounts[i].deposit(i + round, i % 50 == 7);
        }
        long total = 0;
        for (Account a : accounts) total += a.balance;
        System.out.println("deposits: " + total);
        System.out.println("class lock: " + Account.classLocked(30) + ", released: " + !Thread.holdsLock(Account.class));

        // A lock taken on a young object that is then stored into an old structure and collected.
        Object[] old = new Object[1000];
        System.gc();
        int ok = 0;
        for (int i = 0; i < 20; i++) {
            Object o = new StringBuilder("lock" + i);
            synchronized (o) {
                old[i] = o;
                churn(10_000);
                synchronized (old[i]) {
                    if (Thread.holdsLock(o)) ok++;
                }
            }
            if (!Thread.holdsLock(old[i])) ok++;
        }
        System.out.println("young locks stored in an old array: " + ok);

        // Monitor errors still work after all that.
        try {
            lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without the lock: " + e.getClass().getName());
        }
        synchronized (lock) {
            lock.notifyAll();
            System.out.println("notifyAll with the lock: ok");
        }
        System.out.println("sink " + sink);
    }
}
