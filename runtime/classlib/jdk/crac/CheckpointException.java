package jdk.crac;

/**
 * A checkpoint could not be taken. Each reason (an exception thrown by a resource, an open file, ...) is
 * attached as a suppressed exception ({@link Throwable#getSuppressed()}).
 */
public class CheckpointException extends Exception {
    public CheckpointException() {
        super();
    }

    /** Ember: a refusal whose reason is not any one resource's (see {@link Core#checkpointRestore()}). */
    CheckpointException(String message) {
        super(message);
    }
}
