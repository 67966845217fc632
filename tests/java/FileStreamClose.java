import java.io.*;

// File streams opened and closed many times (descriptor numbers are reused), closed twice, closed through a
// shared FileDescriptor, and used after close: every close is harmless and the errors are the JDK's.
public class FileStreamClose {
    public static void main(String[] args) throws IOException {
        File f = File.createTempFile("ember-close", ".dat");
        f.deleteOnExit();
        for (int i = 0; i < 300; i++) {
            FileOutputStream o = new FileOutputStream(f, i > 0);
            o.write('a' + i % 26);
            o.close();
            o.close();
        }
        System.out.println("length " + f.length());
        int total = 0;
        for (int i = 0; i < 300; i++) {
            try (FileInputStream in = new FileInputStream(f)) {
                total += in.read();
            }
        }
        System.out.println("read " + total);

        FileInputStream in = new FileInputStream(f);
        System.out.println("first " + (char) in.read());
        in.close();
        in.close();
        try {
            in.read();
            System.out.println("read after close succeeded");
        } catch (IOException e) {
            System.out.println("read after close: " + e.getMessage());
        }

        FileOutputStream out = new FileOutputStream(f, true);
        out.close();
        try {
            out.write(1);
            System.out.println("write after close succeeded");
        } catch (IOException e) {
            System.out.println("write after close: " + e.getMessage());
        }
        out.close();

        FileInputStream owner = new FileInputStream(f);
        FileInputStream view = new FileInputStream(owner.getFD());
        System.out.println("via shared fd " + (char) view.read() + (char) owner.read());
        view.close();
        owner.close();
        owner.close();

        FileWriter w = new FileWriter(f);
        w.write("written\n");
        w.close();
        w.close();
        FileReader r = new FileReader(f);
        char[] buf = new char[16];
        int n = r.read(buf);
        r.close();
        r.close();
        System.out.print(new String(buf, 0, n));

        try {
            new FileOutputStream(new File(f.getParentFile(), "no-such-dir-ember/x"));
        } catch (FileNotFoundException e) {
            System.out.println("FNFE " + e.getMessage().endsWith("(No such file or directory)"));
        }
        System.out.println(f.delete());
    }
}
