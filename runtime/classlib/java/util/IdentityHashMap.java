package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * A map comparing keys (and values) by reference. Open addressing with linear probing over one array of
 * alternating keys and values; a null key is stored as a sentinel.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, java.io.Serializable, Cloneable {
    private static final long serialVersionUID = 8188218128353913216L;
    private static final Object NULL_KEY = new Object();
    private static final int MIN_CAPACITY = 4;
    private static final int MAX_CAPACITY = 1 << 29;

    transient Object[] table;
    int size;
    transient int modCount;

    public IdentityHashMap() {
        table = new Object[2 * 32];
    }

    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0)
            throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        table = new Object[2 * capacity(expectedMaxSize)];
    }

    public IdentityHashMap(Map<? extends K, ? extends V> m) {
        this((int) ((1 + m.size()) * 1.1));
        putAll(m);
    }

    private static int capacity(int expectedMaxSize) {
        if (expectedMaxSize > MAX_CAPACITY / 3)
            return MAX_CAPACITY;
        if (expectedMaxSize <= 2 * MIN_CAPACITY / 3)
            return MIN_CAPACITY;
        return Integer.highestOneBit(expectedMaxSize + (expectedMaxSize << 1));
    }

    private static Object maskNull(Object key) {
        return key == null ? NULL_KEY : key;
    }

    static Object unmaskNull(Object key) {
        return key == NULL_KEY ? null : key;
    }

    private static int hash(Object x, int length) {
        int h = System.identityHashCode(x);
        return ((h << 1) - (h << 8)) & (length - 1);
    }

    private static int nextKeyIndex(int i, int len) {
        return i + 2 < len ? i + 2 : 0;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private int indexOf(Object k) {
        Object[] tab = table;
        int len = tab.length;
        int i = hash(k, len);
        for (;;) {
            Object item = tab[i];
            if (item == k)
                return i;
            if (item == null)
                return -1;
            i = nextKeyIndex(i, len);
        }
    }

    public V get(Object key) {
        int i = indexOf(maskNull(key));
        return i < 0 ? null : (V) table[i + 1];
    }

    public boolean containsKey(Object key) {
        return indexOf(maskNull(key)) >= 0;
    }

    public boolean containsValue(Object value) {
        Object[] tab = table;
        for (int i = 1; i < tab.length; i += 2)
            if (tab[i] == value && tab[i - 1] != null)
                return true;
        return false;
    }

    private boolean containsMapping(Object key, Object value) {
        int i = indexOf(maskNull(key));
        return i >= 0 && table[i + 1] == value;
    }

    public V put(K key, V value) {
        Object k = maskNull(key);
        for (;;) {
            Object[] tab = table;
            int len = tab.length;
            int i = hash(k, len);
            Object item;
            while ((item = tab[i]) != null) {
                if (item == k) {
                    V old = (V) tab[i + 1];
                    tab[i + 1] = value;
                    return old;
                }
                i = nextKeyIndex(i, len);
            }
            int s = size + 1;
            if (s + (s << 1) > len && resize(len)) {
                continue;
            }
            modCount++;
            tab[i] = k;
            tab[i + 1] = value;
            size = s;
            return null;
        }
    }

    private boolean resize(int newCapacity) {
        int newLength = newCapacity * 2;
        Object[] oldTable = table;
        int oldLength = oldTable.length;
        if (oldLength == 2 * MAX_CAPACITY) {
            if (size == MAX_CAPACITY - 1)
                throw new IllegalStateException("Capacity exhausted.");
            return false;
        }
        if (oldLength >= newLength)
            return false;
        Object[] newTable = new Object[newLength];
        for (int j = 0; j < oldLength; j += 2) {
            Object key = oldTable[j];
            if (key != null) {
                Object value = oldTable[j + 1];
                int i = hash(key, newLength);
                while (newTable[i] != null)
                    i = nextKeyIndex(i, newLength);
                newTable[i] = key;
                newTable[i + 1] = value;
            }
        }
        table = newTable;
        return true;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        int n = m.size();
        if (n == 0)
            return;
        if (n > size)
            resize(capacity(n));
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet())
            put(e.getKey(), e.getValue());
    }

    public V remove(Object key) {
        int i = indexOf(maskNull(key));
        if (i < 0)
            return null;
        V old = (V) table[i + 1];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        modCount++;
        size--;
        Object[] tab = table;
        int len = tab.length;
        tab[i] = null;
        tab[i + 1] = null;
        // re-insert the entries of the probe run that follows the hole
        int d = i;
        for (int j = nextKeyIndex(d, len); tab[j] != null; j = nextKeyIndex(j, len)) {
            Object item = tab[j];
            int r = hash(item, len);
            if ((j < r && (r <= d || d <= j)) || (r <= d && d <= j)) {
                tab[d] = item;
                tab[d + 1] = tab[j + 1];
                tab[j] = null;
                tab[j + 1] = null;
                d = j;
            }
        }
    }

    public void clear() {
        modCount++;
        Arrays.fill(table, null);
        size = 0;
    }

    public boolean equals(Object o) {
        if (o == this)
            return true;
        if (o instanceof IdentityHashMap) {
            IdentityHashMap<?, ?> m = (IdentityHashMap<?, ?>) o;
            if (m.size() != size)
                return false;
            Object[] tab = m.table;
            for (int i = 0; i < tab.length; i += 2) {
                Object k = tab[i];
                if (k != null && !containsMapping(unmaskNull(k), tab[i + 1]))
                    return false;
            }
            return true;
        }
        return super.equals(o);
    }

    public int hashCode() {
        int h = 0;
        Object[] tab = table;
        for (int i = 0; i < tab.length; i += 2) {
            Object key = tab[i];
            if (key != null)
                h += System.identityHashCode(unmaskNull(key)) ^ System.identityHashCode(tab[i + 1]);
        }
        return h;
    }

    public Object clone() {
        try {
            IdentityHashMap<?, ?> m = (IdentityHashMap<?, ?>) super.clone();
            m.table = table.clone();
            m.entrySet = null;
            return m;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    /** kind: 0 keys, 1 values, 2 entries. */
    private final class Itr<T> implements Iterator<T> {
        final int kind;
        int index;
        int expectedModCount = modCount;
        int lastReturned = -1;
        Object[] traversal = table;

        Itr(int kind) {
            this.kind = kind;
        }

        public boolean hasNext() {
            Object[] tab = traversal;
            while (index < tab.length && tab[index] == null)
                index += 2;
            return index < tab.length;
        }

        public T next() {
            if (modCount != expectedModCount)
                throw new ConcurrentModificationException();
            if (!hasNext())
                throw new NoSuchElementException();
            int i = lastReturned = index;
            index += 2;
            if (kind == 0)
                return (T) unmaskNull(traversal[i]);
            if (kind == 1)
                return (T) traversal[i + 1];
            return (T) new SimpleEntry(unmaskNull(traversal[i]), traversal[i + 1]) {
                public Object setValue(Object v) {
                    Object old = super.setValue(v);
                    if (table[i] == maskNull(getKey()))
                        table[i + 1] = v;
                    else
                        IdentityHashMap.this.put((K) getKey(), (V) v);
                    return old;
                }

                public boolean equals(Object o) {
                    if (!(o instanceof Map.Entry))
                        return false;
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    return e.getKey() == getKey() && e.getValue() == getValue();
                }

                public int hashCode() {
                    return System.identityHashCode(getKey()) ^ System.identityHashCode(getValue());
                }
            };
        }

        public void remove() {
            if (lastReturned < 0)
                throw new IllegalStateException();
            if (modCount != expectedModCount)
                throw new ConcurrentModificationException();
            Object key = unmaskNull(traversal[lastReturned]);
            lastReturned = -1;
            if (traversal == table) {
                // removal may move a later entry into an already-visited slot: iterate a snapshot from now on
                traversal = table.clone();
            }
            IdentityHashMap.this.remove(key);
            expectedModCount = modCount;
        }
    }

    public Set<K> keySet() {
        return new AbstractSet<K>() {
            public Iterator<K> iterator() {
                return new Itr<>(0);
            }

            public int size() {
                return size;
            }

            public boolean contains(Object o) {
                return containsKey(o);
            }

            public boolean remove(Object o) {
                int old = size;
                IdentityHashMap.this.remove(o);
                return size != old;
            }

            public void clear() {
                IdentityHashMap.this.clear();
            }

            public int hashCode() {
                int h = 0;
                for (K k : this)
                    h += System.identityHashCode(k);
                return h;
            }
        };
    }

    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() {
                return new Itr<>(1);
            }

            public int size() {
                return size;
            }

            public boolean contains(Object o) {
                return containsValue(o);
            }

            public boolean remove(Object o) {
                for (Iterator<V> i = iterator(); i.hasNext();) {
                    if (i.next() == o) {
                        i.remove();
                        return true;
                    }
                }
                return false;
            }

            public void clear() {
                IdentityHashMap.this.clear();
            }
        };
    }

    private transient Set<Map.Entry<K, V>> entrySet;

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null)
            entrySet = es = new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Itr<>(2);
                }

                public int size() {
                    return size;
                }

                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry))
                        return false;
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    return containsMapping(e.getKey(), e.getValue());
                }

                public boolean remove(Object o) {
                    if (!contains(o))
                        return false;
                    IdentityHashMap.this.remove(((Map.Entry<?, ?>) o).getKey());
                    return true;
                }

                public void clear() {
                    IdentityHashMap.this.clear();
                }
            };
        return es;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        Object[] t = table;
        for (int i = 0; i < t.length; i += 2) {
            Object k = t[i];
            if (k != null) {
                action.accept((K) unmaskNull(k), (V) t[i + 1]);
                if (modCount != expected)
                    throw new ConcurrentModificationException();
            }
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expected = modCount;
        Object[] t = table;
        for (int i = 0; i < t.length; i += 2) {
            Object k = t[i];
            if (k != null) {
                t[i + 1] = function.apply((K) unmaskNull(k), (V) t[i + 1]);
                if (modCount != expected)
                    throw new ConcurrentModificationException();
            }
        }
    }
}
