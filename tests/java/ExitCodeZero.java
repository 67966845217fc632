public class ExitCodeZero {
    public static void main(String[] args) {
        System.out.println("exit 0 early");
        if (args.length == 0) System.exit(0);
        throw new RuntimeException("not reached");
    }
}
