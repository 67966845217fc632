package java.util;

/** A map with keys of one enum type, kept in an array indexed by ordinal; iterates in ordinal order. */
@SuppressWarnings({"unchecked", "rawtypes"})
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements java.io.Serializable, Cloneable {
    private static final long serialVersionUID = 458661240069192865L;
    private static final Object NULL = new Object() {
        public int hashCode() {
            return 0;
        }

        public String toString() {
            return "java.util.EnumMap.NULL";
        }
    };

    private final Class<K> keyType;
    private transient K[] keyUniverse;
    private transient Object[] vals;
    private transient int size;

    private static Object maskNull(Object v) {
        return v == null ? NULL : v;
    }

    private static <V> V unmaskNull(Object v) {
        return (V) (v == NULL ? null : v);
    }

    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        keyUniverse = keyType.getEnumConstants();
        if (keyUniverse == null)
            throw new NullPointerException();
        vals = new Object[keyUniverse.length];
    }

    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keyUniverse = m.keyUniverse;
        vals = m.vals.clone();
        size = m.size;
    }

    public EnumMap(Map<K, ? extends V> m) {
        if (m instanceof EnumMap) {
            EnumMap<K, ? extends V> em = (EnumMap<K, ? extends V>) m;
            keyType = em.keyType;
            keyUniverse = em.keyUniverse;
            vals = em.vals.clone();
            size = em.size;
        } else {
            if (m.isEmpty())
                throw new IllegalArgumentException("Specified map is empty");
            keyType = m.keySet().iterator().next().getDeclaringClass();
            keyUniverse = keyType.getEnumConstants();
            vals = new Object[keyUniverse.length];
            putAll(m);
        }
    }

    public int size() {
        return size;
    }

    public boolean containsValue(Object value) {
        value = maskNull(value);
        for (Object v : vals)
            if (v != null && value.equals(v))
                return true;
        return false;
    }

    private boolean isValidKey(Object key) {
        if (key == null)
            return false;
        Class<?> c = key.getClass();
        return c == keyType || c.getSuperclass() == keyType;
    }

    public boolean containsKey(Object key) {
        return isValidKey(key) && vals[((Enum<?>) key).ordinal()] != null;
    }

    public V get(Object key) {
        return isValidKey(key) ? unmaskNull(vals[((Enum<?>) key).ordinal()]) : null;
    }

    public V put(K key, V value) {
        typeCheck(key);
        int index = key.ordinal();
        Object old = vals[index];
        vals[index] = maskNull(value);
        if (old == null)
            size++;
        return unmaskNull(old);
    }

    public V remove(Object key) {
        if (!isValidKey(key))
            return null;
        int index = ((Enum<?>) key).ordinal();
        Object old = vals[index];
        vals[index] = null;
        if (old != null)
            size--;
        return unmaskNull(old);
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet())
            put(e.getKey(), e.getValue());
    }

    public void clear() {
        Arrays.fill(vals, null);
        size = 0;
    }

    private void typeCheck(K key) {
        Class<?> c = key.getClass();
        if (c != keyType && c.getSuperclass() != keyType)
            throw new ClassCastException(c + " != " + keyType);
    }

    /** Walks the occupied slots; kind 0 keys, 1 values, 2 entries. Not fail-fast, like the JDK's. */
    private final class Itr<T> implements Iterator<T> {
        final int kind;
        int index;
        int lastReturned = -1;

        Itr(int kind) {
            this.kind = kind;
        }

        public boolean hasNext() {
            while (index < vals.length && vals[index] == null)
                index++;
            return index != vals.length;
        }

        public T next() {
            if (!hasNext())
                throw new NoSuchElementException();
            lastReturned = index++;
            if (kind == 0)
                return (T) keyUniverse[lastReturned];
            if (kind == 1)
                return (T) unmaskNull(vals[lastReturned]);
            return (T) new Entry(lastReturned);
        }

        public void remove() {
            if (lastReturned < 0)
                throw new IllegalStateException();
            if (vals[lastReturned] != null) {
                vals[lastReturned] = null;
                size--;
            }
            lastReturned = -1;
        }
    }

    private final class Entry implements Map.Entry<K, V> {
        private final int index;

        Entry(int index) {
            this.index = index;
        }

        public K getKey() {
            return keyUniverse[index];
        }

        public V getValue() {
            if (vals[index] == null)
                throw new IllegalStateException("Entry was removed");
            return unmaskNull(vals[index]);
        }

        public V setValue(V value) {
            if (vals[index] == null)
                throw new IllegalStateException("Entry was removed");
            V old = unmaskNull(vals[index]);
            vals[index] = maskNull(value);
            return old;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry))
                return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return keyUniverse[index] == e.getKey() && Objects.equals(getValue(), e.getValue());
        }

        public int hashCode() {
            return keyUniverse[index].hashCode() ^ Objects.hashCode(getValue());
        }

        public String toString() {
            return keyUniverse[index] + "=" + getValue();
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
                EnumMap.this.remove(o);
                return size != old;
            }

            public void clear() {
                EnumMap.this.clear();
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

            public void clear() {
                EnumMap.this.clear();
            }
        };
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
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
                return containsKey(e.getKey()) && Objects.equals(get(e.getKey()), e.getValue());
            }

            public boolean remove(Object o) {
                if (!contains(o))
                    return false;
                EnumMap.this.remove(((Map.Entry<?, ?>) o).getKey());
                return true;
            }

            public void clear() {
                EnumMap.this.clear();
            }
        };
    }

    public boolean equals(Object o) {
        if (this == o)
            return true;
        if (o instanceof EnumMap) {
            EnumMap<?, ?> em = (EnumMap<?, ?>) o;
            if (em.keyType != keyType)
                return size == 0 && em.size == 0;
            for (int i = 0; i < keyUniverse.length; i++) {
                Object a = vals[i], b = em.vals[i];
                if (b != a && (b == null || !b.equals(a)))
                    return false;
            }
            return true;
        }
        return super.equals(o);
    }

    public int hashCode() {
        int h = 0;
        for (int i = 0; i < keyUniverse.length; i++)
            if (vals[i] != null)
                h += keyUniverse[i].hashCode() ^ (vals[i] == NULL ? 0 : vals[i].hashCode());
        return h;
    }

    public EnumMap<K, V> clone() {
        try {
            EnumMap<K, V> r = (EnumMap<K, V>) super.clone();
            r.vals = vals.clone();
            return r;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
