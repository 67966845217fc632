package java.util.stream;

import java.util.Iterator;

/** Where a pipeline's elements come from: pushes one element (tryAdvance) or all remaining ones. */
abstract class Source {
    /** Pushes the next element into s; false when there is none. */
    abstract boolean tryAdvance(Sink s);

    void forEachRemaining(Sink s) {
        while (tryAdvance(s)) {
        }
    }

    /** The exact number of elements still to come, or -1 if not known. */
    long size() {
        return -1;
    }

    static final class Iter extends Source {
        private Iterator<?> it;
        private final long size;
        private final java.util.Collection<?> coll;

        Iter(Iterator<?> it, long size) {
            this.it = it;
            this.size = size;
            this.coll = null;
        }

        /** Late-binding: the collection's iterator is taken when the first element is needed. */
        Iter(java.util.Collection<?> coll) {
            this.coll = coll;
            this.size = -1;
        }

        private Iterator<?> it() {
            Iterator<?> i = it;
            if (i == null)
                it = i = coll.iterator();
            return i;
        }

        boolean tryAdvance(Sink s) {
            Iterator<?> i = it();
            if (!i.hasNext())
                return false;
            s.accept((Object) i.next());
            return true;
        }

        void forEachRemaining(Sink s) {
            Iterator<?> i = it();
            while (i.hasNext())
                s.accept((Object) i.next());
        }

        long size() {
            return coll != null ? (it == null ? coll.size() : -1) : size;
        }
    }

    /** A source over a Spliterator of the given shape (StreamSupport.stream and friends). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final class Split extends Source {
        private final java.util.Spliterator sp;
        private final int shape;

        Split(java.util.Spliterator<?> sp, int shape) {
            this.sp = sp;
            this.shape = shape;
        }

        boolean tryAdvance(Sink s) {
            switch (shape) {
                case Pipe.INT: return ((java.util.Spliterator.OfInt) sp).tryAdvance((java.util.function.IntConsumer) s);
                case Pipe.LONG: return ((java.util.Spliterator.OfLong) sp).tryAdvance((java.util.function.LongConsumer) s);
                case Pipe.DOUBLE: return ((java.util.Spliterator.OfDouble) sp).tryAdvance((java.util.function.DoubleConsumer) s);
                default: return sp.tryAdvance((java.util.function.Consumer) s);
            }
        }

        void forEachRemaining(Sink s) {
            switch (shape) {
                case Pipe.INT: ((java.util.Spliterator.OfInt) sp).forEachRemaining((java.util.function.IntConsumer) s); break;
                case Pipe.LONG: ((java.util.Spliterator.OfLong) sp).forEachRemaining((java.util.function.LongConsumer) s); break;
                case Pipe.DOUBLE: ((java.util.Spliterator.OfDouble) sp).forEachRemaining((java.util.function.DoubleConsumer) s); break;
                default: sp.forEachRemaining((java.util.function.Consumer) s); break;
            }
        }

        long size() {
            return sp.getExactSizeIfKnown();
        }
    }

    static final class Refs extends Source {
        private final Object[] a;
        private int i;
        private final int end;

        Refs(Object[] a, int from, int to) {
            this.a = a;
            i = from;
            end = to;
        }

        boolean tryAdvance(Sink s) {
            if (i >= end)
                return false;
            s.accept(a[i++]);
            return true;
        }

        void forEachRemaining(Sink s) {
            Object[] a = this.a;
            int e = end;
            for (int k = i; k < e; k++)
                s.accept(a[k]);
            i = e;
        }

        long size() {
            return end - i;
        }
    }

    static final class Ints extends Source {
        private final int[] a;
        private int i;
        private final int end;

        Ints(int[] a, int from, int to) {
            this.a = a;
            i = from;
            end = to;
        }

        boolean tryAdvance(Sink s) {
            if (i >= end)
                return false;
            s.accept(a[i++]);
            return true;
        }

        void forEachRemaining(Sink s) {
            int[] a = this.a;
            int e = end;
            for (int k = i; k < e; k++)
                s.accept(a[k]);
            i = e;
        }

        long size() {
            return end - i;
        }
    }

    static final class Longs extends Source {
        private final long[] a;
        private int i;
        private final int end;

        Longs(long[] a, int from, int to) {
            this.a = a;
            i = from;
            end = to;
        }

        boolean tryAdvance(Sink s) {
            if (i >= end)
                return false;
            s.accept(a[i++]);
            return true;
        }

        void forEachRemaining(Sink s) {
            long[] a = this.a;
            int e = end;
            for (int k = i; k < e; k++)
                s.accept(a[k]);
            i = e;
        }

        long size() {
            return end - i;
        }
    }

    static final class Doubles extends Source {
        private final double[] a;
        private int i;
        private final int end;

        Doubles(double[] a, int from, int to) {
            this.a = a;
            i = from;
            end = to;
        }

        boolean tryAdvance(Sink s) {
            if (i >= end)
                return false;
            s.accept(a[i++]);
            return true;
        }

        void forEachRemaining(Sink s) {
            double[] a = this.a;
            int e = end;
            for (int k = i; k < e; k++)
                s.accept(a[k]);
            i = e;
        }

        long size() {
            return end - i;
        }
    }

    /** ints from..to-1 (or to, when closed). */
    static final class IntRange extends Source {
        private int next;
        private final int last;
        private boolean done;

