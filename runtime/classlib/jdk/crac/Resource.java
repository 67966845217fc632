package jdk.crac;

/**
 * Something that takes part in checkpoint and restore: it is told before a checkpoint (close files and
 * sockets, drop state that must not be captured) and after a restore (reopen, re-read the environment).
 * Register it with a {@link Context}, usually {@link Core#getGlobalContext()}.
 *
 * <p>In Ember a checkpoint is the snapshot written by {@code ember snapshot} after the function's warm-up, and
 * a restore happens in every process that {@code ember invoke} starts from that snapshot, so
 * {@code afterRestore} runs once per restored process. Notifications run on the one Java thread.
 */
public interface Resource {
    /**
     * Called before the checkpoint. Throwing refuses the checkpoint; the other resources are notified
     * anyway, and every resource is then told {@code afterRestore}.
     */
    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    /**
     * Called after a restore, or after a checkpoint that could not be taken. The resource may be only
     * partly shut down if its {@code beforeCheckpoint} failed.
     */
    void afterRestore(Context<? extends Resource> context) throws Exception;
}
