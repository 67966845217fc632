package java.util.function;

import java.util.Objects;

@FunctionalInterface
public interface DoubleConsumer {
    void accept(double value);

    default DoubleConsumer andThen(DoubleConsumer after) {
        Objects.requireNonNull(after);
        return new DoubleConsumer() {
            public void accept(double t) {
                DoubleConsumer.this.accept(t);
                after.accept(t);
            }
        };
    }
}
