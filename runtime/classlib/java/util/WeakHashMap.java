package java.util;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Ember's WeakHashMap: a hash map whose keys are held weakly (JDK 17 API). Each entry is a WeakReference to
 * its key, registered with the map's queue; entries whose keys the collector cleared are removed
 * ("expunged") at the next access of the map.
 *
 * <p>The table follows the JDK's observable rules, so that iteration orders match HotSpot's: a power-of-two
 * array of singly linked buckets, new entries inserted at the head of their bucket, the JDK's supplemental
 * hash ({@code h ^= (h >>> 20) ^ (h >>> 12); h ^ (h >>> 7) ^ (h >>> 4)}), a resize to twice the capacity when
 * the size reaches the threshold, moving entries bucket by bucket with head insertion (which reverses the
 * order within a bucket), iterators walking the table from the last bucket down, and forEach/replaceAll
 * walking it from the first bucket up. The null key is stored as a private sentinel object.
 */
public class WeakHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V> {
    private static final int DEFAULT_INITIAL_CAPACITY = 16;
    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final float DEFAULT_LOAD_FACTOR = 0.75f;

    Entry<K, V>[] table;
    private int size;
    private int threshold;
    private final float loadFactor;
    /* cleared entries: the collector enqueues an entry when it clears its key */
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    int modCount;

    /* the key under which a null key is stored */
    private static final Object NULL_KEY = new Object();

    @SuppressWarnings("unchecked")
    private Entry<K, V>[] newTable(int n) {
        return (Entry<K, V>[]) new Entry<?, ?>[n];
    }

