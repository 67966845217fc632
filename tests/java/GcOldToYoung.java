// GC test: old-to-young references through object fields. A long-lived doubly-linked list is built and
// promoted (System.gc()); then, across many minor collections, its old nodes get young payloads, young nodes
// are spliced in between old ones and old nodes are unlinked. A 48 MB heap (GcOldToYoung.opts).
public class GcOldToYoung {
    static final class Payload {
        final int round;
        final long value;
        final Payload previous;         // the payload it replaced, one level deep
        Payload(int round, long value, Payload previous) {
            this.round = round;
            this.value = value;
            this.previous = previous == null ? null : new Payload(previous.round, previous.value, null);
        }
    }

    static final class Node {
        final int id;
        Node next, prev;
        Payload payload;
        Object extra;
        Node(int id) { this.id = id; }
    }

    static Node head, tail;
    static int size;

    static void append(Node n) {
        if (tail == null) { head = tail = n; } else { tail.next = n; n.prev = tail; tail = n; }
        size++;
    }

    static void insertAfter(Node at, Node n) {
        n.prev = at;
        n.next = at.next;
        if (at.next != null) at.next.prev = n; else tail = n;
        at.next = n;
        size++;
    }

    static void unlink(Node n) {
        if (n.prev != null) n.prev.next = n.next; else head = n.next;
        if (n.next != null) n.next.prev = n.prev; else tail = n.prev;
        size--;
    }

    static long checksum() {
        long s = 0;
        int count = 0;
        Node last = null;
        for (Node n = head; n != null; n = n.next) {
            if (n.prev != last) return -1;          // the back links must match the forward links
            s = s * 1_000_003 + n.id;
            if (n.payload != null) {
                s += n.payload.round * 7L + n.payload.value;
                if (n.payload.previous != null) s += n.payload.previous.value;
            }
            if (n.extra instanceof int[]) s += ((int[]) n.extra).length;
            else if (n.extra instanceof String) s += ((String) n.extra).length();
            last = n;
            count++;
        }
        return count == size && last == tail ? s : -2;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 20_000; i++) append(new Node(i));
        System.gc();                                // the list is old from here on
        System.out.println("built " + size + " " + checksum());
        int nextId = 1_000_000;
        long garbage = 0;
        for (int round = 1; round <= 16; round++) {
            int k = 0;
            for (Node n = head; n != null; n = n.next, k++) {
                // Young payloads into old (and young) nodes, replacing the previous one.
                if ((k + round) % 3 == 0) n.payload = new Payload(round, (long) k * round, n.payload);
                // Young nodes spliced between old ones.
                if ((k + round) % 29 == 0) { insertAfter(n, new Node(nextId++)); n = n.next; k++; }
                // Extra fields swapping between a young array, a young string and null.
                if ((k + round) % 11 == 0) n.extra = (round & 1) == 0 ? new int[k % 13] : "x" + k;
                else if ((k + round) % 11 == 5) n.extra = null;
            }
            // Unlink every 37th node (old or young).
            k = 0;
            for (Node n = head; n != null; k++) {
                Node next = n.next;
                if ((k + round) % 37 == 0) unlink(n);
                n = next;
            }
            // Short-lived garbage so that several minor collections happen per round.
            for (int g = 0; g < 10_000; g++) {
                Node tmp = new Node(g);
                tmp.extra = new long[g & 15];
                garbage += tmp.id + ((long[]) tmp.extra).length;
            }
            if (round % 4 == 0) System.out.println("round " + round + ": size " + size + " " + checksum());
        }
        System.out.println("garbage " + garbage);
    }
}
