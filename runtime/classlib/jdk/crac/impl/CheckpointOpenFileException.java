package jdk.crac.impl;

/**
 * Suppressed by a {@link jdk.crac.CheckpointException}: a file opened by a FileInputStream or
 * FileOutputStream was still open at the checkpoint. The message is the path the stream was opened with.
 */
public class CheckpointOpenFileException extends CheckpointOpenResourceException {
    public CheckpointOpenFileException(String path) {
        super(path);
    }
}
