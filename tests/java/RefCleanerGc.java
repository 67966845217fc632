import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

// Cleaner with the collector: an action runs once its object is phantom reachable, exactly once, also when
// the Cleaner itself has been dropped. HotSpot runs actions on the cleaner's thread, so every check waits in
// a loop of up to 20 rounds of System.gc() + sleep. (Ember runs them on the one Java thread when the
// collector's cleared references are processed: after System.gc(), at ReferenceQueue.poll/remove and at
// Cleaner.register.)
public class RefCleanerGc {
    static final class Resource {
        final String name;
        final byte[] data = new byte[128];

        Resource(String name) {
            this.name = name;
        }
    }

    // the action must not refer to the object it cleans up after
    static final class Release implements Runnable {
        final String name;
        final List<String> log;

        Release(String name, List<String> log) {
            this.name = name;
            this.log = log;
        }

        public void run() {
            log.add(name);
        }
    }

    static boolean waitFor(List<String> log, int n) throws InterruptedException {
        for (int round = 0; round < 20 && log.size() < n; round++) {
            System.gc();
            Thread.sleep(10);
        }
        return log.size() == n;
    }

    static void registerDropped(Cleaner c, List<String> log, String name) {
        c.register(new Resource(name), new Release(name, log));
    }

    public static void main(String[] args) throws Exception {
        List<String> log = new ArrayList<>();
        Cleaner cleaner = Cleaner.create();

        Resource kept = new Resource("kept");
        Cleaner.Cleanable keptC = cleaner.register(kept, new Release("kept", log));
        Resource watched = new Resource("watched");
        cleaner.register(watched, new Release("watched", log));
        System.gc();
        Thread.sleep(10);
        System.out.println("before drop: " + log);
        watched = null;
        System.out.println("after drop: " + waitFor(log, 1) + " " + log);

        for (int i = 0; i < 5; i++)
            registerDropped(cleaner, log, "r" + i);
        System.out.println("five more: " + waitFor(log, 6));
        List<String> sorted = new ArrayList<>(log);
        sorted.sort(null);
        System.out.println("ran: " + sorted);

        // an action that throws is ignored on the cleaner's side; the others still run
        cleaner.register(new Resource("bad"), () -> {
            throw new IllegalStateException("ignored");
        });
        registerDropped(cleaner, log, "after-bad");
        System.out.println("after a throwing action: " + waitFor(log, 7) + " " + log.get(6));

        // explicit clean, then the object dropped: the action does not run again
        keptC.clean();
        System.out.println("explicit clean: " + log.get(7));
        kept = null;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(10);
        }
        System.out.println("still " + log.size() + " runs");

        // a dropped Cleaner still runs the actions registered with it
        Cleaner other = Cleaner.create();
        registerDropped(other, log, "orphan");
        other = null;
        System.out.println("dropped cleaner: " + waitFor(log, 9) + " " + log.get(8));
        Reference.reachabilityFence(cleaner);
    }
}
