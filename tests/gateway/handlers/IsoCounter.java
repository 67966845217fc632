import jdk.crac.Context;
import jdk.crac.Core;
import jdk.crac.Resource;

/* gateway isolation tests: state between requests. "<requests served by this instance> <afterRestore hooks
 * run in it>": fork mode always answers "1 1" (a fresh instance each time, its hooks run once); reuse mode
 * counts up to reuse_max_requests with the hooks run once, then starts again on a new instance. */
public class IsoCounter {
    static int requests;
    static int restores;
    static final Resource HOOK = new Resource() { // held strongly: CRaC holds resources weakly
        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) {
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) {
            restores++;
        }
    };

    static {
        Core.getGlobalContext().register(HOOK);
    }

    public static String handle(String s) {
        return ++requests + " " + restores;
    }
}
