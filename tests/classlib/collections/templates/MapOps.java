import PKG.*;

/** Random operation sequences on the maps of PKG; everything observable goes to the log. */
public class MapOpsSUFFIX {
    final StringBuilder log = new StringBuilder();
    final Harness.Rng r;

    MapOpsSUFFIX(long seed) {
        r = new Harness.Rng(seed);
    }

    void p(Object o) {
        log.append(String.valueOf(o)).append('\n');
    }

    Object key(int kind) {
        switch (kind) {
            case 0: return Integer.valueOf(r.next(40) - 5);
            case 1: return "s" + r.next(300);
            case 2: return new Harness.BadKey(r.next(60), 3);
            default: return r.chance(3) ? null : Integer.valueOf(r.next(200) * 17);
        }
    }

    public static String run(long seed) {
        MapOpsSUFFIX t = new MapOpsSUFFIX(seed);
        try {
            t.go();
        } catch (Throwable e) {
            t.p("DRIVER " + Harness.exc(e));
        }
        return t.log.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void go() {
        int mk = r.next(6);
        int kind = r.next(4);
        boolean sorted = mk == 5;
        if (sorted && kind == 3) kind = 0;
        Map m;
        switch (mk) {
            case 0: m = new HashMap(); break;
            case 1: m = new HashMap(r.next(40), r.chance(50) ? 0.75f : 0.5f + r.next(4)); break;
            case 2: m = new LinkedHashMap(); break;
            case 3: m = new LinkedHashMap(r.next(20), 0.75f, true); break;
            case 4: {
                final int max = 3 + r.next(10);
                m = new LinkedHashMap(16, 0.75f, r.chance(50)) {
                    protected boolean removeEldestEntry(Map.Entry e) {
                        return size() > max;
                    }
                };
                break;
            }
            default: m = r.chance(50) ? new TreeMap() : new TreeMap(Comparator.reverseOrder()); break;
        }
        p("kind " + mk + " " + kind);
        int ops = 20 + r.next(150);
        for (int i = 0; i < ops; i++) {
            int op = r.next(30);
            Object k = key(kind);
            Integer v = r.chance(5) && !sorted ? null : Integer.valueOf(r.next(1000));
            try {
                switch (op) {
                    case 0: case 1: case 2: case 3: case 4: case 5: p("put " + m.put(k, v)); break;
                    case 6: p("get " + m.get(k)); break;
                    case 7: p("remove " + m.remove(k)); break;
                    case 8: p("containsKey " + m.containsKey(k) + " " + m.containsValue(v)); break;
                    case 9: p("putIfAbsent " + m.putIfAbsent(k, v)); break;
                    case 10: p("cia " + m.computeIfAbsent(k, x -> r.chance(20) ? null : (Object) (String.valueOf(x) + "!"))); break;
                    case 11: p("cip " + m.computeIfPresent(k, (a, b) -> r.chance(30) ? null : (Object) (b + "+"))); break;
                    case 12: p("compute " + m.compute(k, (a, b) -> r.chance(30) ? null : (Object) ("c" + b))); break;
                    case 13: p("merge " + m.merge(k, v == null ? 1 : v, (a, b) -> r.chance(30) ? null : (Object) (a + "" + b))); break;
                    case 14: p("replace " + m.replace(k, v) + " " + m.replace(k, v, 5)); break;
                    case 15: p("remove2 " + m.remove(k, v)); break;
                    case 16: p("getOrDefault " + m.getOrDefault(k, "dflt")); break;
                    case 17: {
                        Iterator it = m.entrySet().iterator();
                        StringBuilder sb = new StringBuilder();
                        while (it.hasNext()) {
                            Map.Entry e = (Map.Entry) it.next();
                            sb.append(e).append(';');
                            if (r.chance(15)) it.remove();
                            else if (r.chance(10)) e.setValue("sv");
                        }
                        p("iter " + sb);
                        break;
                    }
                    case 18: {
                        Iterator it = m.keySet().iterator();
                        while (it.hasNext()) {
                            Object x = it.next();
                            if (r.chance(20)) it.remove();
                        }
                        p("ks " + m.keySet() + " vs " + m.values());
                        break;
                    }
                    case 19: p("ksremove " + m.keySet().remove(k) + " " + m.values().remove(v)); break;
                    case 20: {
                        Map c;
                        int w = r.next(4);
                        if (sorted) c = new TreeMap(m);
                        else if (w == 0) c = new HashMap(m);
                        else if (w == 1) c = (Map) ((HashMap) m).clone();
                        else if (w == 2) { c = new HashMap(); c.put(key(kind), 1); c.putAll(m); }
                        else c = new LinkedHashMap(m);
                        p("copy " + c + " eq " + c.equals(m) + " " + m.equals(c) + " h " + (c.hashCode() == m.hashCode()));
                        c.put(key(kind), 9);
                        p("copy2 " + c);
                        break;
                    }
                    case 21: {
                        Iterator it = m.keySet().iterator();
                        if (it.hasNext()) { it.next(); m.put(k, 3); it.next(); }
                        p("cme none");
                        break;
                    }
                    case 22: {
                        StringBuilder sb = new StringBuilder();
                        m.forEach((a, b) -> sb.append(a).append('>').append(b).append(' '));
                        p("forEach " + sb);
                        break;
                    }
                    case 23: if (r.chance(20)) { m.replaceAll((a, b) -> "" + a + b); p("replaceAll " + m); } break;
                    case 24: if (r.chance(10)) { m.clear(); p("clear " + m.size()); } break;
                    case 25: {
                        Object e = m.entrySet().contains(new AbstractMap.SimpleEntry(k, v));
                        p("econtains " + e + " " + m.entrySet().remove(new AbstractMap.SimpleEntry(k, v)));
                        break;
                    }
                    case 26: if (sorted) navOps((TreeMap) m, k); else p("size " + m.size()); break;
                    case 27: if (sorted) navOps((TreeMap) m, k); else p("hash " + m.hashCode()); break;
                    default: p("tostr " + m);
                }
            } catch (Throwable e) {
                p(Harness.exc(e));
            }
        }
        p("final " + m + " " + m.size() + " " + m.hashCode() + " " + m.keySet() + " " + m.values() + " " + m.entrySet());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void navOps(TreeMap m, Object k) {
        Object k2 = key(0);
        p("nav " + m.firstEntry() + " " + m.lastEntry() + " " + m.ceilingKey(k) + " " + m.floorKey(k) + " "
                + m.higherEntry(k) + " " + m.lowerEntry(k));
        switch (r.next(8)) {
            case 0: p("head " + m.headMap(k) + " " + m.headMap(k, true).descendingMap()); break;
            case 1: p("tail " + m.tailMap(k) + " " + m.tailMap(k, false).descendingKeySet()); break;
            case 2: {
                NavigableMap s = m.subMap(k, r.chance(50), k2, r.chance(50));
                p("sub " + s + " " + s.size());
                s.put(k, 1);
                p("sub2 " + s + " " + m + " " + s.firstKey() + " " + s.pollLastEntry());
                break;
            }
            case 3: p("poll " + m.pollFirstEntry() + " " + m.pollLastEntry()); break;
            case 4: {
                NavigableMap d = m.descendingMap();
                p("desc " + d + " " + d.firstKey() + " " + d.headMap(k) + " " + d.ceilingKey(k));
                break;
            }
            case 5: {
                SortedMap h = m.headMap(k);
                Iterator it = h.entrySet().iterator();
                while (it.hasNext()) { it.next(); if (r.chance(30)) it.remove(); }
                p("headrm " + m + " " + h.size());
                break;
            }
            case 6: p("keys " + m.navigableKeySet().headSet(k, true) + " " + m.descendingKeySet().tailSet(k)); break;
            default: p("firstKey " + m.firstKey() + " " + m.lastKey());
        }
    }
}
