package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 2340985798034038923L;
    transient Object[] elements;
    transient int head;
    transient int tail;

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1 : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        Iterator<? extends E> it = c.iterator();
        while (it.hasNext())
            addLast(it.next());
    }

    static final int inc(int i, int modulus) {
        if (++i >= modulus)
            i = 0;
        return i;
    }

    static final int dec(int i, int modulus) {
        if (--i < 0)
            i = modulus - 1;
        return i;
    }

    static final int sub(int i, int j, int modulus) {
        if ((i -= j) < 0)
            i += modulus;
        return i;
    }

    public void addFirst(E e) {
        if (e == null)
            throw new NullPointerException();
        final Object[] es = elements;
        es[head = dec(head, es.length)] = e;
        if (head == tail)
            growFull();
    }

    public void addLast(E e) {
        if (e == null)
            throw new NullPointerException();
        final Object[] es = elements;
        es[tail] = e;
        if (head == (tail = inc(tail, es.length)))
            growFull();
    }

    /**
     * The array is completely full (head == tail after an insertion): enlarge it in place, the JDK's way. Elements
     * keep their indexes; the wrapped-around run from head to the old end moves to the end of the new array, so
     * an iterator that was walking the old layout sees an empty slot and reports a concurrent modification.
     */
    private void growFull() {
        final int cap = elements.length;
        int jump = (cap < 64) ? cap + 2 : cap >> 1;
        Object[] es = Arrays.copyOf(elements, cap + jump);
        System.arraycopy(es, head, es, head + jump, cap - head);
        Arrays.fill(es, head, head + jump, null);
        elements = es;
        head += jump;
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean modified = false;
        Iterator<? extends E> it = c.iterator();
        while (it.hasNext()) {
            addLast(it.next());
            modified = true;
        }
        return modified;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        final Object[] es = elements;
        final int h = head;
        E e = (E) es[h];
        if (e != null) {
            es[h] = null;
            head = inc(h, es.length);
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        final Object[] es = elements;
        final int t = dec(tail, es.length);
        E e = (E) es[t];
        if (e != null)
            es[tail = t] = null;
        return e;
    }

    @SuppressWarnings("unchecked")
    public E getFirst() {
        E e = (E) elements[head];
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    @SuppressWarnings("unchecked")
    public E getLast() {
        final Object[] es = elements;
        E e = (E) es[dec(tail, es.length)];
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return (E) elements[head];
    }

    @SuppressWarnings("unchecked")
    public E peekLast() {
        final Object[] es = elements;
        return (E) es[dec(tail, es.length)];
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = head, n = size(); n > 0; n--, i = inc(i, es.length)) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = dec(tail, es.length), n = size(); n > 0; n--, i = dec(i, es.length)) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    /** Removes the element at i; returns true if the elements after i were shifted left (tail moved). */
    boolean delete(int i) {
        final Object[] es = elements;
        final int capacity = es.length;
        final int h = head, t = tail;
        final int front = sub(i, h, capacity);
        final int back = sub(t, i, capacity) - 1;
        if (front < back) {
            for (int k = i; k != h;) {
                int p = dec(k, capacity);
                es[k] = es[p];
                k = p;
            }
            es[h] = null;
            head = inc(h, capacity);
            return false;
        } else {
            int last = dec(t, capacity);
            for (int k = i; k != last;) {
                int n = inc(k, capacity);
                es[k] = es[n];
                k = n;
            }
            es[last] = null;
            tail = last;
            return true;
        }
    }

    public int size() {
        return sub(tail, head, elements.length);
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public Iterator<E> iterator() {
        return new DeqIterator();
    }

    public Iterator<E> descendingIterator() {
        return new DescendingIterator();
    }

    private class DeqIterator implements Iterator<E> {
        int cursor;
        int remaining = size();
        int lastRet = -1;

        DeqIterator() {
            cursor = head;
        }

        public final boolean hasNext() {
            return remaining > 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (remaining <= 0)
                throw new NoSuchElementException();
            final Object[] es = elements;
            E e = (E) es[cursor];
            if (e == null)
                throw new ConcurrentModificationException();
            cursor = inc(lastRet = cursor, es.length);
            remaining--;
            return e;
        }

        void postDelete(boolean leftShifted) {
            if (leftShifted)
                cursor = dec(cursor, elements.length);
        }

        public final void remove() {
            if (lastRet < 0)
                throw new IllegalStateException();
            postDelete(delete(lastRet));
            lastRet = -1;
        }
    }

    private class DescendingIterator extends DeqIterator {
        DescendingIterator() {
            cursor = dec(tail, elements.length);
        }

        @SuppressWarnings("unchecked")
        public final E next() {
            if (remaining <= 0)
                throw new NoSuchElementException();
            final Object[] es = elements;
            E e = (E) es[cursor];
            if (e == null)
                throw new ConcurrentModificationException();
            cursor = dec(lastRet = cursor, es.length);
            remaining--;
            return e;
        }

        void postDelete(boolean leftShifted) {
            if (!leftShifted)
                cursor = inc(cursor, elements.length);
        }
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        final Object[] es = elements;
        for (int i = head, n = size(); n > 0; n--, i = inc(i, es.length))
            action.accept((E) es[i]);
    }

    public boolean contains(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = head, n = size(); n > 0; n--, i = inc(i, es.length))
                if (o.equals(es[i]))
                    return true;
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        final Object[] es = elements;
        for (int i = head, n = size(); n > 0; n--, i = inc(i, es.length))
            es[i] = null;
        head = tail = 0;
    }

    public Object[] toArray() {
        final Object[] es = elements;
        int n = size();
        Object[] a = new Object[n];
        for (int i = head, k = 0; k < n; k++, i = inc(i, es.length))
            a[k] = es[i];
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Object[] src = toArray();
        int size = src.length;
        if (a.length < size)
            a = (T[]) Arrays.newArray(a.getClass(), size);
        System.arraycopy(src, 0, a, 0, size);
        if (a.length > size)
            a[size] = null;
        return a;
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
