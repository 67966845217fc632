package jdk.crac;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Objects;

/**
 * The global context (Core.getGlobalContext()), with the properties CRaC documents for it:
 *
 * <ul>
 * <li>Resources are held through weak references, as in CRaC: registering does not keep a resource alive,
 * so its owner must hold it (a resource that has been collected is simply not notified).</li>
 * <li>beforeCheckpoint notifies in reverse order of registration; afterRestore in order of registration
 * (the reverse of the checkpoint order). A resource registered twice (the same object) is notified once,
 * at the place of its latest registration.</li>
 * <li>Every resource is notified even when others throw. Exceptions are collected and thrown at the end as
 * suppressed exceptions of one CheckpointException / RestoreException. When the resource is itself a Context
 * and throws a CheckpointException / RestoreException with suppressed exceptions, those are attached
 * individually (so the tree of contexts reports a flat list). Errors are not caught: they end the
 * notification and propagate.</li>
 * </ul>
 *
 * <p>Registering during a notification: each notification works on the list of resources taken when it
 * starts, so a resource registered while notifications run (by a resource, or from afterRestore) is not
 * notified in that round; it takes part from the next checkpoint on. The resources notified by
 * beforeCheckpoint are the ones notified by the next afterRestore: that list is held strongly in between
 * (in Ember it is part of the snapshot, so each restored process notifies exactly the resources that were
 * prepared for the checkpoint). An afterRestore without a preceding beforeCheckpoint notifies every live
 * resource in order of registration.
 */
final class GlobalContext extends Context<Resource> {
    /** Registrations in order; cleared and superseded entries are dropped by liveInOrder(). */
    private ArrayList<WeakReference<Resource>> registrations = new ArrayList<>();
    /** register() compacts the list when it reaches this size, so it stays within twice the live count. */
    private int compactAt = 16;
    /** The resources told of the last checkpoint, in registration order; null when none is pending. */
    private Resource[] pendingRestore;

    @Override
    public synchronized void register(Resource resource) {
        Objects.requireNonNull(resource);
        if (registrations.size() >= compactAt) {
            liveInOrder();
            compactAt = Math.max(16, 2 * registrations.size());
        }
        registrations.add(new WeakReference<>(resource));
    }

    @Override
    public synchronized void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
        Resource[] rs = liveInOrder();
        pendingRestore = rs;
        CheckpointException failure = null;
        for (int i = rs.length - 1; i >= 0; i--) {
            try {
                rs[i].beforeCheckpoint(this);
            } catch (Exception e) {
                if (failure == null)
                    failure = new CheckpointException();
                suppress(failure, rs[i], e);
            }
        }
        if (failure != null)
            throw failure;
    }

    @Override
    public synchronized void afterRestore(Context<? extends Resource> context) throws RestoreException {
        Resource[] rs = pendingRestore != null ? pendingRestore : liveInOrder();
        pendingRestore = null;
        RestoreException failure = null;
        for (int i = 0; i < rs.length; i++) {
            try {
                rs[i].afterRestore(this);
            } catch (Exception e) {
                if (failure == null)
                    failure = new RestoreException();
                suppress(failure, rs[i], e);
            }
        }
        if (failure != null)
            throw failure;
    }

    /** Attaches what resource r threw to the aggregate: a nested context's own causes one by one. */
    private static void suppress(Exception aggregate, Resource r, Exception e) {
        if (r instanceof Context && (e instanceof CheckpointException || e instanceof RestoreException)) {
            Throwable[] causes = e.getSuppressed();
            if (causes.length > 0) {
                for (Throwable c : causes)
                    aggregate.addSuppressed(c);
                return;
            }
        }
        aggregate.addSuppressed(e);
    }

    /**
     * The live registered resources in order of registration, each once (at its latest registration).
     * Also drops cleared and superseded entries from the registration list: O(registrations).
     */
    private Resource[] liveInOrder() {
        int n = registrations.size();
        Resource[] at = new Resource[n];
        IdentityHashMap<Resource, Integer> latest = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            Resource r = registrations.get(i).get();
            if (r == null)
                continue;
            Integer earlier = latest.put(r, i);
            if (earlier != null)
                at[earlier] = null;
            at[i] = r;
        }
        Resource[] live = new Resource[latest.size()];
        ArrayList<WeakReference<Resource>> kept = new ArrayList<>(live.length);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (at[i] != null) {
                live[k++] = at[i];
                kept.add(registrations.get(i));
            }
        }
        registrations = kept;
        return live;
    }
}
