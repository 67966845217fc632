// A function (ember snapshot --handler): warm-up calls before the snapshot, one call after the restore. The
// answer is the invocation's stdout, exactly, so -XX:+PrintMethodData goes to stderr there; the profile shows
// the warm-up's 10 calls plus the invocation's one.
public class HandlerProfile {
    static int vowels(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
            case 'a': case 'e': case 'i': case 'o': case 'u': n++; break;
            default: break;
            }
        }
        return n;
    }

    public static String handle(String s) {
        return s.length() + ":" + vowels(s);
    }
}
