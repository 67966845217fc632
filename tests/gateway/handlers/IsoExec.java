import java.io.IOException;

/* gateway isolation tests: running a process. Runtime.exec does not exist in Ember's class library (500 with
 * NoSuchMethodError); execve(2) is refused by the sandbox in any case (isolation.c, sandbox-exec). */
public class IsoExec {
    public static String handle(String s) throws IOException {
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/true"});
        return "started " + p;
    }
}
