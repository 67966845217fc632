package java.util;

/** A set of constants of one enum type, kept as a bit vector indexed by ordinal; iterates in ordinal order. */
@SuppressWarnings({"unchecked", "rawtypes"})
public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 1009687484059888093L;
    final transient Class<E> elementType;
    final transient Enum<?>[] universe;

    EnumSet(Class<E> elementType, Enum<?>[] universe) {
        this.elementType = elementType;
        this.universe = universe;
    }

    private static <E extends Enum<E>> Enum<?>[] universeOf(Class<E> elementType) {
        E[] u = elementType.getEnumConstants();
        if (u == null)
            throw new ClassCastException(elementType + " not an enum");
        return u;
    }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        return new RegularEnumSet<>(elementType, universeOf(elementType));
    }

    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> r = noneOf(elementType);
        r.addAll();
        return r;
    }

    abstract void addAll();

    abstract void addRange(E from, E to);

    abstract void complement();

    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
        return s.clone();
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet)
            return ((EnumSet<E>) c).clone();
        if (c.isEmpty())
            throw new IllegalArgumentException("Collection is empty");
        Iterator<E> i = c.iterator();
        E first = i.next();
        EnumSet<E> result = EnumSet.of(first);
        while (i.hasNext())
            result.add(i.next());
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> result = copyOf(s);
        result.complement();
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> result = noneOf(e.getDeclaringClass());
        result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        result.add(e5);
        return result;
    }

    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> result = noneOf(first.getDeclaringClass());
        result.add(first);
        for (E e : rest)
            result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0)
            throw new IllegalArgumentException(from + " > " + to);
        EnumSet<E> result = noneOf(from.getDeclaringClass());
        result.addRange(from, to);
        return result;
    }

    public EnumSet<E> clone() {
        try {
            return (EnumSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    final void typeCheck(E e) {
        Class<?> eClass = e.getClass();
        if (eClass != elementType && eClass.getSuperclass() != elementType)
            throw new ClassCastException(eClass + " != " + elementType);
    }
}

/** EnumSet over an array of 64-bit words (one word for enums of up to 64 constants). */
@SuppressWarnings({"unchecked", "rawtypes"})
final class RegularEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private static final long serialVersionUID = 3411599620347842686L;
    private long[] words;
    private int size;

    RegularEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
        words = new long[(universe.length + 63) >>> 6];
    }

    void addAll() {
        int n = universe.length;
        for (int i = 0; i < words.length; i++)
            words[i] = -1L;
        if ((n & 63) != 0)
            words[words.length - 1] = -1L >>> (64 - (n & 63));
        size = n;
    }

    void addRange(E from, E to) {
        for (int i = from.ordinal(); i <= to.ordinal(); i++)
            words[i >>> 6] |= 1L << i;
        recount();
    }

    void complement() {
        int n = universe.length;
        for (int i = 0; i < words.length; i++)
            words[i] = ~words[i];
        if ((n & 63) != 0)
            words[words.length - 1] &= -1L >>> (64 - (n & 63));
        recount();
    }

    private void recount() {
        int s = 0;
        for (long w : words)
            s += Long.bitCount(w);
        size = s;
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            final long[] unseen = words.clone();
            int word;
            int lastReturned = -1;

            public boolean hasNext() {
                while (word < unseen.length && unseen[word] == 0)
                    word++;
                return word < unseen.length;
            }

            public E next() {
                if (!hasNext())
                    throw new NoSuchElementException();
                long w = unseen[word];
                int bit = Long.numberOfTrailingZeros(w);
                unseen[word] = w & (w - 1);
                lastReturned = (word << 6) + bit;
                return (E) universe[lastReturned];
            }

            public void remove() {
                if (lastReturned < 0)
                    throw new IllegalStateException();
                long mask = 1L << lastReturned;
                int wi = lastReturned >>> 6;
                if ((words[wi] & mask) != 0) {
                    words[wi] &= ~mask;
                    size--;
                }
                lastReturned = -1;
            }
        };
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private int ordinalOf(Object e) {
        if (e == null)
            return -1;
        Class<?> c = e.getClass();
        if (c != elementType && c.getSuperclass() != elementType)
            return -1;
        return ((Enum<?>) e).ordinal();
    }

    public boolean contains(Object e) {
        int o = ordinalOf(e);
        return o >= 0 && (words[o >>> 6] & (1L << o)) != 0;
    }

    public boolean add(E e) {
        typeCheck(e);
        int o = e.ordinal();
        long old = words[o >>> 6];
        words[o >>> 6] = old | (1L << o);
        if (old != words[o >>> 6]) {
            size++;
            return true;
        }
        return false;
    }

    public boolean remove(Object e) {
        int o = ordinalOf(e);
        if (o < 0)
            return false;
        long old = words[o >>> 6];
        words[o >>> 6] = old & ~(1L << o);
        if (old != words[o >>> 6]) {
            size--;
            return true;
        }
        return false;
    }

    private RegularEnumSet<?> same(Collection<?> c) {
        if (c instanceof RegularEnumSet && ((RegularEnumSet<?>) c).elementType == elementType)
            return (RegularEnumSet<?>) c;
        return null;
    }

    public boolean containsAll(Collection<?> c) {
        RegularEnumSet<?> es = same(c);
        if (es == null) {
            if (c instanceof RegularEnumSet)
                return c.isEmpty();
            return super.containsAll(c);
        }
        for (int i = 0; i < words.length; i++)
            if ((es.words[i] & ~words[i]) != 0)
                return false;
        return true;
    }

    public boolean addAll(Collection<? extends E> c) {
        RegularEnumSet<?> es = same(c);
        if (es == null) {
            if (c instanceof RegularEnumSet) {
                if (c.isEmpty())
                    return false;
                throw new ClassCastException(((RegularEnumSet<?>) c).elementType + " != " + elementType);
            }
            return super.addAll(c);
        }
        int old = size;
        for (int i = 0; i < words.length; i++)
            words[i] |= es.words[i];
        recount();
        return size != old;
    }

    public boolean removeAll(Collection<?> c) {
        RegularEnumSet<?> es = same(c);
        if (es == null) {
            if (c instanceof RegularEnumSet)
                return false;
            return super.removeAll(c);
        }
        int old = size;
        for (int i = 0; i < words.length; i++)
            words[i] &= ~es.words[i];
        recount();
        return size != old;
    }

    public boolean retainAll(Collection<?> c) {
        RegularEnumSet<?> es = same(c);
        if (es == null) {
            if (c instanceof RegularEnumSet) {
                boolean changed = size != 0;
                clear();
                return changed;
            }
            return super.retainAll(c);
        }
        int old = size;
        for (int i = 0; i < words.length; i++)
            words[i] &= es.words[i];
        recount();
        return size != old;
    }

    public void clear() {
        for (int i = 0; i < words.length; i++)
            words[i] = 0;
        size = 0;
    }

    public boolean equals(Object o) {
        RegularEnumSet<?> es = o instanceof Collection ? same((Collection<?>) o) : null;
        if (es == null)
            return super.equals(o);
        return Arrays.equals(words, es.words);
    }

    public EnumSet<E> clone() {
        RegularEnumSet<E> r = (RegularEnumSet<E>) super.clone();
        r.words = words.clone();
        return r;
    }
}
