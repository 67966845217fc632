package jdk.crac.impl;

/**
 * Suppressed by a {@link jdk.crac.CheckpointException}: a process resource (file, socket, ...) was still open
 * when the checkpoint was requested. The message describes the resource.
 */
public class CheckpointOpenResourceException extends Exception {
    public CheckpointOpenResourceException(String details) {
        super(details);
    }
}
