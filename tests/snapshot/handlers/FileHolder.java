import java.io.FileOutputStream;
import java.io.IOException;
import jdk.crac.Context;
import jdk.crac.Core;
import jdk.crac.Resource;

// Refusals: what happens to a FileOutputStream on the file named by -Dholder.path, by -Dholder.mode:
//   leak-init   the static initialiser opens it and keeps it open        -> the snapshot is refused
//   leak-warmup the first call opens it and keeps it open                -> the snapshot is refused
//   close       the static initialiser writes it and closes it           -> the snapshot is taken
//   crac        kept open, but a Resource closes it before the checkpoint and reopens it (append) after
//               restore, so each request is appended to the file         -> the snapshot is taken
public class FileHolder {
    static final String PATH = System.getProperty("holder.path");
    static final String MODE = System.getProperty("holder.mode");
    static FileOutputStream out;

    static final Resource REOPEN = new Resource() {
        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
            out.close();
            out = null;
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) throws Exception {
            out = new FileOutputStream(PATH, true);
        }
    };

    static {
        try {
            if (MODE.equals("leak-init") || MODE.equals("crac")) {
                out = new FileOutputStream(PATH);
                out.write("init\n".getBytes());
            } else if (MODE.equals("close")) {
                try (FileOutputStream f = new FileOutputStream(PATH)) {
                    f.write("closed\n".getBytes());
                }
            }
            if (MODE.equals("crac"))
                Core.getGlobalContext().register(REOPEN);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    public static String handle(String s) throws IOException {
        if (MODE.equals("leak-warmup") && out == null)
            out = new FileOutputStream(PATH);
        if (out != null) {
            out.write((s + "\n").getBytes());
            out.flush();
        }
        return MODE + " " + s + " open=" + (out != null);
    }
}
