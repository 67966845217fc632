public class ShutdownHookThread {
    static class Hook extends Thread {
        private final String msg;
        Hook(String msg) { this.msg = msg; }
        @Override public void run() { System.out.println("hook: " + msg); }
    }
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Hook("goodbye"));
        Hook removed = new Hook("removed");
        Runtime.getRuntime().addShutdownHook(removed);
        System.out.println("removed: " + Runtime.getRuntime().removeShutdownHook(removed));
        System.out.println("main ends normally");
    }
}
