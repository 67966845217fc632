public class CollTest {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Harness.compare("collections", CollOpsReal::run, CollOpsShadow::run, n);
        Harness.compare("misc", MiscReal::run, MiscShadow::run, n);
        if (Harness.failures > 0) System.exit(1);
    }
}
