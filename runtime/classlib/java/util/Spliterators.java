package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** Factories of (non-splitting) spliterators over arrays, collections and iterators. */
public final class Spliterators {
    private Spliterators() {
    }

    private static void checkFromToBounds(int arrayLength, int origin, int fence) {
        if (origin > fence)
            throw new ArrayIndexOutOfBoundsException("origin(" + origin + ") > fence(" + fence + ")");
        if (origin < 0)
            throw new ArrayIndexOutOfBoundsException(origin);
        if (fence > arrayLength)
            throw new ArrayIndexOutOfBoundsException(fence);
    }

    public static <T> Spliterator<T> emptySpliterator() {
        return spliterator(new Object[0], 0);
    }

    public static <T> Spliterator<T> spliterator(Object[] array, int additionalCharacteristics) {
        return spliterator(array, 0, array.length, additionalCharacteristics);
    }

    public static <T> Spliterator<T> spliterator(Object[] array, int from, int to, int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, from, to);
        int ch = additionalCharacteristics | Spliterator.SIZED | Spliterator.SUBSIZED;
        return new Spliterator<T>() {
            int i = from;

            @SuppressWarnings("unchecked")
            public boolean tryAdvance(Consumer<? super T> action) {
                Objects.requireNonNull(action);
                if (i >= to)
                    return false;
                action.accept((T) array[i++]);
                return true;
            }

            @SuppressWarnings("unchecked")
            public void forEachRemaining(Consumer<? super T> action) {
                Objects.requireNonNull(action);
                int k = i;
                i = to;
                for (; k < to; k++)
                    action.accept((T) array[k]);
            }

            public Spliterator<T> trySplit() {
                return null;
            }

            public long estimateSize() {
                return to - i;
            }

            public int characteristics() {
                return ch;
            }
        };
    }

    public static Spliterator.OfInt spliterator(int[] array, int additionalCharacteristics) {
        return spliterator(array, 0, array.length, additionalCharacteristics);
    }

    public static Spliterator.OfInt spliterator(int[] array, int from, int to, int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, from, to);
        int ch = additionalCharacteristics | Spliterator.SIZED | Spliterator.SUBSIZED;
        return new Spliterator.OfInt() {
            int i = from;

            public boolean tryAdvance(IntConsumer action) {
                Objects.requireNonNull(action);
                if (i >= to)
                    return false;
                action.accept(array[i++]);
                return true;
            }

            public void forEachRemaining(IntConsumer action) {
                Objects.requireNonNull(action);
                int k = i;
                i = to;
                for (; k < to; k++)
                    action.accept(array[k]);
            }

            public Spliterator.OfInt trySplit() {
                return null;
            }

            public long estimateSize() {
                return to - i;
            }

            public int characteristics() {
                return ch;
            }
        };
    }

    public static Spliterator.OfLong spliterator(long[] array, int additionalCharacteristics) {
        return spliterator(array, 0, array.length, additionalCharacteristics);
    }

    public static Spliterator.OfLong spliterator(long[] array, int from, int to, int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, from, to);
        int ch = additionalCharacteristics | Spliterator.SIZED | Spliterator.SUBSIZED;
        return new Spliterator.OfLong() {
            int i = from;

            public boolean tryAdvance(LongConsumer action) {
                Objects.requireNonNull(action);
                if (i >= to)
                    return false;
                action.accept(array[i++]);
                return true;
            }

            public void forEachRemaining(LongConsumer action) {
                Objects.requireNonNull(action);
                int k = i;
                i = to;
                for (; k < to; k++)
                    action.accept(array[k]);
            }

            public Spliterator.OfLong trySplit() {
                return null;
            }

            public long estimateSize() {
                return to - i;
            }

            public int characteristics() {
                return ch;
            }
        };
    }

    public static Spliterator.OfDouble spliterator(double[] array, int additionalCharacteristics) {
        return spliterator(array, 0, array.length, additionalCharacteristics);
    }

    public static Spliterator.OfDouble spliterator(double[] array, int from, int to, int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, from, to);
        int ch = additionalCharacteristics | Spliterator.SIZED | Spliterator.SUBSIZED;
        return new Spliterator.OfDouble() {
            int i = from;

            public boolean tryAdvance(DoubleConsumer action) {
                Objects.requireNonNull(action);
                if (i >= to)
                    return false;
                action.accept(array[i++]);
                return true;
            }

            public void forEachRemaining(DoubleConsumer action) {
                Objects.requireNonNull(action);
                int k = i;
                i = to;
                for (; k < to; k++)
                    action.accept(array[k]);
            }

            public Spliterator.OfDouble trySplit() {
                return null;
            }

            public long estimateSize() {
                return to - i;
            }

            public int characteristics() {
                return ch;
            }
        };
    }

    /** Late-binding and SIZED: the collection's iterator is taken when traversal starts. */
    public static <T> Spliterator<T> spliterator(Collection<? extends T> c, int characteristics) {
        Objects.requireNonNull(c);
        int ch = (characteristics & Spliterator.CONCURRENT) == 0
                ? characteristics | Spliterator.SIZED | Spliterator.SUBSIZED : characteristics;
        return new IteratorSpliterator<T>(c, null, -1, ch);
    }

    public static <T> Spliterator<T> spliterator(Iterator<? extends T> iterator, long size, int characteristics) {
        int ch = (characteristics & Spliterator.CONCURRENT) == 0
                ? characteristics | Spliterator.SIZED | Spliterator.SUBSIZED : characteristics;
        return new IteratorSpliterator<T>(null, Objects.requireNonNull(iterator), size, ch);
    }

    public static <T> Spliterator<T> spliteratorUnknownSize(Iterator<? extends T> iterator, int characteristics) {
        return new IteratorSpliterator<T>(null, Objects.requireNonNull(iterator), Long.MAX_VALUE,
                characteristics & ~(Spliterator.SIZED | Spliterator.SUBSIZED));
    }

    static final class IteratorSpliterator<T> implements Spliterator<T> {
        private final Collection<? extends T> collection;
        private Iterator<? extends T> it;
        private long est;
        private final int ch;

        IteratorSpliterator(Collection<? extends T> c, Iterator<? extends T> it, long est, int ch) {
            this.collection = c;
            this.it = it;
            this.est = est;
            this.ch = ch;
        }

        private Iterator<? extends T> it() {
            if (it == null) {
                it = collection.iterator();
                est = collection.size();
            }
            return it;
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            Iterator<? extends T> i = it();
            if (!i.hasNext())
                return false;
            action.accept(i.next());
            return true;
        }

        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            it().forEachRemaining(action);
        }

        public Spliterator<T> trySplit() {
            return null;
        }

        public long estimateSize() {
            if (it == null)
                return collection.size();
            return est;
        }

        public int characteristics() {
            return ch;
        }
    }

    public static <T> Iterator<T> iterator(Spliterator<? extends T> spliterator) {
        Objects.requireNonNull(spliterator);
        return new Iterator<T>() {
            boolean ready;
            T next;

            public boolean hasNext() {
                if (!ready)
                    spliterator.tryAdvance(t -> {
                        ready = true;
                        next = t;
                    });
                return ready;
            }

            public T next() {
                if (!ready && !hasNext())
                    throw new NoSuchElementException();
                ready = false;
                T t = next;
                next = null;
                return t;
            }
        };
    }
}
