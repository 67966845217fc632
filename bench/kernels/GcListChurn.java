// GC kernel: linked-list churn. A FIFO queue of 100k nodes: each step appends a new node at the tail (an
// old tail node then points to a young one: an old-to-young reference through a field) and drops the
// head, so every node lives for 100k steps — long enough to be promoted — and then dies old. Each node
// carries a small int[] payload. 3M steps.
public class GcListChurn {
    static final class Node {
        Node next;
        final int[] payload;
        final long id;
        Node(long id) { this.id = id; this.payload = new int[(int) (id & 7) + 1]; payload[0] = (int) id; }
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        final int window = 100_000;
        final int steps = 3_000_000;
        Node head = new Node(0), tail = head;
        int size = 1;
        long check = 0;
        for (long i = 1; i <= steps; i++) {
            Node n = new Node(i);
            tail.next = n;
            tail = n;
            if (++size > window) {
                check += head.payload[0] ^ head.payload.length;
                head = head.next;
                size--;
            }
        }
        for (Node n = head; n != null; n = n.next) check = check * 31 + n.id;
        long t1 = System.nanoTime();
        System.out.println("checksum=" + check);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
