import jdk.crac.Context;
import jdk.crac.Core;
import jdk.crac.Resource;

// A CRaC resource that fails: -Dhook.fail=before makes beforeCheckpoint throw (the snapshot is refused),
// -Dhook.fail=after makes afterRestore throw (each invoke fails before the handler runs).
public class HookFails {
    static final String FAIL = System.getProperty("hook.fail");
    static int handled;

    static final Resource RESOURCE = new Resource() {
        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) {
            if (FAIL.equals("before"))
                throw new IllegalStateException("not ready to checkpoint");
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) throws Exception {
            if (FAIL.equals("after"))
                throw new java.io.IOException("cannot reconnect");
        }
    };

    static {
        Core.getGlobalContext().register(RESOURCE);
    }

    public static String handle(String s) {
        handled++;
        return "handled " + handled;
    }
}