        IntRange(int from, int lastInclusive) {
            next = from;
            last = lastInclusive;
            done = from > lastInclusive;
        }

        boolean tryAdvance(Sink s) {
            if (done)
                return false;
            int v = next;
            if (v == last)
                done = true;
            else
                next = v + 1;
            s.accept(v);
            return true;
        }

        void forEachRemaining(Sink s) {
            if (done)
                return;
            done = true;
            int l = last;
            for (int v = next; v < l; v++)
                s.accept(v);
            s.accept(l);
        }

        long size() {
            return done ? 0 : (long) last - next + 1;
        }
    }

    static final class LongRange extends Source {
        private long next;
        private final long last;
        private boolean done;

        LongRange(long from, long lastInclusive) {
            next = from;
            last = lastInclusive;
            done = from > lastInclusive;
        }

        boolean tryAdvance(Sink s) {
            if (done)
                return false;
            long v = next;
            if (v == last)
                done = true;
            else
                next = v + 1;
            s.accept(v);
            return true;
        }

        void forEachRemaining(Sink s) {
            if (done)
                return;
            done = true;
            long l = last;
            for (long v = next; v < l; v++)
                s.accept(v);
            s.accept(l);
        }

        long size() {
            if (done)
                return 0;
            long n = last - next + 1;
            return n <= 0 ? -1 : n;
        }
    }

    /** Two sources one after the other (Stream.concat). */
    static final class Concat extends Source {
        private final Source a, b;
        private boolean inB;

        Concat(Source a, Source b) {
            this.a = a;
            this.b = b;
        }

        boolean tryAdvance(Sink s) {
            if (!inB) {
                if (a.tryAdvance(s))
                    return true;
                inB = true;
            }
            return b.tryAdvance(s);
        }

        void forEachRemaining(Sink s) {
            if (!inB) {
                a.forEachRemaining(s);
                inB = true;
            }
            b.forEachRemaining(s);
        }

        long size() {
            long x = a.size(), y = b.size();
            if (x < 0 || y < 0 || x + y < 0)
                return -1;
            return x + y;
        }
    }

    /**
     * The output of a pipeline as a source, evaluated lazily one source element at a time (for iterator(),
     * concat and short-circuiting flatMap). Elements wait, boxed, in a small queue.
     */
    static final class Wrap extends Source {
        private final Pipe pipe;
        private final int shape;
        private Sink chain;
        private Object[] q = new Object[8];
        private int qh, qt;
        private boolean done;

        Wrap(Pipe pipe) {
            this.pipe = pipe;
            this.shape = pipe.shape();
        }

        private void put(Object o) {
            if (qt == q.length) {
                if (qh > 0) {
                    System.arraycopy(q, qh, q, 0, qt - qh);
                    java.util.Arrays.fill(q, qt - qh, qt, null);
                    qt -= qh;
                    qh = 0;
                } else {
                    q = java.util.Arrays.copyOf(q, q.length * 2);
                }
            }
            q[qt++] = o;
        }

        private boolean fill() {
            if (chain == null) {
                chain = pipe.wrapChain(new Sink() {
                    public void accept(Object o) {
                        put(o);
                    }

                    public void accept(int v) {
                        put(v);
                    }

                    public void accept(long v) {
                        put(v);
                    }

                    public void accept(double v) {
                        put(v);
                    }
                });
                chain.begin();
            }
            Source src = pipe.head.src;
            while (qh == qt) {
                if (done)
                    return false;
                if (chain.cancel() || !src.tryAdvance(chain)) {
                    done = true;
                    chain.end();
                }
            }
            return true;
        }

        boolean tryAdvance(Sink s) {
            if (!fill())
                return false;
            Object o = q[qh];
            q[qh++] = null;
            if (qh == qt)
                qh = qt = 0;
            switch (shape) {
                case Pipe.INT: s.accept(((Integer) o).intValue()); break;
                case Pipe.LONG: s.accept(((Long) o).longValue()); break;
                case Pipe.DOUBLE: s.accept(((Double) o).doubleValue()); break;
                default: s.accept(o); break;
            }
            return true;
        }

        long size() {
            return chain == null ? pipe.knownSize() : -1;
        }
    }
}
