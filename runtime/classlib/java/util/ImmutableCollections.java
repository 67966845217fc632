package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The unmodifiable collections returned by List.of, Set.of, Map.of and friends.
 * Set.of / Map.of iterate in insertion order (HotSpot randomises the order per run, so any fixed order is
 * a valid outcome).
 */
class ImmutableCollections {
    private ImmutableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    static NullPointerException equalsOnNull() {
        return new NullPointerException("Cannot invoke \"Object.equals(Object)\" because \"o\" is null");
    }

    static final ListN<?> EMPTY_LIST = new ListN<Object>(new Object[0]);
    static final SetN<?> EMPTY_SET = new SetN<Object>(new Object[0], true);
    static final MapN<?, ?> EMPTY_MAP = new MapN<Object, Object>(new Object[0]);

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) EMPTY_LIST;
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() {
        return (Set<E>) EMPTY_SET;
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }

    /** Array is owned by the new list; elements are null-checked. */
    static <E> List<E> listFromTrusted(Object[] a) {
        for (int i = 0; i < a.length; i++)
            Objects.requireNonNull(a[i]);
        if (a.length == 0)
            return emptyList();
        return new ListN<E>(a);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof ListN) {
            return (List<E>) coll;
        }
        Object[] a = coll.toArray();
        if (a.getClass() != Object[].class) {
            Object[] b = new Object[a.length];
            System.arraycopy(a, 0, b, 0, a.length);
            a = b;
        }
        return listFromTrusted(a);
    }

    abstract static class AbstractImmutableCollection<E> extends AbstractCollection<E> {
        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    static final class ListN<E> extends AbstractImmutableCollection<E> implements List<E>, RandomAccess {
        final Object[] elements;
        final int offset;
        final int size;
        final boolean sub;

        ListN(Object[] elements) {
            this(elements, 0, elements.length, false);
        }

        private ListN(Object[] elements, int offset, int size, boolean sub) {
            this.elements = elements;
            this.offset = offset;
            this.size = size;
            this.sub = sub;
        }

        public int size() {
            return size;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        @SuppressWarnings("unchecked")
        public E get(int index) {
            if (!sub) {
                if (size <= 2 && size > 0) {
                    if (index < 0 || index >= size)
                        throw new IndexOutOfBoundsException("Index: " + index + " Size: " + size);
                }
                return (E) elements[index];
            }
            Objects.checkIndex(index, size);
            return (E) elements[offset + index];
        }

        public E set(int index, E element) {
            throw uoe();
        }

        public void add(int index, E element) {
            throw uoe();
        }

        public E remove(int index) {
            throw uoe();
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < size; i++)
                if (o.equals(elements[offset + i]))
                    return i;
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = size - 1; i >= 0; i--)
                if (o.equals(elements[offset + i]))
                    return i;
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public Object[] toArray() {
            Object[] r = new Object[size];
            System.arraycopy(elements, offset, r, 0, size);
            return r;
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            T[] r = a.length >= size ? a : (T[]) Arrays.newArray(a.getClass(), size);
            System.arraycopy(elements, offset, r, 0, size);
            if (r.length > size)
                r[size] = null;
            return r;
        }

        public Iterator<E> iterator() {
            return new ListItr(0);
        }

        public ListIterator<E> listIterator() {
            return new ListItr(0);
        }

        public ListIterator<E> listIterator(int index) {
            if (index < 0 || index > size)
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + size);
            return new ListItr(index);
        }

        public List<E> subList(int fromIndex, int toIndex) {
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return new ListN<E>(elements, offset + fromIndex, toIndex - fromIndex, true);
        }

        public boolean equals(Object o) {
            if (o == this)
                return true;
            if (!(o instanceof List))
                return false;
            Iterator<?> oit = ((List<?>) o).iterator();
            for (int i = 0; i < size; i++) {
                if (!oit.hasNext() || !elements[offset + i].equals(oit.next()))
                    return false;
            }
            return !oit.hasNext();
        }

        public int hashCode() {
            int hash = 1;
            for (int i = 0; i < size; i++)
                hash = 31 * hash + elements[offset + i].hashCode();
            return hash;
        }

        private final class ListItr implements ListIterator<E> {
            private int cursor;

            ListItr(int cursor) {
                this.cursor = cursor;
            }

            public boolean hasNext() {
                return cursor != size;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                int i = cursor;
                if (i >= size)
                    throw new NoSuchElementException();
                cursor = i + 1;
                return (E) elements[offset + i];
            }

            public void remove() {
                throw uoe();
            }

            public boolean hasPrevious() {
                return cursor != 0;
            }

            @SuppressWarnings("unchecked")
            public E previous() {
                int i = cursor - 1;
                if (i < 0)
                    throw new NoSuchElementException();
                cursor = i;
                return (E) elements[offset + i];
            }

            public int nextIndex() {
                return cursor;
            }

            public int previousIndex() {
                return cursor - 1;
            }

            public void set(E e) {
                throw uoe();
            }

            public void add(E e) {
                throw uoe();
            }
        }
    }

    /** Open-addressing hash set; iteration in insertion order. */
    static final class SetN<E> extends AbstractImmutableCollection<E> implements Set<E> {
        final Object[] elements;
        final Object[] table;

        SetN(Object[] input) {
            this(input, false);
        }

        SetN(Object[] input, boolean dropDuplicates) {
            int n = input.length;
            table = new Object[n == 0 ? 1 : Integer.highestOneBit(n) * 4];
            Object[] elems = new Object[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                Object e = Objects.requireNonNull(input[i]);
                int idx = probe(e);
                if (idx >= 0) {
                    if (dropDuplicates)
                        continue;
                    throw new IllegalArgumentException("duplicate element: " + e);
                }
                table[-(idx + 1)] = e;
                elems[count++] = e;
            }
            if (count != n) {
                Object[] t = new Object[count];
                System.arraycopy(elems, 0, t, 0, count);
                elems = t;
            }
            elements = elems;
        }

        private int probe(Object pe) {
            int mask = table.length - 1;
            int h = pe.hashCode();
            int idx = (h ^ (h >>> 16)) & mask;
            while (true) {
                Object ee = table[idx];
                if (ee == null)
                    return -idx - 1;
                else if (pe.equals(ee))
                    return idx;
                idx = (idx + 1) & mask;
            }
        }

        public int size() {
            return elements.length;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public boolean contains(Object o) {
            if (o == null) {
                if (elements.length == 1 || elements.length == 2)
                    throw equalsOnNull();
                throw new NullPointerException();
            }
            return elements.length > 0 && probe(o) >= 0;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int idx;

                public boolean hasNext() {
                    return idx < elements.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (idx >= elements.length)
                        throw new NoSuchElementException();
                    return (E) elements[idx++];
                }
            };
        }

        public Object[] toArray() {
            Object[] r = new Object[elements.length];
            System.arraycopy(elements, 0, r, 0, elements.length);
            return r;
        }

        public boolean equals(Object o) {
            if (o == this)
                return true;
            if (!(o instanceof Set))
                return false;
            Collection<?> c = (Collection<?>) o;
            if (c.size() != elements.length)
                return false;
            Iterator<?> it = c.iterator();
            while (it.hasNext()) {
                Object e = it.next();
                if (e == null || !contains(e))
                    return false;
            }
            return true;
        }

        public int hashCode() {
            int h = 0;
            for (int i = 0; i < elements.length; i++)
                h += elements[i].hashCode();
            return h;
        }
    }

    /** Immutable map; iteration in insertion order. */
    static final class MapN<K, V> extends AbstractMap<K, V> {
        final Object[] kvs; // key, value, key, value ...
        final int[] table;  // index+1 of the key in kvs/2, 0 = free
        final int size;

        MapN(Object[] input) {
            int n = input.length >> 1;
            size = n;
            kvs = input;
            table = new int[n == 0 ? 1 : Integer.highestOneBit(n) * 4];
            for (int i = 0; i < n; i++) {
                Object k = Objects.requireNonNull(input[2 * i]);
                Objects.requireNonNull(input[2 * i + 1]);
                int idx = probe(k, i);
                if (idx >= 0)
                    throw new IllegalArgumentException("duplicate key: " + k);
                table[-(idx + 1)] = i + 1;
            }
        }

        /** Looks at the first 'limit' keys only. */
        private int probe(Object pk, int limit) {
            int mask = table.length - 1;
            int h = pk.hashCode();
            int idx = (h ^ (h >>> 16)) & mask;
            while (true) {
                int slot = table[idx];
                if (slot == 0)
                    return -idx - 1;
                if (slot - 1 < limit && pk.equals(kvs[2 * (slot - 1)]))
                    return idx;
                idx = (idx + 1) & mask;
            }
        }

        private int indexOfKey(Object o) {
            if (o == null) {
                if (size == 1)
                    throw equalsOnNull();
                throw new NullPointerException();
            }
            if (size == 0)
                return -1;
            int idx = probe(o, size);
            return idx >= 0 ? table[idx] - 1 : -1;
        }

        @SuppressWarnings("unchecked")
        public V get(Object o) {
            if (o == null && size > 1)
                throw new NullPointerException("Cannot invoke \"Object.hashCode()\" because \"pk\" is null");
            int i = indexOfKey(o);
            return i >= 0 ? (V) kvs[2 * i + 1] : null;
        }

        public boolean containsKey(Object o) {
            return indexOfKey(o) >= 0;
        }

        public boolean containsValue(Object o) {
            if (o == null) {
                if (size == 1)
                    throw equalsOnNull();
                throw new NullPointerException();
            }
            for (int i = 1; i < kvs.length; i += 2)
                if (o.equals(kvs[i]))
                    return true;
            return false;
        }

        public V getOrDefault(Object key, V defaultValue) {
            V v = get(key);
            return v != null ? v : defaultValue;
        }

        public int size() {
            return size;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        public int hashCode() {
            int hash = 0;
            for (int i = 0; i < kvs.length; i += 2)
                hash += kvs[i].hashCode() ^ kvs[i + 1].hashCode();
            return hash;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return size;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        private int idx;

                        public boolean hasNext() {
                            return idx < size;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (idx >= size)
                                throw new NoSuchElementException();
                            int i = idx++;
                            return new KeyValueHolder<K, V>((K) kvs[2 * i], (V) kvs[2 * i + 1]);
                        }
                    };
                }

                public int hashCode() {
                    return MapN.this.hashCode();
                }
            };
        }

        public void clear() {
            throw uoe();
        }

        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) {
            throw uoe();
        }

        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        public V replace(K key, V value) {
            throw uoe();
        }

        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }
    }
}
