package java.util.stream;

import java.util.Arrays;
import java.util.Iterator;
import java.util.PrimitiveIterator;

/** Stream builders and helpers shared by the stream interfaces. */
final class Streams {
    private Streams() {
    }

    static Source sourceOf(BaseStream<?, ?> s) {
        if (s instanceof Pipe)
            return ((Pipe) s).asSource();
        Iterator<?> it = s.iterator();
        return new Source() {
            boolean tryAdvance(Sink k) {
                if (!it.hasNext())
                    return false;
                if (it instanceof PrimitiveIterator.OfInt)
                    k.accept(((PrimitiveIterator.OfInt) it).nextInt());
                else if (it instanceof PrimitiveIterator.OfLong)
                    k.accept(((PrimitiveIterator.OfLong) it).nextLong());
                else if (it instanceof PrimitiveIterator.OfDouble)
                    k.accept(((PrimitiveIterator.OfDouble) it).nextDouble());
                else
                    k.accept((Object) it.next());
                return true;
            }
        };
    }

    static final class RefBuilder<T> implements Stream.Builder<T> {
        private Object[] a = new Object[8];
        private int n;
        private boolean built;

        public void accept(T t) {
            if (built)
                throw new IllegalStateException();
            if (n == a.length)
                a = Arrays.copyOf(a, n * 2);
            a[n++] = t;
        }

        public Stream<T> build() {
            if (built)
                throw new IllegalStateException();
            built = true;
            return new RefPipe<>(new Source.Refs(a, 0, n));
        }
    }

    static final class IntBuilder implements IntStream.Builder {
        private int[] a = new int[8];
        private int n;
        private boolean built;

        public void accept(int t) {
            if (built)
                throw new IllegalStateException();
            if (n == a.length)
                a = Arrays.copyOf(a, n * 2);
            a[n++] = t;
        }

        public IntStream build() {
            if (built)
                throw new IllegalStateException();
            built = true;
            return new IntPipe(new Source.Ints(a, 0, n));
        }
    }

    static final class LongBuilder implements LongStream.Builder {
        private long[] a = new long[8];
        private int n;
        private boolean built;

        public void accept(long t) {
            if (built)
                throw new IllegalStateException();
            if (n == a.length)
                a = Arrays.copyOf(a, n * 2);
            a[n++] = t;
        }

        public LongStream build() {
            if (built)
                throw new IllegalStateException();
            built = true;
            return new LongPipe(new Source.Longs(a, 0, n));
        }
    }

    static final class DoubleBuilder implements DoubleStream.Builder {
        private double[] a = new double[8];
        private int n;
        private boolean built;

        public void accept(double t) {
            if (built)
                throw new IllegalStateException();
            if (n == a.length)
                a = Arrays.copyOf(a, n * 2);
            a[n++] = t;
        }

        public DoubleStream build() {
            if (built)
                throw new IllegalStateException();
            built = true;
            return new DoublePipe(new Source.Doubles(a, 0, n));
        }
    }
}
