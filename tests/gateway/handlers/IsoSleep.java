/* gateway isolation tests: sleeps for the number of milliseconds in the request (concurrency, queueing). */
public class IsoSleep {
    public static String handle(String s) throws InterruptedException {
        Thread.sleep(Long.parseLong(s.trim()));
        return "slept " + s.trim();
    }
}
