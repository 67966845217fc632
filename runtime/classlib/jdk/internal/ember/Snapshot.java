package jdk.internal.ember;

import java.util.Map;
import java.util.TreeMap;
import jdk.crac.CheckpointException;
import jdk.crac.Core;
import jdk.crac.RestoreException;
import jdk.crac.impl.CheckpointOpenFileException;

/**
 * The Java side of snapshots. The VM calls the two entry points by name, with no arguments, on the one Java
 * thread with no other Java frame on its stack:
 *
 * <ul>
 * <li>{@link #beforeCheckpoint()} in {@code ember snapshot}, after the warm-up and before the VM space is
 * written: it notifies the jdk.crac global context, then refuses the snapshot (CheckpointException) if
 * process state that cannot be captured is still held.</li>
 * <li>{@link #afterRestore()} in every process restored from the snapshot, before the first invocation: it
 * refreshes process state (fresh randomness), then notifies the global context.</li>
 * </ul>
 *
 * <p>Everything here lives in VM space like any other class's statics, so it is part of the snapshot: a
 * restored process sees restoreEpoch as the snapshotting process left it until afterRestore increments it.
 */
public final class Snapshot {
    private Snapshot() {
    }

    /**
     * How many restores this VM state has gone through: 0 in a VM that was started normally (so plain
     * {@code ember run} never observes a change), incremented by each afterRestore. State derived from
     * process-specific values (random seeds) records the epoch it was made in and is refreshed lazily when
     * it finds the epoch changed: that keeps restore O(1) instead of visiting every such object.
     * java.util.Random reads it on every draw, so it is a plain field (one static read); only afterRestore
     * writes it.
     */
    public static int restoreEpoch;

    /** 64 bits from the OS entropy source, drawn by the latest afterRestore; 0 before any restore. */
    private static long restoreSeed;

    /**
     * Files opened by path by FileInputStream/FileOutputStream and not yet closed: fd -> the path as the
     * program gave it. Created at the first open. Only descriptors above 2 are recorded (the streams never
     * close 0, 1 and 2, and the standard streams are the ones a snapshot may keep); keys are unique because
     * the OS does not reuse a descriptor number until it is closed, and every close of a descriptor through
     * the streams removes it, whichever stream object closes it.
     */
    private static TreeMap<Integer, String> openFiles;

    /**
     * Entropy for the restored process, drawn at its afterRestore; 0 before any restore. Consumers mix it in
     * when they see a restoreEpoch they have not seen yet (Random's seed uniquifier, Math.random).
     */
    public static long restoreSeed() {
        return restoreSeed;
    }

    /** 64 bits from getrandom(2) (rt_natives_snap.c). */
    private static native long entropy();

    /** FileInputStream/FileOutputStream: descriptor fd (> 2) was opened for path. */
    public static void fileOpened(int fd, String path) {
        if (openFiles == null)
            openFiles = new TreeMap<>();
        openFiles.put(fd, path);
    }

    /** FileInputStream/FileOutputStream: descriptor fd (> 2) is being closed. Unknown fds are ignored. */
    public static void fileClosed(int fd) {
        if (openFiles != null)
            openFiles.remove(fd);
    }

    /**
     * Called by the VM before the snapshot is written. Notifies the global context (beforeCheckpoint, in
     * reverse order of registration), then checks what a snapshot cannot hold: a file still open
     * (CheckpointOpenFileException with its path, one per file). On refusal it notifies the global context's
     * afterRestore at once, as CRaC does for a failed checkpoint, so that resources reopen what they closed;
     * then it throws one CheckpointException whose suppressed exceptions are every reason (resources' own
     * exceptions first, then open files in descriptor order, then exceptions of that afterRestore).
     * System.out and System.err are flushed in any case, so that nothing written before the snapshot is
     * replayed by each restored process.
     */
    public static void beforeCheckpoint() throws CheckpointException {
        try {
            CheckpointException failure = null;
            try {
                Core.getGlobalContext().beforeCheckpoint(null);
            } catch (CheckpointException e) {
                failure = e;
            }
            if (openFiles != null) {
                for (Map.Entry<Integer, String> e : openFiles.entrySet()) {
                    if (failure == null)
                        failure = new CheckpointException();
                    failure.addSuppressed(new CheckpointOpenFileException(e.getValue()));
                }
            }
            // Threads: Ember runs exactly one Java thread (Thread.start throws), and the VM calls this on it,
            // so no other thread can be alive. When Thread.start is implemented, the live threads other than
            // the current one must be reported here, one suppressed exception each.
            if (failure != null) {
                try {
                    Core.getGlobalContext().afterRestore(null);
                } catch (RestoreException e) {
                    for (Throwable t : e.getSuppressed())
                        failure.addSuppressed(t);
                }
                throw failure;
            }
        } finally {
            System.out.flush();
            System.err.flush();
        }
    }

    /**
     * Called by the VM in a restored process before it runs anything else. Refreshes process state first
     * (fresh entropy and a new restoreEpoch: every auto-seeded java.util.Random, the seed uniquifier and
     * Math.random reseed themselves at their next use), then notifies the global context (afterRestore, in
     * order of registration).
     */
    public static void afterRestore() throws RestoreException {
        restoreSeed = entropy();
        restoreEpoch++;
        Core.getGlobalContext().afterRestore(null);
    }
}
