// StackOverflowError twice in one run with a large Java stack (StackOverflowLargeXss.opts: -Xss512m).
// On Ember a compiled call nests a machine frame as well as a Java frame, and with this Java stack the 256 MiB
// C stack of the Java thread runs out first: the error has to come from the C stack guard of compiled calls
// (Thread.c_stack_limit), which must be in force on the Java thread from its first compiled call, or the
// recursion runs into the C stack's guard page (SIGSEGV). Two rounds, because Ember runs a method's first
// activation interpreted even with -Xcomp (no machine frames nest; the Java stack limit stops it), the second
// one compiled.
// The error is caught by the deepest frame that can run the handler, and the others return normally: HotSpot's
// compiled frames are small, so it goes about 20 million calls deep, and unwinding all of them with the
// exception would take it seconds per round.
public class StackOverflowLargeXss {
    static int catchInside(int n) {
        try {
            return catchInside(n + 1);
        } catch (StackOverflowError e) {
            return n;
        }
    }

    static int legal(int n) { return n == 0 ? 0 : legal(n - 1) + 1; }

    public static void main(String[] args) {
        for (int round = 0; round < 2; round++) {
            // deeper than the default -Xss allows on either VM: the large stack is in use
            System.out.println("round " + round + ": caught, deep " + (catchInside(0) > 2000000));
        }
        // the VM is still sound: a legal deep recursion after the overflows
        System.out.println("legal " + legal(100000));
    }
}
