public class ExitCode255 {
    public static void main(String[] args) {
        System.out.print("no newline then exit -1");
        System.exit(-1);
    }
}
