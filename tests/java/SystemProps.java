public class SystemProps {
    public static void main(String[] args) {
        String ls = System.getProperty("line.separator");
        System.out.println(ls.equals("\n") + " " + ls.length() + " " + System.lineSeparator().equals(ls));
        System.out.println(System.getProperty("no.such.property") + " " + System.getProperty("no.such.property", "fallback"));
        System.out.println(System.getProperty("file.separator") + " " + System.getProperty("path.separator"));
        System.setProperty("ember.test.prop", "set-value");
        System.out.println(System.getProperty("ember.test.prop"));
        System.out.println(System.getProperty("java.specification.version") != null);
        System.out.println(System.currentTimeMillis() > 0);
        long t0 = System.nanoTime(), t1 = System.nanoTime();
        System.out.println(t1 >= t0);
        System.out.println(System.identityHashCode(null));
        String home = System.getProperty("user.dir");
        System.out.println(home != null && !home.isEmpty());
        System.out.println(Runtime.getRuntime().availableProcessors() > 0);
        System.out.print("a" + System.lineSeparator() + "b");
        System.out.println();
        System.out.printf("%s%n", "printf newline");
        System.out.append("append").append('\n');
        System.out.write('W');
        System.out.write('\n');
        System.out.flush();
        System.err.println("this goes to stderr and is not compared");
    }
}
