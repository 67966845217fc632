package jdk.crac;

/**
 * Resources failed to restore. Each exception thrown by a resource is attached as a suppressed exception
 * ({@link Throwable#getSuppressed()}).
 */
public class RestoreException extends Exception {
    public RestoreException() {
        super();
    }
}
