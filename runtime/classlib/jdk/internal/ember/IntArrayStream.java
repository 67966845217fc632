package jdk.internal.ember;

import java.util.stream.IntStream;

/** Entry point kept for callers in java.lang: an IntStream over an int array the caller gives away. */
public final class IntArrayStream {
    private IntArrayStream() {
    }

    public static IntStream of(int[] owned) {
        return java.util.stream.StreamSupport.intArrayStream(owned, 0, owned.length);
    }
}
