// Loops whose most used locals compiled code keeps in registers (jit/jit_locals.c): the registers must agree
// with the frame after everything that can change either — calls into compiled methods that cache their own
// locals in the same registers, collections that move the object a cached reference points to, exceptions
// thrown and caught inside the loop, also by a callee with cached locals of its own, on-stack replacement into the loop, a slot
// javac reuses for an int and then a reference, negative and wrapping ints used as array indexes, and iinc by
// constants of every size.
public class JitCachedLocals {
    static final class Box {
        int v;
        Box next;
        Box(int v, Box next) { this.v = v; this.next = next; }
    }

    // A callee with its own loop: it caches its locals in the same registers as its caller.
    static int inner(int n) {
        int s = 0;
        for (int k = 0; k < n; k++) s += k * 3 + 1;
        return s;
    }

    static long callsInLoop(int n) {
        long total = 0;
        int i = 0;
        int j = 1000;
        while (i < n) {
            total += inner(i & 15) + i - j;
            i++;
            j -= 3;
        }
        return total + i + j;
    }

    // A reference local used by the loop while each iteration allocates (GCStressInterval makes it move).
    static int referencesAcrossGc(int n) {
        Box head = new Box(0, null);
        Box keep = head;
        int sum = 0;
        for (int i = 1; i < n; i++) {
            head = new Box(i, head);
            int[] junk = new int[i & 63];
            sum += head.v + junk.length + keep.v;
            if ((i & 1023) == 0) keep = head;
        }
        int walked = 0;
        for (Box b = head; b != null; b = b.next) walked += b.v & 7;
        return sum ^ walked;
    }

    // The counter changes just before a throw; the handler, entered from the runtime, must see the new value.
    static int exceptionsInLoop(int n) {
        int caught = 0;
        int i = 0;
        int[] a = new int[8];
        while (i < n) {
            try {
                i += 2;
                a[i & 15] = i; // out of bounds for half of the values
            } catch (ArrayIndexOutOfBoundsException e) {
                caught += i;
                i--;
            }
        }
        return caught * 31 + i;
    }

    // A callee that runs its own cached loop, then throws: the caller's handler continues with its own values.
    static int loopThenThrow(int n) {
        int s = 0;
        for (int k = 0; k < n; k++) s += k ^ 5;
        if ((n & 3) == 0) throw new IllegalStateException("n=" + n + " s=" + s);
        return s;
    }

    static long calleeThrows(int n) {
        long sum = 0;
        int i = 0;
        int caught = 0;
        while (i < n) {
            try {
                sum += loopThenThrow(i);
            } catch (IllegalStateException e) {
                caught++;
                sum += i * 7L + caught;
            }
            i++;
        }
        return sum * 31 + caught + i;
    }

    // Entered by OSR: the interpreter's values of i, acc and the array arrive through the frame.
    static int osrLoop() {
        int[] data = new int[1000];
        int acc = 7;
        for (int i = 0; i < 3_000_000; i++) {
            data[i % 1000] += i;
            acc = acc * 17 + data[(i * 7) % 1000];
        }
        return acc;
    }

    // javac gives `i` of the first loop and `s` of the second the same slot.
    static String reusedSlot(int n) {
        int total = 0;
        for (int i = 0; i < n; i++) total += i;
        String out = "";
        for (String s = "x"; s.length() < 6; s = s + total % 10) out = s;
        return out + total;
    }

    static long indexesAndSteps(int n) {
        int[] t = new int[256];
        long h = 0;
        int k = -n;
        for (int i = 0; i < n; i += 3) {
            k += 1000003;
            t[k & 255] += i;
            t[(k >>> 24) & 255] ^= k;
            h = h * 31 + t[i & 255];
        }
        for (int i = n; i > 0; i -= 200) h += i;
        for (int i = 0; i < n; i += 40000) h ^= i;
        short s = 0;
        for (int i = 0; i < 70000; i++) s++;
        return h + s;
    }

    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {
            System.out.println("calls " + callsInLoop(20000));
            System.out.println("refs " + referencesAcrossGc(30000));
            System.out.println("exceptions " + exceptionsInLoop(5000));
            System.out.println("callee throws " + calleeThrows(3000));
            System.out.println("reused " + reusedSlot(100 + round));
            System.out.println("indexes " + indexesAndSteps(100000));
        }
        System.out.println("osr " + osrLoop());
    }
}
