package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.DoubleSummaryStatistics;
import java.util.function.*;

/** Sequential DoubleStream. */
@SuppressWarnings({"unchecked", "rawtypes"})
final class DoublePipe extends Pipe implements DoubleStream {
    DoublePipe(Source src) {
        super(src);
    }

    DoublePipe(Pipe prev, int flags, Op op) {
        super(prev, flags, op);
    }

    int shape() {
        return DOUBLE;
    }

    // ---- intermediate operations

    public DoubleStream filter(DoublePredicate p) {
        Objects.requireNonNull(p);
        return new DoublePipe(this, 0, down -> new Sink.Chain(down) {
            public void accept(double v) {
                if (p.test(v))
                    down.accept(v);
            }
        });
    }

    public DoubleStream map(DoubleUnaryOperator f) {
        Objects.requireNonNull(f);
        return new DoublePipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(double v) {
                down.accept(f.applyAsDouble(v));
            }
        });
    }

    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> f) {
        Objects.requireNonNull(f);
        return new RefPipe<U>(this, 2, down -> new Sink.Chain(down) {
            public void accept(double v) {
                down.accept((Object) f.apply(v));
            }
        });
    }

    public Stream<Double> boxed() {
        return new RefPipe<Double>(this, 2, down -> new Sink.Chain(down) {
            public void accept(double v) {
                down.accept((Object) Double.valueOf(v));
            }
        });
    }

    public IntStream mapToInt(DoubleToIntFunction f) {
        Objects.requireNonNull(f);
        return new IntPipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(double v) {
                down.accept(f.applyAsInt(v));
            }
        });
    }

    public LongStream mapToLong(DoubleToLongFunction f) {
        Objects.requireNonNull(f);
        return new LongPipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(double v) {
                down.accept(f.applyAsLong(v));
            }
        });
    }

    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> f) {
        Objects.requireNonNull(f);
        return new DoublePipe(this, 0, down -> new RefPipe.FlatSink(down) {
            public void accept(double v) {
                push(f.apply(v));
            }
        });
    }

    public DoubleStream mapMulti(DoubleStream.DoubleMapMultiConsumer f) {
        Objects.requireNonNull(f);
        return new DoublePipe(this, 0, down -> new Sink.Chain(down) {
            public void accept(double v) {
                f.accept(v, (DoubleConsumer) down);
            }
        });
    }

    public DoubleStream distinct() {
        return new DoublePipe(this, 0, down -> new Sink.Chain(down) {
            final HashSet<Double> seen = new HashSet<>();

            public void accept(double v) {
                if (seen.add(v))
                    down.accept(v);
            }
        });
    }

    public DoubleStream sorted() {
        return new DoublePipe(this, 2, down -> new Sink.Chain(down) {
            double[] a = new double[16];
            int n;
            boolean cancelCalled;

            void begin() {
                n = 0;
            }

            public void accept(double v) {
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

    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        return new DoublePipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(double v) {
                action.accept(v);
                down.accept(v);
            }
        });
    }

    public DoubleStream limit(long max) {
        checkCount(max);
        return new DoublePipe(this, 1, down -> new Sink.Chain(down) {
            long m = max;

            public void accept(double v) {
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

    public DoubleStream skip(long n) {
        checkCount(n);
        if (n == 0)
            return this;
        return new DoublePipe(this, 0, down -> new Sink.Chain(down) {
            long k = n;

            public void accept(double v) {
                if (k > 0)
                    k--;
                else
                    down.accept(v);
            }
        });
    }

    public DoubleStream takeWhile(DoublePredicate p) {
        Objects.requireNonNull(p);
        return new DoublePipe(this, 1, down -> new Sink.Chain(down) {
            boolean take = true;

            public void accept(double v) {
                if (take && (take = p.test(v)))
                    down.accept(v);
            }

            boolean cancel() {
                return !take || down.cancel();
            }
        });
    }

    public DoubleStream dropWhile(DoublePredicate p) {
        Objects.requireNonNull(p);
        return new DoublePipe(this, 0, down -> new Sink.Chain(down) {
            boolean taking;

            public void accept(double v) {
                if (taking || (taking = !p.test(v)))
                    down.accept(v);
            }
        });
    }

    public DoubleStream sequential() {
        return this;
    }

    public DoubleStream parallel() {
        return this;
    }

    public DoubleStream unordered() {
        return this;
    }

    public DoubleStream onClose(Runnable r) {
        addClose(r);
        return this;
    }

    // ---- terminal operations

    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        eval(new Sink() {
            public void accept(double v) {
                action.accept(v);
            }
        }, false);
    }

    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    public double[] toArray() {
        long k = knownSize();
        double[][] box = {new double[k >= 0 && k < 1 << 24 ? (int) k : 16]};
        int[] n = new int[1];
        eval(new Sink() {
            public void accept(double v) {
                double[] a = box[0];
                if (n[0] == a.length)
                    box[0] = a = Arrays.copyOf(a, Math.max(16, a.length * 2));
                a[n[0]++] = v;
            }
        }, false);
        return box[0].length == n[0] ? box[0] : Arrays.copyOf(box[0], n[0]);
    }

    public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        double[] r = {identity};
        eval(new Sink() {
            public void accept(double v) {
                r[0] = op.applyAsDouble(r[0], v);
            }
        }, false);
        return r[0];
    }

    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        double[] r = new double[1];
        boolean[] any = new boolean[1];
        eval(new Sink() {
            public void accept(double v) {
                if (any[0]) {
                    r[0] = op.applyAsDouble(r[0], v);
                } else {
                    any[0] = true;
                    r[0] = v;
                }
            }
        }, false);
        return any[0] ? OptionalDouble.of(r[0]) : OptionalDouble.empty();
    }

    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> acc, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(acc);
        Objects.requireNonNull(combiner);
        R c = supplier.get();
        eval(new Sink() {
            public void accept(double v) {
                acc.accept(c, v);
            }
        }, false);
        return c;
    }

    public OptionalDouble min() {
        return reduce(Math::min);
    }

    public OptionalDouble max() {
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
            public void accept(double v) {
                n[0]++;
            }
        }, false);
        return n[0];
    }

    public DoubleSummaryStatistics summaryStatistics() {
        return collect(DoubleSummaryStatistics::new, DoubleSummaryStatistics::accept, DoubleSummaryStatistics::combine);
    }

    private boolean match(DoublePredicate p, boolean stopOn) {
        Objects.requireNonNull(p);
        Sink.Stop s = new Sink.Stop() {
            public void accept(double v) {
                if (!stop && p.test(v) == stopOn)
                    stop = true;
            }
        };
        eval(s, true);
        return s.stop;
    }

    public boolean anyMatch(DoublePredicate p) {
        return match(p, true);
    }

    public boolean allMatch(DoublePredicate p) {
        return !match(p, false);
    }

    public boolean noneMatch(DoublePredicate p) {
        return !match(p, true);
    }

    public OptionalDouble findFirst() {
        double[] r = new double[1];
        Sink.Stop s = new Sink.Stop() {
            public void accept(double v) {
                if (!stop) {
                    stop = true;
                    r[0] = v;
                }
            }
        };
        eval(s, true);
        return s.stop ? OptionalDouble.of(r[0]) : OptionalDouble.empty();
    }

    public OptionalDouble findAny() {
        return findFirst();
    }

    public PrimitiveIterator.OfDouble iterator() {
        Source src = asSource();
        return new PrimitiveIterator.OfDouble() {
            double next;
            boolean ready;
            final Sink holder = new Sink() {
                public void accept(double v) {
                    next = v;
                    ready = true;
                }
            };

            public boolean hasNext() {
                if (!ready)
                    src.tryAdvance(holder);
                return ready;
            }

            public double nextDouble() {
                if (!hasNext())
                    throw new NoSuchElementException();
                ready = false;
                return next;
            }
        };
    }

    public double sum() {
        double[] s = new double[3];
        forEach(v -> {
            Collectors.sumWithCompensation(s, v);
            s[2] += v;
        });
        return Collectors.computeFinalSum(s);
    }

    public OptionalDouble average() {
        double[] s = new double[4];
        forEach(v -> {
            s[2]++;
            Collectors.sumWithCompensation(s, v);
            s[3] += v;
        });
        return s[2] > 0 ? OptionalDouble.of(Collectors.computeFinalSum(s) / s[2]) : OptionalDouble.empty();
    }
}
