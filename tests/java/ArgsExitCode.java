public class ArgsExitCode {
    public static void main(String[] args) {
        int code = Integer.parseInt(args[0]) + Integer.parseInt(args[1]);
        System.out.println("exiting with " + code);
        System.exit(code);
    }
}
