import jdk.crac.Context;
import jdk.crac.Core;
import jdk.crac.Resource;

// The global context holds resources through weak references: a resource nobody else refers to is
// collected and no longer notified; one that is still referenced is.
public class CracWeak {
    static class Res implements Resource {
        final String name;
        Res(String name) { this.name = name; }
        @Override public void beforeCheckpoint(Context<? extends Resource> context) {
            System.out.println("beforeCheckpoint " + name);
        }
        @Override public void afterRestore(Context<? extends Resource> context) {
            System.out.println("afterRestore " + name);
        }
    }

    static void registerUnreferenced() {
        Core.getGlobalContext().register(new Res("dropped"));
    }

    public static void main(String[] args) throws Exception {
        Res kept = new Res("kept");
        Core.getGlobalContext().register(kept);
        registerUnreferenced();
        for (int i = 0; i < 100; i++)
            Core.getGlobalContext().register(new Res("garbage " + i));   // exercises the list's compaction
        System.gc();
        Core.getGlobalContext().beforeCheckpoint(null);
        Core.getGlobalContext().afterRestore(null);
        System.out.println(kept.name + " still here");
    }
}
