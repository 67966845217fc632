package java.util.stream;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** A stage of an evaluated pipeline: receives elements pushed by the source (or by the stage before it). */
abstract class Sink implements Consumer<Object>, IntConsumer, LongConsumer, DoubleConsumer {
    void begin() {
    }

    void end() {
    }

    boolean cancel() {
        return false;
    }

    public void accept(Object o) {
        throw new IllegalStateException("called wrong accept method");
    }

    public void accept(int v) {
        throw new IllegalStateException("called wrong accept method");
    }

    public void accept(long v) {
        throw new IllegalStateException("called wrong accept method");
    }

    public void accept(double v) {
        throw new IllegalStateException("called wrong accept method");
    }

    /** A sink that forwards begin/end/cancel to the next one. */
    abstract static class Chain extends Sink {
        final Sink down;

        Chain(Sink down) {
            this.down = down;
        }

        void begin() {
            down.begin();
        }

        void end() {
            down.end();
        }

        boolean cancel() {
            return down.cancel();
        }
    }

    /** Terminal sink with short-circuit state. */
    abstract static class Stop extends Sink {
        boolean stop;

        boolean cancel() {
            return stop;
        }
    }
}
