/* ember serve tests: runs for the number of milliseconds in the request (timeouts, slow functions beside
 * fast ones). Spins on System.nanoTime: the function sandbox need not allow sleeping system calls. */
public class HttpSlow {
    public static String handle(String s) {
        long ms = s.isEmpty() ? 0 : Long.parseLong(s.trim());
        long end = System.nanoTime() + ms * 1_000_000L;
        long n = 0;
        while (System.nanoTime() < end) n++;
        return "slept " + ms;
    }
}
