package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A synchronized hash table of non-null keys and values. Buckets are chains with new entries at their head and
 * iteration runs from the last bucket to the first, which gives the JDK's iteration order.
 */
public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 1421746759512286392L;

    private static final class Entry<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Entry<K, V> next;

        Entry(int hash, K key, V value, Entry<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            if (value == null)
                throw new NullPointerException();
            V old = this.value;
            this.value = value;
            return old;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry))
                return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return (key == null ? e.getKey() == null : key.equals(e.getKey()))
                    && (value == null ? e.getValue() == null : value.equals(e.getValue()));
        }

        public int hashCode() {
            return hash ^ Objects.hashCode(value);
        }

        public String toString() {
            return key.toString() + "=" + value.toString();
        }
    }

    private transient Entry<?, ?>[] table;
    private transient int count;
    private int threshold;
    private final float loadFactor;
    private transient int modCount;

    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0)
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        if (loadFactor <= 0 || Float.isNaN(loadFactor))
            throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        if (initialCapacity == 0)
            initialCapacity = 1;
        this.loadFactor = loadFactor;
        table = new Entry<?, ?>[initialCapacity];
        threshold = (int) Math.min(initialCapacity * loadFactor, Integer.MAX_VALUE - 8 + 1);
    }

    public Hashtable(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    public Hashtable() {
        this(11, 0.75f);
    }

    public Hashtable(Map<? extends K, ? extends V> t) {
        this(Math.max(2 * t.size(), 11), 0.75f);
        putAll(t);
    }

    public synchronized int size() {
        return count;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    public synchronized Enumeration<K> keys() {
        Iterator<K> it = keySet().iterator();
        return new Enumeration<K>() {
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            public K nextElement() {
                return it.next();
            }
        };
    }

    public synchronized Enumeration<V> elements() {
        Iterator<V> it = values().iterator();
        return new Enumeration<V>() {
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            public V nextElement() {
                return it.next();
            }
        };
    }

    public synchronized boolean contains(Object value) {
        if (value == null)
            throw new NullPointerException();
        Entry<?, ?>[] tab = table;
        for (int i = tab.length; i-- > 0;)
            for (Entry<?, ?> e = tab[i]; e != null; e = e.next)
                if (e.value.equals(value))
                    return true;
        return false;
    }

    public boolean containsValue(Object value) {
        return contains(value);
    }

    private Entry<?, ?> find(Object key) {
        int hash = key.hashCode();
        Entry<?, ?>[] tab = table;
        for (Entry<?, ?> e = tab[(hash & 0x7FFFFFFF) % tab.length]; e != null; e = e.next)
            if (e.hash == hash && e.key.equals(key))
                return e;
        return null;
    }

    public synchronized boolean containsKey(Object key) {
        return find(key) != null;
    }

    @SuppressWarnings("unchecked")
    public synchronized V get(Object key) {
        Entry<?, ?> e = find(key);
        return e == null ? null : (V) e.value;
    }

    protected void rehash() {
        int oldCapacity = table.length;
        Entry<?, ?>[] oldMap = table;
        int newCapacity = (oldCapacity << 1) + 1;
        Entry<?, ?>[] newMap = new Entry<?, ?>[newCapacity];
        modCount++;
        threshold = (int) Math.min(newCapacity * loadFactor, Integer.MAX_VALUE - 8 + 1);
        table = newMap;
        for (int i = oldCapacity; i-- > 0;) {
            for (Entry<?, ?> old = oldMap[i]; old != null;) {
                @SuppressWarnings("unchecked")
                Entry<K, V> e = (Entry<K, V>) old;
                old = old.next;
                int index = (e.hash & 0x7FFFFFFF) % newCapacity;
                e.next = (Entry<K, V>) newMap[index];
                newMap[index] = e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void addEntry(int hash, K key, V value, int index) {
        Entry<?, ?>[] tab = table;
        if (count >= threshold) {
            rehash();
            tab = table;
            hash = key.hashCode();
            index = (hash & 0x7FFFFFFF) % tab.length;
        }
        tab[index] = new Entry<>(hash, key, value, (Entry<K, V>) tab[index]);
        count++;
        modCount++;
    }

    @SuppressWarnings("unchecked")
    public synchronized V put(K key, V value) {
        if (value == null)
            throw new NullPointerException();
        Entry<?, ?>[] tab = table;
        int hash = key.hashCode();
        int index = (hash & 0x7FFFFFFF) % tab.length;
        for (Entry<K, V> e = (Entry<K, V>) tab[index]; e != null; e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                V old = e.value;
                e.value = value;
                return old;
            }
        }
        addEntry(hash, key, value, index);
        return null;
    }

    @SuppressWarnings("unchecked")
    public synchronized V remove(Object key) {
        Entry<?, ?>[] tab = table;
        int hash = key.hashCode();
        int index = (hash & 0x7FFFFFFF) % tab.length;
        Entry<K, V> prev = null;
        for (Entry<K, V> e = (Entry<K, V>) tab[index]; e != null; prev = e, e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                if (prev != null)
                    prev.next = e.next;
                else
                    tab[index] = e.next;
                modCount++;
                count--;
                V old = e.value;
                e.value = null;
                return old;
            }
        }
        return null;
    }

    public synchronized void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet())
            put(e.getKey(), e.getValue());
    }

    public synchronized void clear() {
        Entry<?, ?>[] tab = table;
        for (int i = tab.length; --i >= 0;)
            tab[i] = null;
        modCount++;
        count = 0;
    }

    @SuppressWarnings("unchecked")
    public synchronized Object clone() {
        try {
            Hashtable<K, V> t = (Hashtable<K, V>) super.clone();
            t.table = new Entry<?, ?>[table.length];
            for (int i = table.length; i-- > 0;) {
                Entry<K, V> copy = null, last = null;
                for (Entry<K, V> e = (Entry<K, V>) table[i]; e != null; e = e.next) {
                    Entry<K, V> c = new Entry<>(e.hash, e.key, e.value, null);
                    if (last == null)
                        copy = c;
                    else
                        last.next = c;
                    last = c;
                }
                t.table[i] = copy;
            }
            t.keySet = null;
            t.entrySet = null;
            t.values = null;
            t.modCount = 0;
            return t;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public synchronized String toString() {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        if (!it.hasNext())
            return "{}";
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        for (;;) {
            Map.Entry<K, V> e = it.next();
            K key = e.getKey();
            V value = e.getValue();
            sb.append(key == this ? "(this Map)" : key.toString());
            sb.append('=');
            sb.append(value == this ? "(this Map)" : value.toString());
            if (!it.hasNext())
                return sb.append('}').toString();
            sb.append(", ");
        }
    }

    /** Walks the buckets from the last to the first. kind: 0 keys, 1 values, 2 entries. */
    private final class Itr<T> implements Iterator<T> {
        final int kind;
        int index = table.length;
        Entry<?, ?> entry;
        Entry<?, ?> lastReturned;
        int expectedModCount = modCount;

        Itr(int kind) {
            this.kind = kind;
        }

        public boolean hasNext() {
            Entry<?, ?> e = entry;
            int i = index;
            Entry<?, ?>[] t = table;
            while (e == null && i > 0)
                e = t[--i];
            entry = e;
            index = i;
            return e != null;
        }

        @SuppressWarnings("unchecked")
        public T next() {
            if (modCount != expectedModCount)
                throw new ConcurrentModificationException();
            if (!hasNext())
                throw new NoSuchElementException("Hashtable Enumerator");
            Entry<?, ?> e = lastReturned = entry;
            entry = e.next;
            return (T) (kind == 0 ? e.key : kind == 1 ? e.value : e);
        }

        public void remove() {
            if (lastReturned == null)
                throw new IllegalStateException("Hashtable Enumerator");
            if (modCount != expectedModCount)
                throw new ConcurrentModificationException();
            Hashtable.this.remove(lastReturned.key);
            expectedModCount = modCount;
            lastReturned = null;
        }
    }

    private transient Set<K> keySet;
    private transient Set<Map.Entry<K, V>> entrySet;
    private transient Collection<V> values;

    public Set<K> keySet() {
        if (keySet == null)
            keySet = new AbstractSet<K>() {
                public Iterator<K> iterator() {
                    return new Itr<>(0);
                }

                public int size() {
                    return count;
                }

                public boolean contains(Object o) {
                    return containsKey(o);
                }

                public boolean remove(Object o) {
                    return Hashtable.this.remove(o) != null;
                }

                public void clear() {
                    Hashtable.this.clear();
                }
            };
        return keySet;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        if (entrySet == null)
            entrySet = new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Itr<>(2);
                }

                public int size() {
                    return count;
                }

                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry))
                        return false;
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    Entry<?, ?> f = find(e.getKey());
                    return f != null && f.equals(e);
                }

                public boolean remove(Object o) {
                    if (!contains(o))
                        return false;
                    Hashtable.this.remove(((Map.Entry<?, ?>) o).getKey());
                    return true;
                }

                public void clear() {
                    Hashtable.this.clear();
                }
            };
        return entrySet;
    }

    public Collection<V> values() {
        if (values == null)
            values = new AbstractCollection<V>() {
                public Iterator<V> iterator() {
                    return new Itr<>(1);
                }

                public int size() {
                    return count;
                }

                public boolean contains(Object o) {
                    return containsValue(o);
                }

                public void clear() {
                    Hashtable.this.clear();
                }
            };
        return values;
    }

    public synchronized boolean equals(Object o) {
        if (o == this)
            return true;
        if (!(o instanceof Map))
            return false;
        Map<?, ?> t = (Map<?, ?>) o;
        if (t.size() != size())
            return false;
        try {
            for (Map.Entry<K, V> e : entrySet()) {
                K key = e.getKey();
                V value = e.getValue();
                if (!value.equals(t.get(key)))
                    return false;
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    public synchronized int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> e : entrySet())
            h += e.hashCode();
        return h;
    }

    public synchronized V getOrDefault(Object key, V defaultValue) {
        V result = get(key);
        return (null == result) ? defaultValue : result;
    }

    public synchronized void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        for (Map.Entry<K, V> e : entrySet()) {
            action.accept(e.getKey(), e.getValue());
            if (expected != modCount)
                throw new ConcurrentModificationException();
        }
    }

    public synchronized V putIfAbsent(K key, V value) {
        Objects.requireNonNull(value);
        V old = get(key);
        if (old == null)
            put(key, value);
        return old;
    }

    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
        Objects.requireNonNull(f);
        V old = get(key);
        if (old != null)
            return old;
        V v = f.apply(key);
        if (v != null)
            put(key, v);
        return v;
    }

    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
        Objects.requireNonNull(f);
        Objects.requireNonNull(value);
        V old = get(key);
        V v = old == null ? value : f.apply(old, value);
        if (v == null)
            remove(key);
        else
            put(key, v);
        return v;
    }
}
