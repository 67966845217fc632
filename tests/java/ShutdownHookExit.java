public class ShutdownHookExit {
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread() { public void run() { System.out.println("hook on exit(5)"); } });
        System.out.println("calling exit");
        System.exit(5);
    }
}
