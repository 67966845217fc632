package jdk.internal.ember;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/** An IntStream over an int array it owns; intermediate operations produce new arrays eagerly. */
public final class IntArrayStream implements IntStream {
    private final int[] a;
    private boolean used;

    private IntArrayStream(int[] a) {
        this.a = a;
    }

    public static IntStream of(int[] owned) {
        return new IntArrayStream(owned);
    }

    private int[] take() {
        if (used)
            throw new IllegalStateException("stream has already been operated upon or closed");
        used = true;
        return a;
    }

    private static int[] trim(int[] b, int n) {
        if (n == b.length)
            return b;
        int[] r = new int[n];
        System.arraycopy(b, 0, r, 0, n);
        return r;
    }

    public IntStream filter(IntPredicate p) {
        int[] s = take();
        int[] r = new int[s.length];
        int n = 0;
        for (int v : s)
            if (p.test(v))
                r[n++] = v;
        return new IntArrayStream(trim(r, n));
    }

    public IntStream map(IntUnaryOperator f) {
        int[] s = take();
        int[] r = new int[s.length];
        for (int i = 0; i < s.length; i++)
            r[i] = f.applyAsInt(s[i]);
        return new IntArrayStream(r);
    }

    public IntStream distinct() {
        int[] s = take();
        int[] r = new int[s.length];
        int n = 0;
        outer: for (int v : s) {
            for (int i = 0; i < n; i++)
                if (r[i] == v)
                    continue outer;
            r[n++] = v;
        }
        return new IntArrayStream(trim(r, n));
    }

    public IntStream sorted() {
        int[] s = take().clone();
        java.util.Arrays.sort(s);
        return new IntArrayStream(s);
    }

    public IntStream limit(long maxSize) {
        if (maxSize < 0)
            throw new IllegalArgumentException(Long.toString(maxSize));
        int[] s = take();
        return new IntArrayStream(trim(s.clone(), (int) Math.min(maxSize, s.length)));
    }

    public IntStream skip(long k) {
        if (k < 0)
            throw new IllegalArgumentException(Long.toString(k));
        int[] s = take();
        int from = (int) Math.min(k, s.length);
        int[] r = new int[s.length - from];
        System.arraycopy(s, from, r, 0, r.length);
        return new IntArrayStream(r);
    }

    public IntStream peek(IntConsumer action) {
        int[] s = take();
        for (int v : s)
            action.accept(v);
        return new IntArrayStream(s);
    }

    public IntStream concatLast(int value) {
        int[] s = take();
        int[] r = new int[s.length + 1];
        System.arraycopy(s, 0, r, 0, s.length);
        r[s.length] = value;
        return new IntArrayStream(r);
    }

    public void forEach(IntConsumer action) {
        for (int v : take())
            action.accept(v);
    }

    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    public int[] toArray() {
        return take().clone();
    }

    public int reduce(int identity, IntBinaryOperator op) {
        int r = identity;
        for (int v : take())
            r = op.applyAsInt(r, v);
        return r;
    }

    public OptionalInt reduce(IntBinaryOperator op) {
        int[] s = take();
        if (s.length == 0)
            return OptionalInt.empty();
        int r = s[0];
        for (int i = 1; i < s.length; i++)
            r = op.applyAsInt(r, s[i]);
        return OptionalInt.of(r);
    }

    public int sum() {
        int r = 0;
        for (int v : take())
            r += v;
        return r;
    }

    public OptionalInt min() {
        return reduce(Math::min);
    }

    public OptionalInt max() {
        return reduce(Math::max);
    }

    public long count() {
        return take().length;
    }

    public OptionalDouble average() {
        int[] s = take();
        if (s.length == 0)
            return OptionalDouble.empty();
        long sum = 0;
        for (int v : s)
            sum += v;
        return OptionalDouble.of((double) sum / s.length);
    }

    public boolean anyMatch(IntPredicate p) {
        for (int v : take())
            if (p.test(v))
                return true;
        return false;
    }

    public boolean allMatch(IntPredicate p) {
        for (int v : take())
            if (!p.test(v))
                return false;
        return true;
    }

    public boolean noneMatch(IntPredicate p) {
        return !anyMatch(p);
    }

    public OptionalInt findFirst() {
        int[] s = take();
        return s.length == 0 ? OptionalInt.empty() : OptionalInt.of(s[0]);
    }

    public OptionalInt findAny() {
        return findFirst();
    }

    public void close() {
    }
}
