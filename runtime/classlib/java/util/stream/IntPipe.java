package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.IntSummaryStatistics;
import java.util.function.*;

/** Sequential IntStream. */
@SuppressWarnings({"unchecked", "rawtypes"})
final class IntPipe extends Pipe implements IntStream {
    IntPipe(Source src) {
        super(src);
    }

    IntPipe(Pipe prev, int flags, Op op) {
        super(prev, flags, op);
    }

    int shape() {
        return INT;
    }

    // ---- intermediate operations

    public IntStream filter(IntPredicate p) {
        Objects.requireNonNull(p);
        return new IntPipe(this, 0, down -> new Sink.Chain(down) {
            public void accept(int v) {
                if (p.test(v))
                    down.accept(v);
            }
        });
    }

    public IntStream map(IntUnaryOperator f) {
        Objects.requireNonNull(f);
        return new IntPipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(int v) {
                down.accept(f.applyAsInt(v));
            }
        });
    }

    public <U> Stream<U> mapToObj(IntFunction<? extends U> f) {
        Objects.requireNonNull(f);
        return new RefPipe<U>(this, 2, down -> new Sink.Chain(down) {
            public void accept(int v) {
                down.accept((Object) f.apply(v));
            }
        });
    }

    public Stream<Integer> boxed() {
        return new RefPipe<Integer>(this, 2, down -> new Sink.Chain(down) {
            public void accept(int v) {
                down.accept((Object) Integer.valueOf(v));
            }
        });
    }

    public LongStream mapToLong(IntToLongFunction f) {
        Objects.requireNonNull(f);
        return new LongPipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(int v) {
                down.accept(f.applyAsLong(v));
            }
        });
    }

    public DoubleStream mapToDouble(IntToDoubleFunction f) {
        Objects.requireNonNull(f);
        return new DoublePipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(int v) {
                down.accept(f.applyAsDouble(v));
            }
        });
    }

    public LongStream asLongStream() {
        return new LongPipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(int v) {
                down.accept((long) v);
            }
        });
    }

    public DoubleStream asDoubleStream() {
        return new DoublePipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(int v) {
                down.accept((double) v);
            }
        });
    }

    public IntStream flatMap(IntFunction<? extends IntStream> f) {
        Objects.requireNonNull(f);
        return new IntPipe(this, 0, down -> new RefPipe.FlatSink(down) {
            public void accept(int v) {
                push(f.apply(v));
            }
        });
    }

    public IntStream mapMulti(IntStream.IntMapMultiConsumer f) {
        Objects.requireNonNull(f);
        return new IntPipe(this, 0, down -> new Sink.Chain(down) {
            public void accept(int v) {
                f.accept(v, (IntConsumer) down);
            }
        });
    }

    public IntStream distinct() {
        return new IntPipe(this, 0, down -> new Sink.Chain(down) {
            final HashSet<Integer> seen = new HashSet<>();

            public void accept(int v) {
                if (seen.add(v))
                    down.accept(v);
            }
        });
    }

    public IntStream sorted() {
        return new IntPipe(this, 2, down -> new Sink.Chain(down) {
            int[] a = new int[16];
            int n;
            boolean cancelCalled;

            void begin() {
                n = 0;
            }

            public void accept(int v) {
                if (n == a.length)
                    a = Arrays.copyOf(a, n * 2);
                a[n++] = v;
            }

            boolean cancel() {
                cancelCalled = true;
                return false;
            }

            void end() {
                Arrays.sort(a, 0, n);
                down.begin();
                for (int i = 0; i < n; i++) {
                    if (cancelCalled && down.cancel())
                        break;
                    down.accept(a[i]);
                }
                down.end();
                a = null;
            }
        });
    }

    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        return new IntPipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(int v) {
                action.accept(v);
                down.accept(v);
            }
        });
    }

    public IntStream limit(long max) {
        checkCount(max);
        return new IntPipe(this, 1, down -> new Sink.Chain(down) {
            long m = max;

            public void accept(int v) {
                if (m > 0) {
                    m--;
                    down.accept(v);
                }
            }

            boolean cancel() {
                return m == 0 || down.cancel();
            }
        });
    }

    public IntStream skip(long n) {
        checkCount(n);
        if (n == 0)
            return this;
        return new IntPipe(this, 0, down -> new Sink.Chain(down) {
            long k = n;

            public void accept(int v) {
                if (k > 0)
                    k--;
                else
                    down.accept(v);
            }
        });
    }

    public IntStream takeWhile(IntPredicate p) {
        Objects.requireNonNull(p);
        return new IntPipe(this, 1, down -> new Sink.Chain(down) {
            boolean take = true;

            public void accept(int v) {
                if (take && (take = p.test(v)))
                    down.accept(v);
            }

            boolean cancel() {
                return !take || down.cancel();
            }
        });
    }

    public IntStream dropWhile(IntPredicate p) {
        Objects.requireNonNull(p);
        return new IntPipe(this, 0, down -> new Sink.Chain(down) {
            boolean taking;

            public void accept(int v) {
                if (taking || (taking = !p.test(v)))
                    down.accept(v);
            }
        });
    }

    public IntStream sequential() {
        return this;
    }

    public IntStream parallel() {
        return this;
    }

    public IntStream unordered() {
        return this;
    }

    public IntStream onClose(Runnable r) {
        addClose(r);
        return this;
    }

    // ---- terminal operations

    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        eval(new Sink() {
            public void accept(int v) {
                action.accept(v);
            }
        }, false);
    }

    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    public int[] toArray() {
        long k = knownSize();
        int[][] box = {new int[k >= 0 && k < 1 << 24 ? (int) k : 16]};
        int[] n = new int[1];
        eval(new Sink() {
            public void accept(int v) {
                int[] a = box[0];
                if (n[0] == a.length)
                    box[0] = a = Arrays.copyOf(a, Math.max(16, a.length * 2));
                a[n[0]++] = v;
            }
        }, false);
        return box[0].length == n[0] ? box[0] : Arrays.copyOf(box[0], n[0]);
    }

    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        int[] r = {identity};
        eval(new Sink() {
            public void accept(int v) {
                r[0] = op.applyAsInt(r[0], v);
            }
        }, false);
        return r[0];
    }

    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        int[] r = new int[1];
        boolean[] any = new boolean[1];
        eval(new Sink() {
            public void accept(int v) {
                if (any[0]) {
                    r[0] = op.applyAsInt(r[0], v);
                } else {
                    any[0] = true;
                    r[0] = v;
                }
            }
        }, false);
        return any[0] ? OptionalInt.of(r[0]) : OptionalInt.empty();
    }

    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> acc, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(acc);
        Objects.requireNonNull(combiner);
        R c = supplier.get();
        eval(new Sink() {
            public void accept(int v) {
                acc.accept(c, v);
            }
        }, false);
        return c;
    }

    public OptionalInt min() {
        return reduce(Math::min);
    }

    public OptionalInt max() {
        return reduce(Math::max);
    }

    public long count() {
        long k = knownSize();
        if (k >= 0) {
            consume();
            return k;
        }
        long[] n = new long[1];
        eval(new Sink() {
            public void accept(int v) {
                n[0]++;
            }
        }, false);
        return n[0];
    }

    public IntSummaryStatistics summaryStatistics() {
        return collect(IntSummaryStatistics::new, IntSummaryStatistics::accept, IntSummaryStatistics::combine);
    }

    private boolean match(IntPredicate p, boolean stopOn) {
        Objects.requireNonNull(p);
        Sink.Stop s = new Sink.Stop() {
            public void accept(int v) {
                if (!stop && p.test(v) == stopOn)
                    stop = true;
            }
        };
        eval(s, true);
        return s.stop;
    }

    public boolean anyMatch(IntPredicate p) {
        return match(p, true);
    }

    public boolean allMatch(IntPredicate p) {
        return !match(p, false);
    }

    public boolean noneMatch(IntPredicate p) {
        return !match(p, true);
    }

    public OptionalInt findFirst() {
        int[] r = new int[1];
        Sink.Stop s = new Sink.Stop() {
            public void accept(int v) {
                if (!stop) {
                    stop = true;
                    r[0] = v;
                }
            }
        };
        eval(s, true);
        return s.stop ? OptionalInt.of(r[0]) : OptionalInt.empty();
    }

    public OptionalInt findAny() {
        return findFirst();
    }

    public PrimitiveIterator.OfInt iterator() {
        Source src = asSource();
        return new PrimitiveIterator.OfInt() {
            int next;
            boolean ready;
            final Sink holder = new Sink() {
                public void accept(int v) {
                    next = v;
                    ready = true;
                }
            };

            public boolean hasNext() {
                if (!ready)
                    src.tryAdvance(holder);
                return ready;
            }

            public int nextInt() {
                if (!hasNext())
                    throw new NoSuchElementException();
                ready = false;
                return next;
            }
        };
    }

    public int sum() {
        return reduce(0, (a, b) -> a + b);
    }

    public OptionalDouble average() {
        long[] s = new long[2];
        forEach(v -> {
            s[0]++;
            s[1] += v;
        });
        return s[0] > 0 ? OptionalDouble.of((double) s[1] / s[0]) : OptionalDouble.empty();
    }
}
