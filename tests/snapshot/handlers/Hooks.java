import java.util.ArrayList;
import java.util.List;
import jdk.crac.Context;
import jdk.crac.Core;
import jdk.crac.Resource;

// Hooks: three CRaC resources registered in the order A, B, C by the static initialiser. Each notification
// appends to LOG and prints a line to stderr; the handler answers LOG, which the snapshot carries.
public class Hooks {
    static final StringBuilder LOG = new StringBuilder();
    static final List<Resource> KEEP = new ArrayList<>(); // the global context holds resources weakly

    static class Named implements Resource {
        final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) {
            LOG.append("before:").append(name).append(' ');
            System.err.println("hook before: " + name);
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) {
            LOG.append("after:").append(name).append(' ');
            System.err.println("hook after: " + name);
        }
    }

    static {
        for (String n : new String[] {"A", "B", "C"}) {
            Named r = new Named(n);
            KEEP.add(r);
            Core.getGlobalContext().register(r);
        }
    }

    public static String handle(String s) {
        return LOG.toString().trim();
    }
}
