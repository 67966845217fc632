public class MapTest {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Harness.compare("maps", MapOpsReal::run, MapOpsShadow::run, n);
        if (Harness.failures > 0) System.exit(1);
    }
}
