import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

// java.lang.ref with the collector: what System.gc() clears and enqueues. Only facts that hold on HotSpot and
// on Ember are printed: HotSpot enqueues on its reference-handler thread, so every check of a queue waits in
// a loop of up to 20 rounds of System.gc() + poll/sleep for what must eventually arrive. Locals that held a
// referent are nulled explicitly (an interpreter keeps a dead local's object alive).
@SuppressWarnings("deprecation")
public class RefGcClearing {
    static class Node {
        final String name;
        Node next;
        final byte[] payload = new byte[256];

        Node(String name) {
            this.name = name;
        }
    }

    static class Named extends WeakReference<Object> {
        final String name;

        Named(Object o, ReferenceQueue<Object> q, String name) {
            super(o, q);
            this.name = name;
        }
    }

    static int waitFor(ReferenceQueue<?> q, int expected, List<Reference<?>> into) throws InterruptedException {
        int n = 0;
        for (int round = 0; round < 20 && n < expected; round++) {
            System.gc();
            Reference<?> r;
            while ((r = q.poll()) != null) {
                into.add(r);
                n++;
            }
            if (n < expected)
                Thread.sleep(10);
        }
        return n;
    }

    static boolean clearedAfterGc(Reference<?> r) throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            System.gc();
            if (r.refersTo(null))
                return true;
            Thread.sleep(10);
        }
        return false;
    }

    // allocates in a frame of its own, so that nothing of it stays in main's locals or operand stack
    static WeakReference<Object> weakToGarbage(ReferenceQueue<Object> q) {
        return new WeakReference<>(new Node("garbage"), q);
    }

    public static void main(String[] args) throws Exception {
        ReferenceQueue<Object> q = new ReferenceQueue<>();
        List<Reference<?>> got = new ArrayList<>();

        // 1. a strongly held referent survives any number of collections
        Object strong = new Node("strong");
        WeakReference<Object> ws = new WeakReference<>(strong, q);
        for (int i = 0; i < 3; i++)
            System.gc();
        System.out.println("strong survives: " + (ws.get() == strong) + " polled: " + (q.poll() != null));

        // 2. dropping the last strong reference: cleared, then enqueued on its queue
        strong = null;
        System.out.println("cleared after drop: " + clearedAfterGc(ws));
        got.clear();
        System.out.println("enqueued: " + waitFor(q, 1, got) + " it is ws: " + (got.size() == 1 && got.get(0) == ws)
                + " get: " + ws.get() + " isEnqueued after poll: " + ws.isEnqueued());

        // 3. a weak reference without a queue is cleared too, and goes nowhere
        WeakReference<Object> noQueue = new WeakReference<>(new Node("no queue"));
        System.out.println("no-queue cleared: " + clearedAfterGc(noQueue) + " poll: " + q.poll());

        // 4. many references to one object, in two queues, cleared together
        ReferenceQueue<Object> q2 = new ReferenceQueue<>();
        Object shared = new Node("shared");
        List<Named> refs = new ArrayList<>();
        for (int i = 0; i < 5; i++)
            refs.add(new Named(shared, i % 2 == 0 ? q : q2, "r" + i));
        System.gc();
        boolean allAlive = true;
        for (Named r : refs)
            allAlive &= r.get() == shared;
        System.out.println("shared alive: " + allAlive);
        shared = null;
        got.clear();
        int n1 = waitFor(q, 3, got);
        int n2 = waitFor(q2, 2, got);
        List<String> names = new ArrayList<>();
        for (Reference<?> r : got)
            names.add(((Named) r).name);
        names.sort(null);
        System.out.println("shared enqueued: " + n1 + " + " + n2 + " " + names);

        // 5. a linked structure reachable only through a weak reference goes as a whole; its inner nodes are
        //    still strongly reachable from its head while the head is alive
        Node head = new Node("h0");
        Node cur = head;
        for (int i = 1; i < 50; i++) {
            cur.next = new Node("h" + i);
            cur = cur.next;
        }
        WeakReference<Object> tail = new WeakReference<>(cur, q);
        cur = null;
        System.gc();
        System.out.println("tail kept by head: " + (tail.get() != null));
        head = null;
        got.clear();
        System.out.println("tail enqueued: " + waitFor(q, 1, got) + " cleared: " + tail.refersTo(null));

        // 6. soft references survive System.gc() while memory is plentiful, and keep their referent strongly
        //    enough that weak references to it stay too
        Object softly = new Node("soft");
        SoftReference<Object> soft = new SoftReference<>(softly, q);
        WeakReference<Object> weakToSoft = new WeakReference<>(softly, q);
        softly = null;
        for (int i = 0; i < 3; i++)
            System.gc();
        System.out.println("soft survives: " + (soft.get() != null) + " weak via soft survives: " + (weakToSoft.get() != null)
                + " poll: " + q.poll());
        soft.clear();
        System.out.println("weak cleared once soft cleared: " + clearedAfterGc(weakToSoft));
        got.clear();
        System.out.println("soft.clear() does not enqueue; the weak one: " + waitFor(q, 1, got)
                + " it is the weak: " + (got.size() == 1 && got.get(0) == weakToSoft));

        // 7. phantom references: get() is null all along; enqueued once the object is unreachable
        Object ph = new Node("phantom");
        PhantomReference<Object> phantom = new PhantomReference<>(ph, q);
        System.gc();
        System.out.println("phantom get: " + phantom.get() + " refersTo: " + phantom.refersTo(ph));
        ph = null;
        got.clear();
        System.out.println("phantom enqueued: " + waitFor(q, 1, got) + " it is phantom: " + (got.size() == 1 && got.get(0) == phantom)
                + " refersTo null: " + phantom.refersTo(null));

        // 8. a reference that is itself garbage is not enqueued; one made in another frame is
        WeakReference<Object> other = weakToGarbage(q);
        new WeakReference<>(new Node("unreachable ref"), q);
        got.clear();
        int n = waitFor(q, 1, got);
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(10);
            Reference<?> r;
            while ((r = q.poll()) != null) {
                got.add(r);
                n++;
            }
        }
        System.out.println("only the reachable reference enqueued: " + n + " " + (got.size() == 1 && got.get(0) == other));

        // 9. enqueue() by hand after the collector cleared it but before it was polled: one entry only
        Object e9 = new Node("e9");
        WeakReference<Object> twice = new WeakReference<>(e9, q);
        e9 = null;
        clearedAfterGc(twice);
        boolean manual = twice.enqueue(); // HotSpot: true or false, depending on its reference handler
        got.clear();
        n = waitFor(q, 1, got);
        for (int i = 0; i < 3; i++) {
            System.gc();
            Reference<?> r;
            while ((r = q.poll()) != null) {
                got.add(r);
                n++;
            }
        }
        System.out.println("enqueued once: " + n + " (manual enqueue returned a boolean: " + (manual || !manual) + ")");

        // 10. lots of short-lived weakly referenced garbage in young collections
        List<WeakReference<Object>> many = new ArrayList<>();
        Object keep = null;
        for (int i = 0; i < 5000; i++) {
            Object o = new Node("m" + i);
            if (i % 1000 == 0)
                keep = o; // the last one of these stays strongly reachable
            many.add(new WeakReference<>(o));
        }
        boolean done = false;
        for (int round = 0; round < 20 && !done; round++) {
            System.gc();
            int live = 0;
            for (WeakReference<Object> r : many)
                if (r.get() != null)
                    live++;
            done = live == 1;
            if (!done)
                Thread.sleep(10);
        }
        System.out.println("only the kept one left: " + done + " it is " + ((Node) keep).name);

        // 11. remove() and remove(timeout) after System.gc() get what the collection cleared
        Object r11 = new Node("r11");
        WeakReference<Object> w11 = new WeakReference<>(r11, q);
        r11 = null;
        System.gc();
        System.out.println("remove(): " + (q.remove() == w11));
        Object r12 = new Node("r12");
        WeakReference<Object> w12 = new WeakReference<>(r12, q);
        r12 = null;
        System.gc();
        System.out.println("remove(10000): " + (q.remove(10000) == w12) + " then poll: " + q.poll());
    }
}