    /**
     * Constructs an empty map whose table has the smallest power of two at least {@code initialCapacity}
     * buckets.
     * @throws IllegalArgumentException if the capacity is negative or the load factor not positive
     */
    public WeakHashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0)
            throw new IllegalArgumentException("Illegal Initial Capacity: " + initialCapacity);
        if (initialCapacity > MAXIMUM_CAPACITY)
            initialCapacity = MAXIMUM_CAPACITY;
        if (loadFactor <= 0 || Float.isNaN(loadFactor))
            throw new IllegalArgumentException("Illegal Load factor: " + loadFactor);
        int capacity = 1;
        while (capacity < initialCapacity)
            capacity <<= 1;
        table = newTable(capacity);
        this.loadFactor = loadFactor;
        threshold = (int) (capacity * loadFactor);
    }

    public WeakHashMap(int initialCapacity) {
        this(initialCapacity, DEFAULT_LOAD_FACTOR);
    }

    public WeakHashMap() {
        this(DEFAULT_INITIAL_CAPACITY, DEFAULT_LOAD_FACTOR);
    }

    /** Constructs a map with the mappings of {@code m}, sized for them at the default load factor. */
    public WeakHashMap(Map<? extends K, ? extends V> m) {
        this(Math.max((int) (m.size() / DEFAULT_LOAD_FACTOR) + 1, DEFAULT_INITIAL_CAPACITY), DEFAULT_LOAD_FACTOR);
        putAll(m);
    }

    /* ---- keys and hashing --------------------------------------------------------------------------------- */

    private static Object maskNull(Object key) {
        return key == null ? NULL_KEY : key;
    }

    static Object unmaskNull(Object key) {
        return key == NULL_KEY ? null : key;
    }

    private static boolean eq(Object x, Object y) {
        return x == y || x.equals(y);
    }

    /* the JDK's supplemental hash, which decides the bucket and so the iteration order */
    final int hash(Object k) {
        int h = k.hashCode();
        h ^= (h >>> 20) ^ (h >>> 12);
        return h ^ (h >>> 7) ^ (h >>> 4);
    }

    private static int indexFor(int h, int length) {
        return h & (length - 1);
    }

    /* ---- stale entries ------------------------------------------------------------------------------------ */

    /* Unlinks the entries whose keys the collector has cleared. Does not count as a modification. */
    private void expungeStaleEntries() {
        for (Object x; (x = queue.poll()) != null; ) {
            @SuppressWarnings("unchecked")
            Entry<K, V> e = (Entry<K, V>) x;
            int i = indexFor(e.hash, table.length);
            Entry<K, V> prev = null;
            for (Entry<K, V> p = table[i]; p != null; prev = p, p = p.next) {
                if (p == e) {
                    if (prev == null)
                        table[i] = p.next;
                    else
                        prev.next = p.next;
                    e.value = null; // the value may refer to other keys: let them go too
                    size--;
                    break;
                }
            }
        }
    }

    private Entry<K, V>[] getTable() {
        expungeStaleEntries();
        return table;
    }

    /* ---- Map ---------------------------------------------------------------------------------------------- */

    /** The number of mappings, after removing those whose keys have been collected. */
    @Override
    public int size() {
        if (size == 0)
            return 0;
        expungeStaleEntries();
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public V get(Object key) {
        Entry<K, V> e = getEntry(key);
        return e == null ? null : e.value;
    }

    @Override
    public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    Entry<K, V> getEntry(Object key) {
        Object k = maskNull(key);
        int h = hash(k);
        Entry<K, V>[] tab = getTable();
        for (Entry<K, V> e = tab[indexFor(h, tab.length)]; e != null; e = e.next)
            if (e.hash == h && eq(k, e.get()))
                return e;
        return null;
    }

    @Override
    public V put(K key, V value) {
        Object k = maskNull(key);
        int h = hash(k);
        Entry<K, V>[] tab = getTable();
        int i = indexFor(h, tab.length);
        for (Entry<K, V> e = tab[i]; e != null; e = e.next) {
            if (h == e.hash && eq(k, e.get())) {
                V old = e.value;
                e.value = value;
                return old;
            }
        }
        modCount++;
        tab[i] = new Entry<>(k, value, queue, h, tab[i]);
        if (++size >= threshold)
            resize(tab.length * 2);
        return null;
    }

    /* Moves the entries to a table of newCapacity buckets (a power of two); keeps the old table when
     * dropping collected entries left too few to justify growing. */
    void resize(int newCapacity) {
        Entry<K, V>[] oldTable = getTable();
        int oldCapacity = oldTable.length;
        if (oldCapacity == MAXIMUM_CAPACITY) {
            threshold = Integer.MAX_VALUE;
            return;
        }
        Entry<K, V>[] newTable = newTable(newCapacity);
        transfer(oldTable, newTable);
        table = newTable;
        if (size >= threshold / 2) {
            threshold = (int) (newCapacity * loadFactor);
        } else {
            expungeStaleEntries();
            transfer(newTable, oldTable);
            table = oldTable;
        }
    }

    /* Moves every entry of src to dest (head insertion), dropping those whose keys are gone. */
    private void transfer(Entry<K, V>[] src, Entry<K, V>[] dest) {
        for (int j = 0; j < src.length; j++) {
            Entry<K, V> e = src[j];
            src[j] = null;
            while (e != null) {
                Entry<K, V> next = e.next;
                if (e.get() == null) {
                    // collected but not yet expunged: unlink it now (it is still on the queue, where
                    // expungeStaleEntries will not find it in the table and leave the size alone)
                    e.next = null;
                    e.value = null;
                    size--;
                } else {
                    int i = indexFor(e.hash, dest.length);
                    e.next = dest[i];
                    dest[i] = e;
                }
                e = next;
            }
        }
    }

    /** Copies the mappings of {@code m}, growing the table once beforehand if they will not fit. */
    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        int n = m.size();
        if (n == 0)
            return;
        if (n > threshold) {
            int target = (int) (n / loadFactor + 1);
            if (target > MAXIMUM_CAPACITY)
                target = MAXIMUM_CAPACITY;
            int newCapacity = table.length;
            while (newCapacity < target)
                newCapacity <<= 1;
            if (newCapacity > table.length)
                resize(newCapacity);
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet())
            put(e.getKey(), e.getValue());
    }

    @Override
    public V remove(Object key) {
        Object k = maskNull(key);
        int h = hash(k);
        Entry<K, V>[] tab = getTable();
        int i = indexFor(h, tab.length);
        Entry<K, V> prev = null;
        for (Entry<K, V> e = tab[i]; e != null; prev = e, e = e.next) {
            if (h == e.hash && eq(k, e.get())) {
                modCount++;
                size--;
                if (prev == null)
                    tab[i] = e.next;
                else
                    prev.next = e.next;
                return e.value;
            }
        }
        return null;
    }

    /* entrySet().remove: removes the entry equal to o (key and value) */
    boolean removeMapping(Object o) {
        if (!(o instanceof Map.Entry))
            return false;
        Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
        Object k = maskNull(entry.getKey());
        int h = hash(k);
        Entry<K, V>[] tab = getTable();
        int i = indexFor(h, tab.length);
        Entry<K, V> prev = null;
        for (Entry<K, V> e = tab[i]; e != null; prev = e, e = e.next) {
            if (h == e.hash && e.equals(entry)) {
                modCount++;
                size--;
                if (prev == null)
                    tab[i] = e.next;
                else
                    prev.next = e.next;
                return true;
            }
        }
        return false;
    }

    @Override
    public void clear() {
        // Entries already on the queue need not be expunged from a table about to be emptied.
        while (queue.poll() != null) {
        }
        modCount++;
        Arrays.fill(table, null);
        size = 0;
        while (queue.poll() != null) {
        }
    }

    @Override
    public boolean containsValue(Object value) {
        Entry<K, V>[] tab = getTable();
        for (int i = tab.length; i-- > 0; )
            for (Entry<K, V> e = tab[i]; e != null; e = e.next)
                if (value == null ? e.value == null : value.equals(e.value))
                    return true;
        return false;
    }

    /* ---- entries ------------------------------------------------------------------------------------------ */

    /** An entry: a weak reference to the (masked) key, with the hash, the value and the bucket link. */
    private static class Entry<K, V> extends WeakReference<Object> implements Map.Entry<K, V> {
        V value;
        final int hash;
        Entry<K, V> next;

        Entry(Object key, V value, ReferenceQueue<Object> queue, int hash, Entry<K, V> next) {
            super(key, queue);
            this.value = value;
            this.hash = hash;
            this.next = next;
        }

        @SuppressWarnings("unchecked")
        public K getKey() {
            return (K) WeakHashMap.unmaskNull(get());
        }

        public V getValue() {
            return value;
        }

        public V setValue(V newValue) {
            V old = value;
            value = newValue;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry))
                return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            K k1 = getKey();
            Object k2 = e.getKey();
            if (k1 == k2 || (k1 != null && k1.equals(k2))) {
                V v1 = getValue();
                Object v2 = e.getValue();
                return v1 == v2 || (v1 != null && v1.equals(v2));
            }
            return false;
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }

    /* ---- iteration ---------------------------------------------------------------------------------------- */

    /* Walks the table from the last bucket down. Holds the key of the entry it will return next (and of the
     * one it returned last) strongly, so that hasNext() true is kept by next(); skips collected entries. */
    private abstract class HashIterator<T> implements Iterator<T> {
        private final Entry<K, V>[] tab;
        private int index;
        private Entry<K, V> entry;
        private Entry<K, V> lastReturned;
        private int expectedModCount = modCount;
        private Object nextKey;     /* strong reference to the key of `entry` once hasNext() found it */
        private Object currentKey;  /* strong reference to the key of lastReturned */

        HashIterator() {
            tab = getTable();
            index = isEmpty() ? 0 : tab.length;
        }

        public boolean hasNext() {
            while (nextKey == null) {
                Entry<K, V> e = entry;
                int i = index;
                while (e == null && i > 0)
                    e = tab[--i];
                entry = e;
                index = i;
                if (e == null) {
                    currentKey = null;
                    return false;
                }
                nextKey = e.get();
                if (nextKey == null)
                    entry = entry.next;
            }
            return true;
        }

        protected Entry<K, V> nextEntry() {
            if (modCount != expectedModCount)
                throw new ConcurrentModificationException();
            if (nextKey == null && !hasNext())
                throw new NoSuchElementException();
            lastReturned = entry;
            entry = entry.next;
            currentKey = nextKey;
            nextKey = null;
            return lastReturned;
        }

        public void remove() {
            if (lastReturned == null)
                throw new IllegalStateException();
            if (modCount != expectedModCount)
                throw new ConcurrentModificationException();
            WeakHashMap.this.remove(currentKey);
            expectedModCount = modCount;
            lastReturned = null;
            currentKey = null;
        }
    }

    private class ValueIterator extends HashIterator<V> {
        public V next() {
            return nextEntry().value;
        }
    }

    private class KeyIterator extends HashIterator<K> {
        public K next() {
            return nextEntry().getKey();
        }
    }

    private class EntryIterator extends HashIterator<Map.Entry<K, V>> {
        public Map.Entry<K, V> next() {
            return nextEntry();
        }
    }

    /* Spliterator of a view. Like the JDK's, and unlike the iterators, it walks the table from the first
     * bucket up; it binds to the table at its first use, reports DISTINCT for keys and entries and nothing for
     * values (in particular not SIZED), and splits the range of buckets in halves. */
    private static final class ViewSpliterator<K, V, T> implements Spliterator<T> {
        static final int KEYS = 0, VALUES = 1, ENTRIES = 2;
        private final WeakHashMap<K, V> map;
        private final int kind;
        private Entry<K, V> current;
        private int index;
        private int fence;            /* -1 until bound */
        private int est;
        private int expectedModCount;

        ViewSpliterator(WeakHashMap<K, V> map, int kind, int origin, int fence, int est, int expectedModCount) {
            this.map = map;
            this.kind = kind;
            this.index = origin;
            this.fence = fence;
            this.est = est;
            this.expectedModCount = expectedModCount;
        }

        private int getFence() {
            int hi = fence;
            if (hi < 0) {
                est = map.size();
                expectedModCount = map.modCount;
                hi = fence = map.table.length;
            }
            return hi;
        }

        @SuppressWarnings("unchecked")
        private T element(Object key, Entry<K, V> e) {
            return kind == KEYS ? (T) unmaskNull(key) : kind == VALUES ? (T) e.value : (T) e;
        }

        public Spliterator<T> trySplit() {
            int hi = getFence(), lo = index, mid = (lo + hi) >>> 1;
            if (lo >= mid || current != null)
                return null;
            index = mid;
            return new ViewSpliterator<>(map, kind, lo, mid, est >>>= 1, expectedModCount);
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            Entry<K, V>[] tab = map.table;
            int hi = getFence();
            if (tab.length < hi || index < 0)
                return false;
            while (current != null || index < hi) {
                if (current == null) {
                    current = tab[index++];
                    continue;
                }
                Entry<K, V> e = current;
                Object key = e.get(); // holds the key while the action runs
                current = e.next;
                if (key != null) {
                    action.accept(element(key, e));
                    if (map.modCount != expectedModCount)
                        throw new ConcurrentModificationException();
                    return true;
                }
            }
            return false;
        }

        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            Entry<K, V>[] tab = map.table;
            int hi = getFence();
            int mc = expectedModCount;
            int i = index;
            if (tab.length >= hi && i >= 0 && (i < (index = hi) || current != null)) {
                Entry<K, V> p = current;
                current = null;
                while (p != null || i < hi) {
                    if (p == null) {
                        p = tab[i++];
                        continue;
                    }
                    Object key = p.get();
                    Entry<K, V> e = p;
                    p = p.next;
                    if (key != null)
                        action.accept(element(key, e));
                }
            }
            if (map.modCount != mc)
                throw new ConcurrentModificationException();
        }

        public long estimateSize() {
            getFence();
            return est;
        }

        public int characteristics() {
            return kind == VALUES ? 0 : Spliterator.DISTINCT;
        }
    }

    /* ---- views -------------------------------------------------------------------------------------------- */

    private transient Set<Map.Entry<K, V>> entrySet;

    /** The keys: a live view; removing a key removes its mapping. */
    @Override
    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null)
            keySet = ks = new KeySet();
        return ks;
    }

    private class KeySet extends AbstractSet<K> {
        public Iterator<K> iterator() {
            return new KeyIterator();
        }

        public int size() {
            return WeakHashMap.this.size();
        }

        public boolean contains(Object o) {
            return containsKey(o);
        }

        public boolean remove(Object o) {
            if (containsKey(o)) {
                WeakHashMap.this.remove(o);
                return true;
            }
            return false;
        }

        public void clear() {
            WeakHashMap.this.clear();
        }

        public Spliterator<K> spliterator() {
            return new ViewSpliterator<>(WeakHashMap.this, ViewSpliterator.KEYS, 0, -1, 0, 0);
        }
    }

    /** The values: a live view. */
    @Override
    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null)
            values = vs = new Values();
        return vs;
    }

    private class Values extends AbstractCollection<V> {
        public Iterator<V> iterator() {
            return new ValueIterator();
        }

        public int size() {
            return WeakHashMap.this.size();
        }

        public boolean contains(Object o) {
            return containsValue(o);
        }

        public void clear() {
            WeakHashMap.this.clear();
        }

        public Spliterator<V> spliterator() {
            return new ViewSpliterator<>(WeakHashMap.this, ViewSpliterator.VALUES, 0, -1, 0, 0);
        }
    }

    /** The mappings: a live view whose entries write through setValue. */
    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        return es != null ? es : (entrySet = new EntrySet());
    }

    private class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator();
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry))
                return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Entry<K, V> candidate = getEntry(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        public boolean remove(Object o) {
            return removeMapping(o);
        }

        public int size() {
            return WeakHashMap.this.size();
        }

        public void clear() {
            WeakHashMap.this.clear();
        }

        /* arrays get snapshots of the entries (AbstractMap.SimpleEntry), not the weak entries */
        private List<Map.Entry<K, V>> deepCopy() {
            List<Map.Entry<K, V>> list = new ArrayList<>(size());
            for (Map.Entry<K, V> e : this)
                list.add(new AbstractMap.SimpleEntry<>(e));
            return list;
        }

        public Object[] toArray() {
            return deepCopy().toArray();
        }

        public <T> T[] toArray(T[] a) {
            return deepCopy().toArray(a);
        }

        public Spliterator<Map.Entry<K, V>> spliterator() {
            return new ViewSpliterator<>(WeakHashMap.this, ViewSpliterator.ENTRIES, 0, -1, 0, 0);
        }
    }

    /* ---- bulk operations (first bucket up, unlike the iterators) ------------------------------------------ */

    @SuppressWarnings("unchecked")
    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        for (Entry<K, V> e : getTable()) {
            while (e != null) {
                Object key = e.get();
                if (key != null)
                    action.accept((K) unmaskNull(key), e.value);
                e = e.next;
                if (expected != modCount)
                    throw new ConcurrentModificationException();
            }
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expected = modCount;
        for (Entry<K, V> e : getTable()) {
            while (e != null) {
                Object key = e.get();
                if (key != null)
                    e.value = function.apply((K) unmaskNull(key), e.value);
                e = e.next;
                if (expected != modCount)
                    throw new ConcurrentModificationException();
            }
        }
    }
}
