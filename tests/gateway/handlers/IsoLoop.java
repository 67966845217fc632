/* gateway isolation tests: never answers (timeout: 504 and the process is killed; RLIMIT_CPU: SIGXCPU). */
public class IsoLoop {
    static volatile long sink;

    public static String handle(String s) {
        for (long i = 0;; i++) sink = i;
    }
}
