import java.util.ArrayList;
import java.util.List;
import jdk.crac.Context;
import jdk.crac.Core;
import jdk.crac.Resource;

// The global context's notification order: beforeCheckpoint in reverse order of registration, afterRestore
// in order of registration; a resource registered twice is notified once, at its latest registration; a
// resource registered during a notification takes part from the next checkpoint on.
public class CracOrder {
    static final List<Resource> keep = new ArrayList<>();   // the global context holds resources weakly

    static class Named implements Resource {
        final String name;
        Named(String name) { this.name = name; }
        @Override public void beforeCheckpoint(Context<? extends Resource> context) {
            System.out.println("  beforeCheckpoint " + name + (context == Core.getGlobalContext() ? " (global)" : ""));
        }
        @Override public void afterRestore(Context<? extends Resource> context) {
            System.out.println("  afterRestore " + name);
        }
    }

    /** Registers a new resource from inside its first beforeCheckpoint notification. */
    static class Spawner extends Named {
        boolean spawned;
        Spawner() { super("spawner"); }
        @Override public void beforeCheckpoint(Context<? extends Resource> context) {
            super.beforeCheckpoint(context);
            if (spawned) return;
            spawned = true;
            Named late = new Named("late");
            keep.add(late);
            Core.getGlobalContext().register(late);
            System.out.println("  (registered late)");
        }
    }

    static Named add(String name) {
        Named r = new Named(name);
        keep.add(r);
        Core.getGlobalContext().register(r);
        return r;
    }

    static void round(String title) throws Exception {
        System.out.println(title);
        Core.getGlobalContext().beforeCheckpoint(null);
        Core.getGlobalContext().afterRestore(null);
    }

    public static void main(String[] args) throws Exception {
        Named a = add("A");
        add("B");
        add("C");
        round("round 1: A B C");

        Core.getGlobalContext().register(a);
        round("round 2: A registered again, now after C");

        Spawner s = new Spawner();
        keep.add(s);
        Core.getGlobalContext().register(s);
        round("round 3: spawner registers 'late' while notified");
        round("round 4: 'late' takes part");

        System.out.println("restore without checkpoint");
        Core.getGlobalContext().afterRestore(null);

        try {
            Core.getGlobalContext().register(null);
            System.out.println("register(null) accepted");
        } catch (NullPointerException e) {
            System.out.println("register(null): NullPointerException");
        }
    }
}
