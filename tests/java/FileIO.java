import java.io.*;
public class FileIO {
    public static void main(String[] args) throws IOException {
        File tmp = File.createTempFile("ember-test", ".txt");
        tmp.deleteOnExit();
        try (FileOutputStream out = new FileOutputStream(tmp)) {
            out.write("line one\nline two\n".getBytes("UTF-8"));
            out.write(65);
            out.write(new byte[]{66, 67, 10}, 0, 3);
        }
        System.out.println(tmp.exists() + " " + tmp.isFile() + " " + tmp.isDirectory() + " " + tmp.length() + " " + tmp.getName().endsWith(".txt"));
        try (FileInputStream in = new FileInputStream(tmp)) {
            byte[] buf = new byte[100];
            int n = in.read(buf);
            System.out.println(n + " [" + new String(buf, 0, n, "UTF-8").replace("\n", "\\n") + "] then " + in.read());
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(tmp)))) {
            String l; int i = 0;
            while ((l = r.readLine()) != null) System.out.println(++i + " " + l);
        }
        try (PrintStream ps = new PrintStream(new FileOutputStream(tmp, true))) { ps.println("appended " + 42); ps.printf("%05d%n", 7); }
        try (BufferedReader r = new BufferedReader(new FileReader(tmp))) {
            String l; while ((l = r.readLine()) != null) System.out.println("> " + l);
        }
        File missing = new File(tmp.getParentFile(), "definitely-missing-ember-file.txt");
        System.out.println(missing.exists());
        try { new FileInputStream(missing); } catch (FileNotFoundException e) { System.out.println("FNFE " + (e instanceof IOException)); }
        System.out.println(tmp.delete() + " " + tmp.exists());
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bos);
        ps.print("in memory "); ps.print(3.5); ps.flush();
        System.out.println(bos.toString() + " " + bos.size());
        StringWriter sw = new StringWriter();
        new PrintWriter(sw, true).println("writer");
        System.out.print(sw);
        new RuntimeException("trace").printStackTrace(new PrintWriter(new StringWriter()));
        File dir = new File("a/b/c.txt");
        System.out.println(dir.getName() + " " + dir.getParent() + " " + dir.getPath());
    }
}
