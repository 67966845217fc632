import java.lang.ref.Cleaner;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;

// java.lang.ref without the collector: construction, get/clear/refersTo, enqueue/isEnqueued by hand, queue
// order and states, timeouts and interrupts, Cleaner's explicit clean. Every referent stays strongly held.
@SuppressWarnings("deprecation")
public class RefBasics {
    static class Tagged extends WeakReference<Object> {
        final String tag;

        Tagged(Object o, ReferenceQueue<Object> q, String tag) {
            super(o, q);
            this.tag = tag;
        }

        Object tryClone() throws CloneNotSupportedException {
            return clone();
        }

        @Override
        public String toString() {
            return tag;
        }
    }

    static String name(Reference<?> r) {
        return r == null ? "null" : r.toString();
    }

    public static void main(String[] args) throws Exception {
        Object a = new Object(), b = new Object();
        String s = new String("referent");

        WeakReference<String> w = new WeakReference<>(s);
        SoftReference<String> soft = new SoftReference<>(s);
        SoftReference<String> softQ = new SoftReference<>(s, null);
        System.out.println("weak get: " + w.get() + " same: " + (w.get() == s));
        System.out.println("soft get: " + soft.get() + " " + softQ.get());
        System.out.println("refersTo s: " + w.refersTo(s) + " refersTo copy: " + w.refersTo(new String("referent"))
                + " refersTo null: " + w.refersTo(null));
        System.out.println("isEnqueued (no queue): " + w.isEnqueued() + " enqueue (no queue): " + w.enqueue());
        System.out.println("after enqueue without queue: get " + w.get() + " refersTo null " + w.refersTo(null));
        soft.clear();
        System.out.println("soft cleared: " + soft.get() + " other: " + softQ.get());

        PhantomReference<Object> p = new PhantomReference<>(a, null);
        System.out.println("phantom get: " + p.get() + " refersTo a: " + p.refersTo(a) + " refersTo b: " + p.refersTo(b));
        p.clear();
        System.out.println("phantom cleared refersTo a: " + p.refersTo(a) + " refersTo null: " + p.refersTo(null));

        WeakReference<Object> nullRef = new WeakReference<>(null);
        System.out.println("null referent: " + nullRef.get() + " " + nullRef.refersTo(null));

        ReferenceQueue<Object> q = new ReferenceQueue<>();
        System.out.println("poll empty: " + q.poll());
        long t0 = System.nanoTime();
        System.out.println("remove(30) empty: " + q.remove(30));
        System.out.println("waited at least 25ms: " + (System.nanoTime() - t0 >= 25_000_000L));

        Tagged r1 = new Tagged(a, q, "r1"), r2 = new Tagged(b, q, "r2"), r3 = new Tagged(s, q, "r3");
        System.out.println("r1 get is a: " + (r1.get() == a) + " enqueued: " + r1.isEnqueued());
        System.out.println("enqueue r1: " + r1.enqueue() + " again: " + r1.enqueue() + " isEnqueued: " + r1.isEnqueued()
                + " get: " + r1.get());
        System.out.println("enqueue r2: " + r2.enqueue() + " enqueue r3: " + r3.enqueue());
        // the queue is a stack, as in the JDK
        System.out.println("poll: " + name(q.poll()) + " remove(): " + name(q.remove()) + " remove(5): " + name(q.remove(5)));
        System.out.println("poll after: " + name(q.poll()));
        System.out.println("r1 enqueued after removal: " + r1.isEnqueued() + " enqueue again: " + r1.enqueue()
                + " poll: " + name(q.poll()));

        ReferenceQueue<Object> q2 = new ReferenceQueue<>();
        Tagged x = new Tagged(a, q2, "x"), y = new Tagged(a, q2, "y");
        x.enqueue();
        System.out.println("other queue: q " + name(q.poll()) + " q2 " + name(q2.poll()) + " y get is a: " + (y.get() == a));
        y.enqueue();
        System.out.println("remove(0): " + name(q2.remove(0)));

        try {
            q.remove(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("remove(-1): " + e.getMessage());
        }
        Thread.currentThread().interrupt();
        try {
            q.remove(1000);
            System.out.println("no exception");
        } catch (InterruptedException e) {
            System.out.println("interrupted remove(1000): " + e.getMessage() + " flag: " + Thread.currentThread().isInterrupted());
        }
        Thread.currentThread().interrupt();
        try {
            q.remove();
            System.out.println("no exception");
        } catch (InterruptedException e) {
            System.out.println("interrupted remove(): " + e.getMessage() + " flag: " + Thread.currentThread().isInterrupted());
        }
        // an interrupt does not matter when there is something to return
        Tagged z = new Tagged(b, q, "z");
        z.enqueue();
        Thread.currentThread().interrupt();
        System.out.println("interrupted with one queued: " + name(q.remove()) + " flag: " + Thread.interrupted());

        try {
            new Tagged(a, null, "c").tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("clone: " + e.getClass().getName() + " " + e.getMessage());
        }
        Reference.reachabilityFence(a);
        Reference.reachabilityFence(null);

        System.out.println("weak super: " + WeakReference.class.getSuperclass().getName()
                + " phantom super: " + PhantomReference.class.getSuperclass().getName());

        // Cleaner: explicit clean runs the action once; Reference methods are refused
        Cleaner cleaner = Cleaner.create();
        int[] runs = new int[1];
        Cleaner.Cleanable c1 = cleaner.register(a, () -> runs[0]++);
        c1.clean();
        c1.clean();
        System.out.println("clean twice, runs: " + runs[0]);
        Cleaner.Cleanable c2 = cleaner.register(b, () -> runs[0] += 10);
        try {
            ((Reference<?>) c2).clear();
        } catch (UnsupportedOperationException e) {
            System.out.println("Cleanable clear: " + e.getMessage());
        }
        try {
            ((Reference<?>) c2).isEnqueued();
        } catch (UnsupportedOperationException e) {
            System.out.println("Cleanable isEnqueued: " + e.getMessage());
        }
        c2.clean();
        System.out.println("clean after clear, runs: " + runs[0]);
        Cleaner.Cleanable c3 = cleaner.register(s, () -> {
            throw new IllegalStateException("from action");
        });
        try {
            c3.clean();
        } catch (IllegalStateException e) {
            System.out.println("explicit clean propagates: " + e.getMessage());
        }
        c3.clean();
        try {
            cleaner.register(null, () -> { });
        } catch (NullPointerException e) {
            System.out.println("register(null, ..): " + e.getMessage());
        }
        try {
            cleaner.register(a, null);
        } catch (NullPointerException e) {
            System.out.println("register(.., null): " + e.getMessage());
        }
        try {
            ((Reference<?>) cleaner.register(a, () -> { })).enqueue();
        } catch (UnsupportedOperationException e) {
            System.out.println("Cleanable enqueue: " + e.getMessage());
        }
        Reference.reachabilityFence(a);
        Reference.reachabilityFence(b);
        Reference.reachabilityFence(s);
    }
}
