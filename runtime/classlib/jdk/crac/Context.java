package jdk.crac;

/**
 * A {@link Resource} that other resources register with; it decides how the notifications it receives are
 * passed on to them. Contexts can be registered with other contexts, forming a tree under the global
 * context ({@link Core#getGlobalContext()}).
 */
public abstract class Context<R extends Resource> implements Resource {
    protected Context() {
    }

    /** Notifies the registered resources of a checkpoint; their failures come back as suppressed exceptions. */
    @Override
    public abstract void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException;

    /** Notifies the registered resources of a restore; their failures come back as suppressed exceptions. */
    @Override
    public abstract void afterRestore(Context<? extends Resource> context) throws RestoreException;

    /**
     * Registers a resource with this context.
     *
     * @throws NullPointerException if {@code resource} is null
     */
    public abstract void register(R resource);
}
