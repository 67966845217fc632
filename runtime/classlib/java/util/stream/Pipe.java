package java.util.stream;

/**
 * One stage of a sequential stream pipeline. The head stage owns the source; every later stage owns an Op that
 * wraps the sink of the stage after it. A terminal operation builds the sink chain and pushes the source
 * elements through it one at a time (checking for cancellation when some stage short-circuits), which gives the
 * same element-by-element evaluation order as the JDK's streams.
 */
abstract class Pipe {
    static final int REF = 0, INT = 1, LONG = 2, DOUBLE = 3;
    static final String USED = "stream has already been operated upon or closed";

    interface Op {
        Sink wrap(Sink down);
    }

    final Pipe prev;
    final Pipe head;
    final Source src;
    final Op op;
    /** Some stage short-circuits: evaluate with tryAdvance and cancellation checks. */
    final boolean sc;
    /** This stage emits exactly as many elements as it receives. */
    final boolean keepsSize;
    boolean linked;
    private Runnable closeAction;

    Pipe(Source src) {
        this.prev = null;
        this.head = this;
        this.src = src;
        this.op = null;
        this.sc = false;
        this.keepsSize = true;
    }

    /** flags: 1 = short-circuits, 2 = keeps the element count. */
    Pipe(Pipe prev, int flags, Op op) {
        prev.consume();
        this.prev = prev;
        this.head = prev.head;
        this.src = null;
        this.op = op;
        this.sc = prev.sc || (flags & 1) != 0;
        this.keepsSize = (flags & 2) != 0;
    }

    abstract int shape();

    final void consume() {
        if (linked)
            throw new IllegalStateException(USED);
        linked = true;
    }

    final Sink wrapChain(Sink terminal) {
        Sink s = terminal;
        for (Pipe p = this; p != head; p = p.prev)
            s = p.op.wrap(s);
        return s;
    }

    /** Runs the pipeline into the terminal sink. */
    final void eval(Sink terminal, boolean terminalShortCircuits) {
        consume();
        Sink s = wrapChain(terminal);
        Source source = head.src;
        s.begin();
        if (sc || terminalShortCircuits) {
            while (!s.cancel() && source.tryAdvance(s)) {
            }
        } else {
            source.forEachRemaining(s);
        }
        s.end();
    }

    /** The exact number of elements this stage will emit, when the JDK would know it without evaluating. */
    final long knownSize() {
        for (Pipe p = this; p != head; p = p.prev)
            if (!p.keepsSize)
                return -1;
        return head.src.size();
    }

    /** Consumes this stage and returns its output as a lazily evaluated source. */
    final Source asSource() {
        consume();
        if (this == head)
            return src;
        return new Source.Wrap(this);
    }

    final void addClose(Runnable r) {
        if (linked)
            throw new IllegalStateException(USED);
        java.util.Objects.requireNonNull(r);
        Pipe h = head;
        h.closeAction = h.closeAction == null ? r : composeClose(h.closeAction, r);
    }

    public void close() {
        linked = true;
        Pipe h = head;
        Runnable r = h.closeAction;
        h.closeAction = null;
        if (r != null)
            r.run();
    }

    static Runnable composeClose(Runnable a, Runnable b) {
        return () -> {
            try {
                a.run();
            } catch (Throwable e1) {
                try {
                    b.run();
                } catch (Throwable e2) {
                    e1.addSuppressed(e2);
                }
                if (e1 instanceof RuntimeException)
                    throw (RuntimeException) e1;
                throw (Error) e1;
            }
            b.run();
        };
    }

    static Runnable closer(BaseStream<?, ?> a, BaseStream<?, ?> b) {
        return composeClose(a::close, b::close);
    }

    static Source sourceOf(BaseStream<?, ?> s) {
        if (s instanceof Pipe)
            return ((Pipe) s).asSource();
        return new Source.Iter(s.iterator(), -1);
    }

    public boolean isParallel() {
        return false;
    }

    static void checkCount(long n) {
        if (n < 0)
            throw new IllegalArgumentException(Long.toString(n));
    }
}
