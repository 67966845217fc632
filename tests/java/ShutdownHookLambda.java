public class ShutdownHookLambda {
    static int counter = 41;
    public static void main(String[] args) {
        String captured = "captured value";
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("lambda hook sees " + captured + " " + (counter + 1))));
        System.out.println("main body");
        counter = 100;
    }
}
