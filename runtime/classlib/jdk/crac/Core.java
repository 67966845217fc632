package jdk.crac;

/**
 * The entry point of checkpoint/restore coordination: the global context that resources register with.
 *
 * <p>Ember takes checkpoints in one way only: {@code ember snapshot} runs the function's warm-up, reaches a
 * quiescent point (one thread, no Java frames on its stack, a full compacting collection) and writes the VM
 * to a file; {@code ember invoke} restores it in a fresh process. The global context's
 * {@code beforeCheckpoint} runs just before that snapshot is written and its {@code afterRestore} runs in
 * every restored process (see jdk.internal.ember.Snapshot). A program cannot checkpoint itself from the
 * middle of its execution, so {@link #checkpointRestore()} always refuses.
 */
public class Core {
    private static final GlobalContext globalContext = new GlobalContext();

    /**
     * The global context. It holds its resources through weak references (register keeps no resource
     * alive), notifies {@code beforeCheckpoint} in reverse order of registration and {@code afterRestore}
     * in order of registration, notifies every resource even when others throw, and reports all their
     * exceptions as suppressed exceptions of one CheckpointException or RestoreException.
     */
    public static Context<Resource> getGlobalContext() {
        return globalContext;
    }

    /**
     * Requests a checkpoint from the running program. Ember snapshots only through {@code ember snapshot}
     * at a quiescent point, so this throws a CheckpointException saying so, without notifying any resource.
     */
    public static void checkpointRestore() throws CheckpointException, RestoreException {
        throw new CheckpointException("Ember does not checkpoint a running program: snapshots are taken by"
                + " `ember snapshot` at a quiescent point after the warm-up; resources registered with"
                + " Core.getGlobalContext() are notified then, and after each restore");
    }
}
