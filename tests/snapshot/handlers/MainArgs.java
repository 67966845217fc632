// A --main snapshot: main runs at `ember invoke f.ember -- args`, after the static initialiser ran at the
// snapshot. "exit N" exits with status N.
public class MainArgs {
    static final long INIT_NANOS = System.nanoTime();
    static int runs;

    public static void main(String[] args) {
        runs++;
        System.out.println("args=" + args.length + " [" + String.join("|", args) + "] runs=" + runs
                + " initBeforeMain=" + (System.nanoTime() >= INIT_NANOS));
        if (args.length == 2 && args[0].equals("exit"))
            System.exit(Integer.parseInt(args[1]));
    }
}
