import PKG.*;

/** Random operation sequences on lists, deques, queues and sets of PKG. */
public class CollOpsSUFFIX {
    final StringBuilder log = new StringBuilder();
    final Harness.Rng r;

    CollOpsSUFFIX(long seed) {
        r = new Harness.Rng(seed);
    }

    void p(Object o) {
        log.append(String.valueOf(o)).append('\n');
    }

    public static String run(long seed) {
        CollOpsSUFFIX t = new CollOpsSUFFIX(seed);
        try {
            t.go();
        } catch (Throwable e) {
            t.p("DRIVER " + Harness.exc(e));
        }
        return t.log.toString();
    }

    Integer val() {
        return Integer.valueOf(r.next(30) - 3);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void go() {
        int ck = r.next(8);
        Collection c;
        switch (ck) {
            case 0: c = new ArrayList(); break;
            case 1: c = new LinkedList(); break;
            case 2: c = new ArrayDeque(); break;
            case 3: c = r.chance(50) ? new PriorityQueue() : new PriorityQueue(Comparator.reverseOrder()); break;
            case 4: c = new HashSet(); break;
            case 5: c = new LinkedHashSet(); break;
            case 6: c = r.chance(50) ? new TreeSet() : new TreeSet(Comparator.reverseOrder()); break;
            default: c = new ArrayList(r.next(3)); break;
        }
        p("kind " + ck);
        int ops = 20 + r.next(120);
        for (int i = 0; i < ops; i++) {
            Integer v = val();
            try {
                int op = r.next(24);
                switch (op) {
                    case 0: case 1: case 2: case 3: p("add " + c.add(v)); break;
                    case 4: p("remove " + c.remove(v)); break;
                    case 5: p("contains " + c.contains(v)); break;
                    case 6: {
                        Iterator it = c.iterator();
                        StringBuilder sb = new StringBuilder();
                        while (it.hasNext()) {
                            Object x = it.next();
                            sb.append(x).append(',');
                            if (r.chance(15)) it.remove();
                        }
                        p("iter " + sb + " -> " + c);
                        break;
                    }
                    case 7: p("removeIf " + c.removeIf(x -> ((Integer) x) % 3 == 0) + " " + c); break;
                    case 8: {
                        ArrayList o = new ArrayList();
                        o.add(val()); o.add(val()); o.add(val());
                        p("removeAll " + c.removeAll(o) + " addAll " + c.addAll(o) + " retain " + (r.chance(20) ? c.retainAll(o) : false) + " " + c);
                        break;
                    }
                    case 9: p("toArray " + Arrays.toString(c.toArray()) + " " + Arrays.toString(c.toArray(new Integer[r.next(4)]))); break;
                    case 10: p("hash " + ((c instanceof List || c instanceof Set) ? c.hashCode() : 0) + " size " + c.size() + " empty " + c.isEmpty()); break;
                    case 11: if (c instanceof List) listOps((List) c, v); else if (c instanceof Deque) dequeOps((Deque) c, v); else if (c instanceof Queue) queueOps((Queue) c, v); else if (c instanceof NavigableSet) navOps((NavigableSet) c, v); break;
                    case 12: case 13: case 14: if (c instanceof List) listOps((List) c, v); else if (c instanceof Deque) dequeOps((Deque) c, v); else if (c instanceof Queue) queueOps((Queue) c, v); else if (c instanceof NavigableSet) navOps((NavigableSet) c, v); break;
                    case 15: {
                        Iterator it = c.iterator();
                        if (it.hasNext()) { it.next(); c.add(99); it.next(); }
                        p("cme none");
                        break;
                    }
                    case 16: if (r.chance(10)) { c.clear(); p("clear"); } break;
                    case 17: {
                        Collection d = c instanceof List ? new ArrayList(c) : c instanceof Set ? new HashSet(c) : new ArrayList(c);
                        p("copy " + d + " eq " + d.equals(c) + " " + c.equals(d));
                        break;
                    }
                    case 18: {
                        StringBuilder sb = new StringBuilder();
                        c.forEach(x -> sb.append(x).append(' '));
                        p("forEach " + sb);
                        break;
                    }
                    case 19: p("containsAll " + c.containsAll(List.of(1, 2))); break;
                    default: p("str " + c);
                }
            } catch (Throwable e) {
                p(Harness.exc(e));
            }
        }
        p("final " + c + " " + c.size() + " " + ((c instanceof List || c instanceof Set) ? c.hashCode() : 0));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void listOps(List l, Integer v) {
        int idx = r.next(l.size() + 3) - 1;
        switch (r.next(16)) {
            case 0: p("get " + l.get(idx)); break;
            case 1: p("set " + l.set(idx, v)); break;
            case 2: l.add(idx, v); p("addAt " + l); break;
            case 3: p("removeAt " + l.remove(idx)); break;
            case 4: p("indexOf " + l.indexOf(v) + " " + l.lastIndexOf(v)); break;
            case 5: {
                int a = r.next(l.size() + 2) - 1, b = r.next(l.size() + 2);
                List s = l.subList(a, b);
                p("sub " + s + " " + s.size());
                if (r.chance(50)) { s.add(v); s.remove(0); }
                if (r.chance(30)) s.clear();
                p("sub2 " + s + " " + l + " " + s.hashCode());
                break;
            }
            case 6: l.sort(r.chance(50) ? null : Comparator.reverseOrder()); p("sort " + l); break;
            case 7: {
                ListIterator it = l.listIterator(idx);
                StringBuilder sb = new StringBuilder();
                while (it.hasPrevious()) {
                    sb.append(it.previous()).append(it.nextIndex()).append(';');
                    if (r.chance(20)) it.set(7);
                    else if (r.chance(10)) it.add(8);
                    else if (r.chance(10)) it.remove();
                }
                p("li " + sb + " " + l);
                break;
            }
            case 8: Collections.shuffle(l, new Random(r.next(1000))); p("shuffle " + l); break;
            case 9: Collections.reverse(l); Collections.rotate(l, r.next(7) - 3); p("revrot " + l); break;
            case 10: if (!l.isEmpty()) { Collections.sort(l); p("bs " + Collections.binarySearch(l, v) + " " + Collections.max(l) + " " + Collections.min(l, Comparator.reverseOrder())); } break;
            case 11: Collections.swap(l, 0, idx); p("swap " + l + " freq " + Collections.frequency(l, v)); break;
            case 12: p("addAllAt " + l.addAll(idx, List.of(1, 2, 3)) + " " + l); break;
            case 13: l.replaceAll(x -> ((Integer) x) * 2); p("replaceAll " + l); break;
            case 14: p("unmod " + Collections.unmodifiableList(l) + " " + Collections.unmodifiableList(l).equals(l)); break;
            default: p("copyOf " + List.copyOf(l));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void dequeOps(Deque d, Integer v) {
        switch (r.next(10)) {
            case 0: d.addFirst(v); p("addFirst " + d); break;
            case 1: p("pollLast " + d.pollLast() + " pollFirst " + d.pollFirst()); break;
            case 2: p("removeFirst " + d.removeFirst()); break;
            case 3: p("getLast " + d.getLast() + " " + d.peekFirst()); break;
            case 4: d.push(v); p("push " + d.pop() + " " + d.peek()); break;
            case 5: p("rlo " + d.removeLastOccurrence(v) + " " + d.removeFirstOccurrence(v)); break;
            case 6: {
                Iterator it = d.descendingIterator();
                StringBuilder sb = new StringBuilder();
                while (it.hasNext()) { sb.append(it.next()).append(','); if (r.chance(20)) it.remove(); }
                p("desc " + sb + " " + d);
                break;
            }
            case 7: for (int i = 0; i < 20; i++) d.offerLast(i); p("bulk " + d); break;
            default: p("element " + d.element() + " " + d.remove());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void queueOps(Queue q, Integer v) {
        switch (r.next(6)) {
            case 0: p("poll " + q.poll()); break;
            case 1: p("peek " + q.peek() + " offer " + q.offer(v)); break;
            case 2: p("remove " + q.remove()); break;
            case 3: p("copy " + new PriorityQueue(q)); break;
            case 4: p("fromList " + new PriorityQueue(new ArrayList(q))); break;
            default: p("element " + q.element());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void navOps(NavigableSet s, Integer v) {
        switch (r.next(8)) {
            case 0: p("nav " + s.ceiling(v) + " " + s.floor(v) + " " + s.higher(v) + " " + s.lower(v)); break;
            case 1: p("first " + s.first() + " " + s.last()); break;
            case 2: p("poll " + s.pollFirst() + " " + s.pollLast()); break;
            case 3: p("head " + s.headSet(v) + " " + s.tailSet(v, false) + " " + s.descendingSet()); break;
            case 4: {
                NavigableSet sub = s.subSet(v, true, v + 8, r.chance(50));
                p("sub " + sub);
                sub.add(v + 1);
                p("sub2 " + sub + " " + s);
                break;
            }
            case 5: {
                Iterator it = s.descendingIterator();
                StringBuilder sb = new StringBuilder();
                while (it.hasNext()) { sb.append(it.next()).append(','); if (r.chance(20)) it.remove(); }
                p("desc " + sb + " " + s);
                break;
            }
            default: p("headdesc " + s.headSet(v, true).descendingSet().headSet(v - 5));
        }
    }
}
