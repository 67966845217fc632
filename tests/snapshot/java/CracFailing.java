import java.util.ArrayList;
import java.util.List;
import jdk.crac.CheckpointException;
import jdk.crac.Context;
import jdk.crac.Core;
import jdk.crac.Resource;
import jdk.crac.RestoreException;

// Failing resources: every resource is notified even when others throw, and all their exceptions arrive as
// suppressed exceptions of one CheckpointException / RestoreException; a nested context's own aggregate is
// flattened into the global one. Core.checkpointRestore() refuses in Ember without notifying anyone.
public class CracFailing {
    static final List<Resource> keep = new ArrayList<>();

    static class Res implements Resource {
        final String name;
        final Exception onCheckpoint, onRestore;
        Res(String name, Exception onCheckpoint, Exception onRestore) {
            this.name = name;
            this.onCheckpoint = onCheckpoint;
            this.onRestore = onRestore;
        }
        @Override public void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
            System.out.println("  beforeCheckpoint " + name);
            if (onCheckpoint != null) throw onCheckpoint;
        }
        @Override public void afterRestore(Context<? extends Resource> context) throws Exception {
            System.out.println("  afterRestore " + name);
            if (onRestore != null) throw onRestore;
        }
    }

    /** A context of its own, registered with the global one: notifies in order and aggregates failures. */
    static class Group extends Context<Resource> {
        final List<Resource> members = new ArrayList<>();
        @Override public void register(Resource r) { members.add(r); }
        @Override public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
            CheckpointException agg = null;
            for (Resource r : members) {
                try {
                    r.beforeCheckpoint(this);
                } catch (Exception e) {
                    if (agg == null) agg = new CheckpointException();
                    agg.addSuppressed(e);
                }
            }
            if (agg != null) throw agg;
        }
        @Override public void afterRestore(Context<? extends Resource> context) throws RestoreException {
            for (Resource r : members) {
                try {
                    r.afterRestore(this);
                } catch (Exception e) {
                    System.out.println("  group swallowed " + e);
                }
            }
        }
    }

    static void add(Resource r) {
        keep.add(r);
        Core.getGlobalContext().register(r);
    }

    static void print(Exception e) {
        System.out.println(e.getClass().getName() + " message=" + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        for (Throwable t : e.getSuppressed())
            System.out.println("    " + t);
    }

    public static void main(String[] args) throws Exception {
        try {
            Core.checkpointRestore();
            System.out.println("checkpointRestore returned");
        } catch (CheckpointException e) {
            System.out.println("checkpointRestore: CheckpointException, suppressed=" + e.getSuppressed().length
                    + ", mentions ember snapshot: " + e.getMessage().contains("ember snapshot"));
        }

        add(new Res("one", null, null));
        add(new Res("two", new IllegalStateException("two refuses"), null));
        add(new Res("three", null, new java.io.IOException("three cannot reopen")));
        add(new Res("four", new Exception("four refuses"), new RuntimeException("four broke")));
        Group g = new Group();
        g.register(new Res("g1", new UnsupportedOperationException("g1 refuses"), null));
        g.register(new Res("g2", new ArithmeticException("g2 refuses"), null));
        add(g);

        System.out.println("checkpoint");
        try {
            Core.getGlobalContext().beforeCheckpoint(null);
            System.out.println("no exception");
        } catch (CheckpointException e) {
            print(e);
        }
        System.out.println("restore");
        try {
            Core.getGlobalContext().afterRestore(null);
            System.out.println("no exception");
        } catch (RestoreException e) {
            print(e);
        }
    }
}
